/**
 * The implementation behind {@link org.sosqa.core.SosQaJson} and {@link org.sosqa.core.CaseValidator}:
 * parsing with limits, the JSON Schema check, binding, Bean Validation, the cross-field rules and batch
 * reading. Nothing here is API: the public classes of this package exist only so that
 * {@code org.sosqa.core} can reach them, and may change in any release.
 *
 * <p>The reading pipeline reports every problem a step finds and stops at the first step that found any,
 * so a structurally broken document is never bound to a partial record. No class here logs or puts into a
 * message any free text of a case: only identifiers, enum spellings, numbers and property names.
 */
package org.sosqa.core.internal;
