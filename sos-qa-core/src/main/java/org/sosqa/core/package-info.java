/**
 * The Signs of Safety case model and its JSON document format.
 *
 * <p>A {@link org.sosqa.core.CaseRecord} is one case as a case-management system holds it: the children
 * and the people around them, the assessment and plan (the "map") as a history of dated versions, the
 * case events that core data is computed from, and any collaborative case audits. Every type is an
 * immutable record whose collections are unmodifiable and never null.
 */
package org.sosqa.core;
