/**
 * Embedding sos-qa as a case-management vendor would: worked examples, documented in
 * {@code docs/embedding.md}.
 *
 * <ul>
 *   <li>{@link org.sosqa.examples.embedding.VendorCaseMapper} maps a vendor's relational tables
 *       ({@code vendor-schema.sql}: cases, children, people, assessments, danger statements with their goals
 *       and scales, the map, the plan, events) into {@link org.sosqa.core.CaseRecord} through the public API,
 *       and reports a case that does not map by table, row and column.</li>
 *   <li>{@link org.sosqa.examples.embedding.NightlyAuditJob} audits the cases that changed, or that have no
 *       report under the current rules, and writes the reports back keyed by the rules' hash; a second run
 *       with nothing changed writes nothing.</li>
 *   <li>{@link org.sosqa.examples.embedding.LiveStatementFeedback} checks a statement as a worker types it,
 *       waiting for a pause in the typing, with one engine shared by every user.</li>
 * </ul>
 *
 * <p>Plain JDBC ({@code java.sql}) only; the runnable examples and the tests use H2 in memory. None of this
 * is in {@code sos-qa.jar}: run it from the build.
 */
package org.sosqa.examples.embedding;
