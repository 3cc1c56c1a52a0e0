package org.sosqa.rules;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;

/**
 * The practice-depth audit of one case: the grade, the score, the domain scores, and every finding
 * behind them.
 *
 * @param caseId the case's id
 * @param grade the overall grade, after any limiting judgement
 * @param score the overall score, 0-10, before limits
 * @param domains the domain scores, in the instrument's order
 * @param findings every check the rules made, in a stable order
 * @param limits the limiting judgements that applied
 * @param rulePacks the rule packs that scored the case: the default pack first, then any local packs
 */
@JsonIgnoreProperties(value = "rulePack", allowGetters = true)
public record AuditReport(
        String caseId,
        Grade grade,
        double score,
        List<DomainScore> domains,
        List<Finding> findings,
        List<GradeLimit> limits,
        List<RulePackInfo> rulePacks) {

    public AuditReport {
        domains = List.copyOf(domains);
        findings = List.copyOf(findings);
        limits = List.copyOf(limits);
        rulePacks = List.copyOf(rulePacks);
    }

    /** The most specific rule pack: the last local pack, or the default pack where there is none. */
    @JsonProperty("rulePack")
    public RulePackInfo rulePack() {
        return rulePacks.get(rulePacks.size() - 1);
    }
}
