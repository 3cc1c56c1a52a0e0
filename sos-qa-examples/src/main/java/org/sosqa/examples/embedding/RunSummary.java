package org.sosqa.examples.embedding;

/**
 * What one run of the {@link NightlyAuditJob} did. Counts only, so it can be logged.
 *
 * @param ruleSet the rule set the run audited under
 * @param selected cases that had changed, or had no report or problem list under this rule set
 * @param audited cases audited, each with its report written back
 * @param rejected cases that did not map into a valid record, each with its problems written back
 * @param failed cases on which a rule failed, each with the failure written back as a problem
 * @param batches transactions committed
 */
public record RunSummary(RuleSet ruleSet, int selected, int audited, int rejected, int failed, int batches) {
}
