package org.sosqa.core.measure;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import org.sosqa.core.Assessment;
import org.sosqa.core.CaseRecord;
import org.sosqa.core.ChildVoiceTool;
import org.sosqa.core.EventType;
import org.sosqa.core.PersonKind;
import org.sosqa.core.Role;

/**
 * The breadth measures of the case-management dashboard (domain.md §2.4): for the cases open on a day, the
 * percentage with each Signs of Safety element in their current assessment and plan, split by team, worker
 * and service stage. The exact dashboard fields are not published; these follow the candidate list in
 * domain.md §2.4 and are the library's own.
 */
public final class BreadthMeasures {

    /** Youngest age, in whole years, at which child's-voice work is expected of a child. */
    public static final int CHILD_VOICE_MIN_AGE = 4;

    private static final Set<Role> FAMILY_RATERS = EnumSet.of(Role.PARENT, Role.CAREGIVER, Role.CHILD,
            Role.NETWORK_MEMBER);

    private BreadthMeasures() {
    }

    /** Team, worker and service stage: the stratifiers of every breadth measure. */
    public static List<Stratifier<CaseRecord>> stratifiers() {
        return List.of(new Stratifier<>("team", "Team", CaseRecord::team),
                new Stratifier<>("worker", "Worker", CaseRecord::worker),
                new Stratifier<>("service-stage", "Service stage", c -> c.serviceStage().name()));
    }

    /** Open on a day: opened on or before it and not closed by the end of it. */
    public static Criterion<CaseRecord> openOn(LocalDate day) {
        return new Criterion<>("open on " + day,
                c -> !c.opened().isAfter(day) && (c.closed() == null || c.closed().isAfter(day)));
    }

    /** Every breadth measure, for the cases open on a day. */
    public static List<Measure<CaseRecord>> all(LocalDate day) {
        return List.of(
                element(day, "breadth.map", "Current map", "Open cases with an assessment and plan (a map)",
                        new Criterion<>("has a map", c -> c.currentAssessment().isPresent())),
                element(day, "breadth.danger-statement", "Danger statements",
                        "Open cases whose current map has at least one danger statement",
                        new Criterion<>("has a danger statement",
                                c -> current(c) != null && !current(c).dangerStatements().isEmpty())),
                element(day, "breadth.goal-per-danger", "A safety goal for every danger statement",
                        "Open cases whose current map has danger statements, each with its safety goal",
                        new Criterion<>("every danger statement has a safety goal", c -> current(c) != null
                                && !current(c).dangerStatements().isEmpty()
                                && current(c).dangerStatements().stream().allMatch(d -> d.safetyGoal() != null
                                        && d.safetyGoal().text() != null && !d.safetyGoal().text().isBlank()))),
                element(day, "breadth.scale-with-family", "Safety scale rated with the family",
                        "Open cases whose safety judgement has two or more ratings, one from the family or network",
                        new Criterion<>("scaled by two or more, including the family", BreadthMeasures::familyScaled)),
                element(day, "breadth.child-voice", "Child's-voice work with every child",
                        "Open cases where every child aged " + CHILD_VOICE_MIN_AGE + " or more has child's-voice work",
                        new Criterion<>("child's-voice work with every child of age", c -> childVoice(c, day)))
                        .withExclusion(new Criterion<>("no child aged " + CHILD_VOICE_MIN_AGE + " or more",
                                c -> olderChildren(c, day).isEmpty())),
                element(day, "breadth.words-and-pictures", "Words and pictures",
                        "Open cases with words and pictures done",
                        new Criterion<>("has words and pictures", c -> current(c) != null && current(c).childVoice()
                                .stream().anyMatch(w -> w.tool() == ChildVoiceTool.WORDS_AND_PICTURES))),
                element(day, "breadth.network", "Safety network identified",
                        "Open cases whose safety network has at least one person who is not a professional",
                        new Criterion<>("has a non-professional network member", BreadthMeasures::hasNetwork)),
                element(day, "breadth.safety-plan", "Safety plan agreed",
                        "Open cases with an agreed safety plan",
                        new Criterion<>("has an agreed safety plan", c -> current(c) != null
                                && current(c).safetyPlan() != null && current(c).safetyPlan().agreed() != null)),
                element(day, "breadth.family-network-meeting", "Family network meeting held",
                        "Open cases with a family network meeting held on or before the day",
                        new Criterion<>("a family network meeting was held", c -> c.events().stream()
                                .anyMatch(e -> e.type() == EventType.FAMILY_NETWORK_MEETING && !e.date().isAfter(day)))),
                mapAge(day));
    }

    /** The mean age in days of the current map, over open cases that have one. */
    public static Measure<CaseRecord> mapAge(LocalDate day) {
        return new Measure<>("breadth.map-age-days", "Age of the current map, days",
                "Mean days since the current map of open cases with one", Scoring.CONTINUOUS_VARIABLE,
                ImprovementNotation.DECREASE, openOn(day),
                new Criterion<>("has a map", c -> c.currentAssessment().isPresent()), Criterion.never("no exclusion"),
                Criterion.never("no numerator"),
                c -> BigDecimal.valueOf(ChronoUnit.DAYS.between(current(c).date(), day)), BigDecimal.ONE, 1,
                stratifiers());
    }

    private static Measure<CaseRecord> element(LocalDate day, String id, String title, String description,
            Criterion<CaseRecord> numerator) {
        Measure<CaseRecord> m = Measure.proportion(id, title, description, ImprovementNotation.INCREASE, openOn(day),
                Criterion.always("an open case"), numerator);
        List<Stratifier<CaseRecord>> by = stratifiers();
        return new Measure<>(m.id(), m.title(), m.description(), m.scoring(), m.improvement(), m.initialPopulation(),
                m.denominator(), m.denominatorExclusion(), m.numerator(), null, m.multiplier(), m.scale(), by);
    }

    private static Assessment current(CaseRecord c) {
        return c.currentAssessment().orElse(null);
    }

    private static boolean familyScaled(CaseRecord c) {
        Assessment a = current(c);
        if (a == null || a.judgement() == null) {
            return false;
        }
        return a.judgement().ratings().size() >= 2
                && a.judgement().ratings().stream().anyMatch(r -> FAMILY_RATERS.contains(r.rater()));
    }

    private static List<String> olderChildren(CaseRecord c, LocalDate day) {
        return c.children().stream().filter(k -> k.ageOn(day, c.opened()) >= CHILD_VOICE_MIN_AGE)
                .map(k -> k.id()).toList();
    }

    private static boolean childVoice(CaseRecord c, LocalDate day) {
        Assessment a = current(c);
        if (a == null) {
            return false;
        }
        return olderChildren(c, day).stream()
                .allMatch(id -> a.childVoice().stream().anyMatch(w -> w.childId().equals(id)));
    }

    private static boolean hasNetwork(CaseRecord c) {
        Assessment a = current(c);
        return a != null && a.safetyNetwork().stream().anyMatch(m -> c.person(m.personId())
                .map(p -> p.kind() != PersonKind.PROFESSIONAL).orElse(false));
    }
}
