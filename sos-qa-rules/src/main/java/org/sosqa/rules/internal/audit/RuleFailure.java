package org.sosqa.rules.internal.audit;

/** A rule failed on one case: it threw, or it kept firing past the limit. */
public final class RuleFailure extends RuntimeException {
    private static final long serialVersionUID = 1L;
    private final String rule;

    RuleFailure(String rule, String message, Throwable cause) {
        super(message, cause);
        this.rule = rule;
    }

    /** The rule's name. */
    public String rule() {
        return rule;
    }
}
