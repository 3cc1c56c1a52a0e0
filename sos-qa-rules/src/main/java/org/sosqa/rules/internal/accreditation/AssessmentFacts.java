package org.sosqa.rules.internal.accreditation;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.sosqa.core.accreditation.Action;
import org.sosqa.core.accreditation.ActionStatus;
import org.sosqa.core.accreditation.Evidence;
import org.sosqa.core.accreditation.EvidenceStream;
import org.sosqa.core.accreditation.SelfAssessment;
import org.sosqa.core.measure.ImprovementNotation;
import org.sosqa.rules.facts.AccreditationThresholds;
import org.sosqa.rules.facts.AssessmentFact;
import org.sosqa.rules.facts.ActionPlanFact;
import org.sosqa.rules.facts.StreamFact;
import org.sosqa.rules.facts.TrendFact;

/**
 * Turns a self-assessment into the facts criteria match: the thresholds, the assessment as a whole, one
 * {@link StreamFact} per stream, one {@link TrendFact} per measure followed over two cycles or more, the
 * {@link ActionPlanFact}, and every piece of {@link Evidence} itself. Stateless and thread-safe.
 */
public final class AssessmentFacts {
    private final AccreditationThresholds thresholds;

    public AssessmentFacts(AccreditationThresholds thresholds) {
        this.thresholds = thresholds;
    }

    /** The facts, in a fixed order. */
    public List<Object> of(SelfAssessment assessment) {
        List<Object> facts = new ArrayList<>();
        facts.add(thresholds);
        facts.add(new AssessmentFact(assessment.latestCycle(), assessment.charterSigned()));
        for (EvidenceStream stream : EvidenceStream.values()) {
            List<TrendFact> trends = trends(assessment.evidence(stream));
            facts.add(stream(stream, assessment, trends));
            facts.addAll(trends);
        }
        facts.add(plan(assessment));
        facts.addAll(assessment.evidence());
        return facts;
    }

    private StreamFact stream(EvidenceStream stream, SelfAssessment assessment, List<TrendFact> trends) {
        int latestCycle = assessment.latestCycle();
        List<Evidence> all = assessment.evidence(stream);
        List<Evidence> latest = all.stream().filter(e -> e.cycle() == latestCycle).toList();
        List<Evidence> latestValues = latest.stream().filter(Evidence::hasValue).toList();
        long latestCount = latestValues.stream().mapToLong(Evidence::count).max().orElse(0);
        int cyclesWithValues = (int) all.stream().filter(Evidence::hasValue).mapToInt(Evidence::cycle).distinct().count();
        List<TrendFact> comparable = trends.stream().filter(t -> t.cycles() >= thresholds.impactMinCycles()).toList();
        List<TrendFact> longer = trends.stream().filter(t -> t.cycles() >= thresholds.sustainedMinCycles()).toList();
        return new StreamFact(stream, assessment.latestCycle(), all.size(), latest.size(), latestValues.size(), latestCount,
                cyclesWithValues, comparable.size(),
                (int) comparable.stream().filter(TrendFact::improved).count(),
                (int) comparable.stream().filter(TrendFact::deteriorated).count(),
                longer.size(),
                (int) longer.stream().filter(t -> t.improved() && t.steady()).count(),
                all.stream().map(Evidence::describe).toList(),
                latest.stream().map(Evidence::describe).toList(),
                comparable.stream().map(TrendFact::describe).toList());
    }

    private List<TrendFact> trends(List<Evidence> evidence) {
        Map<String, List<Evidence>> byMeasure = new TreeMap<>();
        for (Evidence e : evidence) {
            if (e.hasValue()) {
                byMeasure.computeIfAbsent(e.measureId(), k -> new ArrayList<>()).add(e); // already in cycle order
            }
        }
        List<TrendFact> trends = new ArrayList<>();
        byMeasure.forEach((measure, values) -> {
            if (values.size() < 2) {
                return;
            }
            Evidence first = values.get(0);
            Evidence last = values.get(values.size() - 1);
            BigDecimal change = better(last.value().subtract(first.value()), last.improvement());
            boolean steady = true;
            for (int i = 1; i < values.size(); i++) {
                BigDecimal step = better(values.get(i).value().subtract(values.get(i - 1).value()), last.improvement());
                if (step.negate().compareTo(thresholds.impactTolerance()) > 0) {
                    steady = false;
                }
            }
            trends.add(new TrendFact(first.stream(), measure, values.size(), first.cycle(), last.cycle(), first.value(),
                    last.value(), change, change.compareTo(thresholds.impactMinChange()) > 0,
                    change.negate().compareTo(thresholds.impactTolerance()) > 0, steady));
        });
        return trends;
    }

    private static BigDecimal better(BigDecimal difference, ImprovementNotation improvement) {
        return improvement == ImprovementNotation.DECREASE ? difference.negate() : difference;
    }

    private static ActionPlanFact plan(SelfAssessment assessment) {
        Set<String> measures = new HashSet<>();
        assessment.evidence().forEach(e -> measures.add(e.measureId()));
        List<Action> actions = assessment.actionPlan().actions();
        Set<String> untracked = new TreeSet<>();
        List<String> lines = new ArrayList<>();
        for (Action a : actions) {
            if (!measures.contains(a.successMeasure())) {
                untracked.add(a.id());
            }
            lines.add("action " + a.id() + ": owner " + a.owner() + ", due " + a.due() + ", success measure "
                    + a.successMeasure() + ", " + a.status());
        }
        int done = (int) assessment.actionPlan().count(ActionStatus.DONE);
        return new ActionPlanFact(actions.size(), done, actions.size() - done, new ArrayList<>(untracked), lines);
    }
}
