package org.sosqa.rules;

/**
 * A rule failed while auditing one case: it threw an exception, or kept firing past the engine's limit.
 * The message names the rule; the case's text is never in it.
 */
public final class AuditException extends RuntimeException {
    private static final long serialVersionUID = 1L;
    private final String caseId;
    private final String rule;

    /**
     * @param caseId the case being audited
     * @param rule the id of the rule that failed
     * @param message what happened
     * @param cause the underlying exception, or null
     */
    public AuditException(String caseId, String rule, String message, Throwable cause) {
        super(message, cause);
        this.caseId = caseId;
        this.rule = rule;
    }

    /** The case being audited. */
    public String caseId() {
        return caseId;
    }

    /** The id of the rule that failed. */
    public String rule() {
        return rule;
    }
}
