package org.sosqa.examples.cli;

/** How a command prints its result: text for people, or exactly one JSON document on stdout. */
enum OutputFormat {
    text,
    json
}
