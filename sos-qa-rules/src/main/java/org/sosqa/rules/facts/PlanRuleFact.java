package org.sosqa.rules.facts;

/**
 * A rule of the safety plan.
 *
 * @param path JSON Pointer to the rule
 * @param id the rule's id
 * @param keptBy how many people make sure it is kept
 * @param addresses how many danger statements it addresses
 */
public record PlanRuleFact(String path, String id, int keptBy, int addresses) {
}
