package org.sosqa.rules.internal.audit;

import java.util.ArrayList;
import java.util.List;
import org.sosqa.rules.Finding;
import org.sosqa.rules.Grade;
import org.sosqa.rules.GradeLimit;
import org.sosqa.rules.TextSpan;
import org.sosqa.rules.facts.Audit;

/**
 * The engine's audit sheet for one case: collects findings and limits, naming the rule that is firing.
 * Not thread-safe: one per audit.
 */
public final class AuditSheet extends Audit {
    private final Messages messages;
    /**
     * Room for the findings of a full case (the sample gives about 70): grown from ten, the list copied
     * itself five times an audit, about 1% of an audit's JFR samples (too little for AuditAB to show).
     */
    private final List<Finding> findings = new ArrayList<>(128);
    private final List<GradeLimit> limits = new ArrayList<>();
    private String rule;
    private String criterion;

    /**
     * A sheet for one audit.
     *
     * @param messages the messages findings carry
     */
    public AuditSheet(Messages messages) {
        this.messages = messages;
    }

    /**
     * Names the rule about to fire; called by the engine before each rule's consequence.
     *
     * @param ruleId the rule's name
     * @param criterionId the rule's {@code @criterion} metadata, or null
     */
    public void enter(String ruleId, String criterionId) {
        this.rule = ruleId;
        this.criterion = criterionId;
    }

    @Override
    public void check(String path, boolean met, TextSpan span) {
        if (criterion == null) {
            throw new IllegalStateException("rule '" + rule + "' records a check but has no @criterion metadata");
        }
        findings.add(new Finding(rule, criterion, met, path == null ? "" : path, span, messages.finding(rule, met)));
    }

    @Override
    public void limit(String path, Grade atMost) {
        limits.add(new GradeLimit(rule, atMost, path == null ? "" : path, messages.limit(rule)));
    }

    /** The findings, in the order they were recorded. */
    public List<Finding> findings() {
        return findings;
    }

    /** The limiting judgements, in the order they were recorded. */
    public List<GradeLimit> limits() {
        return limits;
    }
}
