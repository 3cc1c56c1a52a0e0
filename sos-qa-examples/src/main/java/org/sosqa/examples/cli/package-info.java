/**
 * The {@code sos-qa} command line. {@link org.sosqa.examples.cli.Main} registers every subcommand; each
 * subcommand is its own picocli {@code @Command} class: {@code sample}, {@code validate}, {@code audit}
 * and {@code check-statement}.
 *
 * <p>Exit codes follow the command-line contract: 0 done and all input good, 1 done but some input was
 * invalid or a check failed, 2 the command line itself was wrong. Errors are plain messages on stderr,
 * never stack traces.
 *
 * <p>Batches are streamed: case files are read lazily ({@code CaseFiles}), audited in order by
 * {@code AuditEngine.auditAll}, and each result printed as it comes, in text or as one JSON document
 * written piece by piece, so a batch of any length runs in bounded memory. Only counts, and the few
 * criterion ratings rater agreement needs, are kept until the end.
 */
package org.sosqa.examples.cli;
