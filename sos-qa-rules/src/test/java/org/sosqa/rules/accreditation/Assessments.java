package org.sosqa.rules.accreditation;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.sosqa.core.accreditation.Action;
import org.sosqa.core.accreditation.ActionStatus;
import org.sosqa.core.accreditation.Evidence;
import org.sosqa.core.accreditation.EvidenceStream;
import org.sosqa.core.accreditation.SelfAssessment;
import org.sosqa.core.measure.ImprovementNotation;

/**
 * Self-assessments built to sit exactly at the shipped thresholds: every measured stream has one measure
 * per cycle from 10 subjects (baseline.minCount), better by 1 each cycle; one narrative item in the latest
 * cycle; two items of support; three actions, one done. With 1 cycle that is bronze, with 2 silver, with 3
 * gold. Tests change one thing.
 */
final class Assessments {
    static final String ORG = "Test Authority";

    private Assessments() {
    }

    static Evidence value(EvidenceStream stream, int cycle, String value, long count) {
        ImprovementNotation improvement = stream == EvidenceStream.CORE_DATA ? ImprovementNotation.DECREASE : ImprovementNotation.INCREASE;
        return Evidence.measure(stream, measure(stream), stream + " measure", cycle, new BigDecimal(value), improvement, count);
    }

    static String measure(EvidenceStream stream) {
        return stream.name().toLowerCase(java.util.Locale.ROOT) + ".m";
    }

    /** The evidence of every measured stream in every cycle: 50, 51, 52 ... (core data 50, 49, 48: lower is better). */
    static List<Evidence> measured(int cycles) {
        List<Evidence> out = new ArrayList<>();
        for (int c = 1; c <= cycles; c++) {
            for (EvidenceStream s : EvidenceStream.values()) {
                if (s.measured()) {
                    int v = s == EvidenceStream.CORE_DATA ? 50 - (c - 1) : 50 + (c - 1);
                    out.add(value(s, c, Integer.toString(v), 10));
                }
            }
        }
        return out;
    }

    static List<Action> plan(int actions, int done) {
        List<Action> out = new ArrayList<>();
        for (int i = 1; i <= actions; i++) {
            out.add(new Action("A" + i, "action " + i, "Head of practice", LocalDate.of(2026, 3, 31),
                    measure(EvidenceStream.BREADTH), i <= done ? ActionStatus.DONE : ActionStatus.IN_PROGRESS));
        }
        return out;
    }

    static SelfAssessment build(int cycles, List<Evidence> evidence, List<Action> actions, int support, boolean signed) {
        SelfAssessment.Builder b = SelfAssessment.builder(ORG).charterSigned(signed);
        for (int c = 1; c <= cycles; c++) {
            b.cycle("cycle " + c);
        }
        b.evidence(evidence);
        b.evidence(Evidence.narrative(EvidenceStream.NARRATIVE, "gap-analysis", "Gap analysis", cycles, "what must change"));
        for (int i = 1; i <= support; i++) {
            b.evidence(Evidence.narrative(EvidenceStream.SUPPORT_GIVEN, "support-" + i, "Support " + i, cycles, "support given"));
        }
        actions.forEach(b::action);
        return b.build();
    }

    /** Every criterion at its threshold, over {@code cycles} cycles. */
    static SelfAssessment atThresholds(int cycles) {
        return build(cycles, measured(cycles), plan(3, 1), 2, true);
    }

    /** {@link #atThresholds} with one piece of evidence replaced (same stream, measure and cycle). */
    static SelfAssessment replacing(int cycles, Evidence replacement) {
        List<Evidence> evidence = new ArrayList<>(measured(cycles));
        evidence.removeIf(e -> e.stream() == replacement.stream() && e.cycle() == replacement.cycle());
        evidence.add(replacement);
        return build(cycles, evidence, plan(3, 1), 2, true);
    }
}
