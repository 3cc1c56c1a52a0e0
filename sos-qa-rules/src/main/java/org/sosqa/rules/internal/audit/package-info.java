/**
 * One audit of one case: deriving the facts rules see from a case, the audit sheet rules write to,
 * and the messages findings carry.
 */
package org.sosqa.rules.internal.audit;
