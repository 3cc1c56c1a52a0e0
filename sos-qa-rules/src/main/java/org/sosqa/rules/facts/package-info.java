/**
 * The facts that audit rules see, and the {@link org.sosqa.rules.facts.Audit} sheet they write to.
 *
 * <p>This package is the vocabulary of a rule author: a rule matches facts derived from one case (the
 * current map, each statement with its analysed features, each child, each scale and rating, each network
 * member, plan rule and next step) and records on the {@code Audit} whether what its criterion asks for
 * was there. Facts are immutable; every fact carries a {@code path}, a JSON Pointer into the case
 * document, so each finding can be traced to what it is about. See docs/rule-authoring.md.
 *
 * <p>Accreditation criteria see other facts, made from a self-assessment: {@link org.sosqa.rules.facts.AssessmentFact},
 * one {@link org.sosqa.rules.facts.StreamFact} per stream, {@link org.sosqa.rules.facts.TrendFact}s,
 * the {@link org.sosqa.rules.facts.ActionPlanFact}, the {@link org.sosqa.rules.facts.AccreditationThresholds},
 * and they write to the {@link org.sosqa.rules.facts.Accreditation} sheet. See docs/accreditation.md.
 */
package org.sosqa.rules.facts;
