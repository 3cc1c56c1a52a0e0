package org.sosqa.rules.audit;

import java.util.function.Supplier;
import org.sosqa.core.CaseRecord;
import org.sosqa.rules.Grade;

/**
 * One row of the rule table: a case made by changing one thing in the sample, a rule, and what that rule
 * must record on it.
 *
 * @param rule the rule's id
 * @param name what was changed, for the test's display name
 * @param record makes the case
 * @param expect what the rule records
 * @param criterion the criterion a check counts towards (null for limits)
 * @param path the JSON Pointer the finding or limit must carry
 * @param words for a check: the words its span must cover in the text at {@code path}, or null where it
 *     must carry no span
 * @param atMost for a limit: the grade it caps at
 */
record RuleCase(String rule, String name, Supplier<CaseRecord> record, Expect expect, String criterion,
        String path, String words, Grade atMost) {

    /** What the rule records on the case. */
    enum Expect {
        /** A finding, met, at the path. */
        MET,
        /** A finding, not met, at the path. */
        NOT_MET,
        /** No finding by the rule at the path. */
        ABSENT,
        /** A limiting judgement at the path. */
        LIMIT,
        /** No limiting judgement by the rule anywhere. */
        NO_LIMIT;

        boolean fires() {
            return this == MET || this == NOT_MET || this == LIMIT;
        }
    }

    static RuleCase met(String rule, String criterion, String name, Supplier<CaseRecord> record, String path, String words) {
        return new RuleCase(rule, name, record, Expect.MET, criterion, path, words, null);
    }

    static RuleCase notMet(String rule, String criterion, String name, Supplier<CaseRecord> record, String path, String words) {
        return new RuleCase(rule, name, record, Expect.NOT_MET, criterion, path, words, null);
    }

    static RuleCase absent(String rule, String name, Supplier<CaseRecord> record, String path) {
        return new RuleCase(rule, name, record, Expect.ABSENT, null, path, null, null);
    }

    static RuleCase limit(String rule, Grade atMost, String name, Supplier<CaseRecord> record, String path) {
        return new RuleCase(rule, name, record, Expect.LIMIT, null, path, null, atMost);
    }

    static RuleCase noLimit(String rule, String name, Supplier<CaseRecord> record) {
        return new RuleCase(rule, name, record, Expect.NO_LIMIT, null, null, null, null);
    }

    @Override
    public String toString() {
        return rule + " " + expect + ": " + name;
    }
}
