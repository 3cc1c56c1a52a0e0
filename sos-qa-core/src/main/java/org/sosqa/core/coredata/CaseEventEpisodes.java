package org.sosqa.core.coredata;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.sosqa.core.CaseEvent;
import org.sosqa.core.CaseRecord;
import org.sosqa.core.coredata.Episodes.Assessment;
import org.sosqa.core.coredata.Episodes.LookedAfter;
import org.sosqa.core.coredata.Episodes.ProtectionPlan;
import org.sosqa.core.coredata.Episodes.Referral;
import org.sosqa.core.coredata.Episodes.Section47;
import org.sosqa.core.EventType;

/**
 * Builds child-level episodes from sos-qa {@link CaseEvent}s. A child's events from every case are taken in
 * date order (events on one day in the order recorded) and paired: an assessment's authorisation closes its
 * earliest open assessment and is timed from the latest referral on or before the assessment started; an
 * initial conference closes the latest section 47 enquiry without one; a plan end closes the open plan; a
 * looked-after end closes the open period. An event that cannot be paired is reported with its location
 * {@code caseId/events/INDEX} and left out. Events of the whole case (no child) are not child-level and are
 * ignored here. {@link #from} holds every case's child events at once; {@link CaseEpisodeStream} builds the
 * same children from cases handed over one at a time, grouped by child.
 */
public final class CaseEventEpisodes {

    private CaseEventEpisodes() {
    }

    /**
     * One event of a child with where it was read and its place in the input, for ties on a day. The location
     * is written only when an episode or a problem needs it: most events never do.
     */
    record Located(CaseEvent event, String caseId, int index, int order) {

        String location() {
            return caseId + "/events/" + index;
        }
    }

    /** Episodes from the events of some cases. */
    public static CoreData from(List<CaseRecord> cases) {
        Map<String, List<Located>> byChild = new LinkedHashMap<>();
        Map<String, Map<String, String>> characteristics = new LinkedHashMap<>();
        int order = 0;
        for (CaseRecord c : cases) {
            c.children().forEach(k -> characteristics.putIfAbsent(k.id(), k.characteristics()));
            for (int i = 0; i < c.events().size(); i++) {
                CaseEvent e = c.events().get(i);
                if (e.childId() != null) {
                    byChild.computeIfAbsent(e.childId(), k -> new ArrayList<>())
                            .add(new Located(e, c.id(), i, order++));
                }
            }
        }
        List<ChildEpisodes> children = new ArrayList<>();
        List<DataProblem> problems = new ArrayList<>();
        byChild.forEach((childId, events) -> children.add(
                child(childId, characteristics.getOrDefault(childId, Map.of()), events, problems)));
        return new CoreData(children, problems);
    }

    /** One child's episodes from all of the child's events (sorted here), adding the problems met. */
    static ChildEpisodes child(String childId, Map<String, String> characteristics, List<Located> events,
            List<DataProblem> problems) {
        events.sort(Comparator.comparing((Located l) -> l.event().date()).thenComparingInt(Located::order));
        ChildBuilder b = new ChildBuilder(childId);
        b.characteristics.putAll(characteristics);
        List<Located> openAssessments = new ArrayList<>();
        List<Located> openS47 = new ArrayList<>();
        Located openPlan = null;
        Located openLookedAfter = null;
        for (Located l : events) {
            LocalDate date = l.event().date();
            EventType type = l.event().type();
            switch (type) {
                case REFERRAL -> b.referrals.add(new Referral(date, l.location()));
                case ASSESSMENT_START -> openAssessments.add(l);
                case ASSESSMENT_AUTHORISED -> {
                    LocalDate started = openAssessments.isEmpty() ? null : openAssessments.remove(0).event().date();
                    LocalDate referral = latestReferral(b, started == null ? date : started);
                    if (referral == null) {
                        problems.add(new DataProblem(childId, l.location(), RecordKind.ASSESSMENT,
                                ProblemKind.MISSING_DATE, "an assessment with no referral before it"));
                    } else {
                        b.assessments.add(new Assessment(referral, started == null ? referral : started, date,
                                l.location()));
                    }
                }
                case SECTION_47_START -> openS47.add(l);
                case INITIAL_CP_CONFERENCE -> {
                    if (openS47.isEmpty()) {
                        problems.add(new DataProblem(childId, l.location(), RecordKind.SECTION_47,
                                ProblemKind.MISSING_DATE, "an initial conference with no section 47 enquiry before it"));
                    } else {
                        Located s = openS47.remove(openS47.size() - 1);
                        b.section47s.add(new Section47(s.event().date(), date, s.location()));
                    }
                }
                case CP_PLAN_START -> {
                    if (openPlan != null) {
                        problems.add(new DataProblem(childId, openPlan.location(), RecordKind.PROTECTION_PLAN,
                                ProblemKind.MISSING_DATE, "a plan with no end before the next plan started"));
                    }
                    openPlan = l;
                }
                case CP_PLAN_END -> {
                    if (openPlan == null) {
                        problems.add(new DataProblem(childId, l.location(), RecordKind.PROTECTION_PLAN,
                                ProblemKind.MISSING_DATE, "a plan end with no plan start before it"));
                    } else {
                        b.plans.add(new ProtectionPlan(openPlan.event().date(), date, null, openPlan.location()));
                        openPlan = null;
                    }
                }
                case LOOKED_AFTER_START -> {
                    if (openLookedAfter != null) {
                        problems.add(new DataProblem(childId, openLookedAfter.location(), RecordKind.LOOKED_AFTER,
                                ProblemKind.MISSING_DATE, "a period looked after with no end before the next began"));
                    }
                    openLookedAfter = l;
                }
                case LOOKED_AFTER_END -> {
                    if (openLookedAfter == null) {
                        problems.add(new DataProblem(childId, l.location(), RecordKind.LOOKED_AFTER,
                                ProblemKind.MISSING_DATE, "a looked-after end with no start before it"));
                    } else {
                        b.lookedAfter.add(new LookedAfter(openLookedAfter.event().date(), date,
                                openLookedAfter.location()));
                        openLookedAfter = null;
                    }
                }
                default -> {
                    // plans for children in need, meetings and closures are not in the indicators
                }
            }
        }
        for (Located s : openS47) {
            b.section47s.add(new Section47(s.event().date(), null, s.location()));
        }
        for (Located a : openAssessments) {
            LocalDate referral = latestReferral(b, a.event().date());
            if (referral != null) {
                b.assessments.add(new Assessment(referral, a.event().date(), null, a.location()));
            }
        }
        if (openPlan != null) {
            b.plans.add(new ProtectionPlan(openPlan.event().date(), null, null, openPlan.location()));
        }
        if (openLookedAfter != null) {
            b.lookedAfter.add(new LookedAfter(openLookedAfter.event().date(), null, openLookedAfter.location()));
        }
        return b.build(problems);
    }

    private static LocalDate latestReferral(ChildBuilder b, LocalDate onOrBefore) {
        LocalDate latest = null;
        for (Referral r : b.referrals) {
            if (!r.date().isAfter(onOrBefore) && (latest == null || r.date().isAfter(latest))) {
                latest = r.date();
            }
        }
        return latest;
    }
}
