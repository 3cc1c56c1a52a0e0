/**
 * The Signs of Safety case model and its JSON document format.
 *
 * <p>A {@link org.sosqa.core.CaseRecord} is one case as a case-management system holds it: the children
 * and the people around them, the assessment and plan (the "map") as a history of dated versions, the
 * case events that core data is computed from, and any collaborative case audits. Every type is an
 * immutable record whose collections are unmodifiable and never null.
 *
 * <p>{@link org.sosqa.core.SosQaJson} reads, checks and writes case documents (and JSON Lines batches of
 * them); {@link org.sosqa.core.CaseReader} carries the options (lenient mode, {@link org.sosqa.core.ReadLimits}).
 * {@link org.sosqa.core.CaseValidator} checks a record built in code. Every problem is a
 * {@link org.sosqa.core.Violation}: a JSON Pointer and a plain message that never repeats the case's free
 * text. The format and its JSON Schema are described in {@code docs/json-format.md}.
 */
package org.sosqa.core;
