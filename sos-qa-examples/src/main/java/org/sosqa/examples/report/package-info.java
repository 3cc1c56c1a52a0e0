/**
 * The organisation report: what a leadership team reads about the quality of practice, built from the
 * evidence of one quality assurance cycle and written as a self-contained {@code index.html} (inline CSS
 * and SVG, no script, no network), {@code report.json} and a CSV file of every table.
 *
 * <p>Each part of the report is a {@link org.sosqa.examples.report.ReportSection}: a small class that
 * turns the {@link org.sosqa.examples.report.Evidence} into a {@link org.sosqa.examples.report.Section},
 * that is a structured record for {@code report.json} and a list of blocks for the page. Charts are drawn
 * from tables, so every chart has its table of figures beside it and every table its CSV file. A part whose
 * evidence is not yet gathered says so, in the page and in the JSON, rather than showing nothing.
 *
 * <p>The report is safe for real data: it shows statements as written (so readers can see the words the
 * rules found) but never a child's name or date of birth, which the model does not hold, and identifies
 * cases only by their pseudonymous ids. Text is escaped with the OWASP Java Encoder for the context it
 * goes in.
 */
package org.sosqa.examples.report;
