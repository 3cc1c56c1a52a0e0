/**
 * The {@code sos-qa} command line. {@link org.sosqa.examples.cli.Main} registers every subcommand; each
 * subcommand is its own picocli {@code @Command} class.
 *
 * <p>Exit codes follow the command-line contract: 0 done and all input good, 1 done but some input was
 * invalid or a check failed, 2 the command line itself was wrong. Errors are plain messages on stderr,
 * never stack traces.
 */
package org.sosqa.examples.cli;
