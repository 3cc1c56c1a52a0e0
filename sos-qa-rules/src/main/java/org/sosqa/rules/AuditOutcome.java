package org.sosqa.rules;

import java.util.List;
import org.sosqa.core.Violation;

/**
 * What became of one case in a batch audit: audited, rejected as an invalid document, or failed in a
 * rule. A batch never stops at a bad case; each is reported in its place and the rest go on.
 */
public sealed interface AuditOutcome permits AuditOutcome.Audited, AuditOutcome.Rejected, AuditOutcome.Failed {

    /**
     * Where the case came from.
     *
     * @return a file, or {@code FILE:LINE} for a line of a JSON Lines file
     */
    String source();

    /**
     * The case was audited.
     *
     * @param source where it came from
     * @param report its audit report
     */
    record Audited(String source, AuditReport report) implements AuditOutcome {
    }

    /**
     * The document was not a valid case, so it was not audited.
     *
     * @param source where it came from
     * @param violations every problem found, each with its JSON Pointer
     */
    record Rejected(String source, List<Violation> violations) implements AuditOutcome {
        public Rejected {
            violations = List.copyOf(violations);
        }
    }

    /**
     * A rule failed on this case: it threw, or kept firing past the limit.
     *
     * @param source where it came from
     * @param caseId the case's id
     * @param rule the id of the rule that failed
     * @param message what happened, naming the rule
     */
    record Failed(String source, String caseId, String rule, String message) implements AuditOutcome {
    }
}
