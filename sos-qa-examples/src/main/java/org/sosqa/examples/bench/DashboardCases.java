package org.sosqa.examples.bench;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.function.Consumer;

import org.sosqa.core.Agreement;
import org.sosqa.core.Assessment;
import org.sosqa.core.CaseEvent;
import org.sosqa.core.CaseRecord;
import org.sosqa.core.Child;
import org.sosqa.core.ChildVoiceTool;
import org.sosqa.core.ChildVoiceWork;
import org.sosqa.core.DangerStatement;
import org.sosqa.core.EventType;
import org.sosqa.core.NetworkMember;
import org.sosqa.core.NextStep;
import org.sosqa.core.Person;
import org.sosqa.core.PersonKind;
import org.sosqa.core.Role;
import org.sosqa.core.SafetyGoal;
import org.sosqa.core.SafetyPlan;
import org.sosqa.core.SafetyScale;
import org.sosqa.core.ScaleRating;
import org.sosqa.core.ServiceStage;

/**
 * Seeded synthetic cases for the dashboard and all-measures benchmarks, made one at a time and never kept:
 * five years of openings (April 2021 to March 2026), about half closed within two years, one to four map
 * versions each, and case events over the case's life: a referral and an assessment for each child; for about
 * a third of the cases a section 47 enquiry, an initial conference and a child protection plan; some periods
 * looked after; family network meetings and plans; the closure. Each child has an id of its own in the
 * organisation ({@code c<seed>-<n>}); a third of the cases that close before March 2026 are followed at once by
 * a new case for the same children, opened after the closure (a re-referral), so about 15% of the children
 * come back and re-referrals and second plans occur, and every child's cases are consecutive, as
 * {@link org.sosqa.core.coredata.CaseEpisodeStream} needs. Statement texts and other parts no measure reads are shared between cases to keep
 * generation cheap; every date, child, map version and event list is the case's own. The same seed gives
 * the same cases.
 */
public final class DashboardCases {

    /** The first day cases open. */
    public static final LocalDate START = LocalDate.of(2021, 4, 1);
    /** The last day of the five years. */
    public static final LocalDate END = LocalDate.of(2026, 3, 31);

    private static final int DAYS = (int) (END.toEpochDay() - START.toEpochDay());
    private static final List<Person> PEOPLE = List.of(new Person("p-1", PersonKind.PARENT, null),
            new Person("p-2", PersonKind.PARENT, null), new Person("p-3", PersonKind.FAMILY, null),
            new Person("p-4", PersonKind.FRIEND, null), new Person("p-5", PersonKind.PROFESSIONAL, null));
    private static final SafetyScale SCALE_TWO = new SafetyScale("safe", "unsafe", List.of(
            new ScaleRating(Role.WORKER, null, 4, null), new ScaleRating(Role.PARENT, "p-1", 6, null)));
    private static final SafetyScale SCALE_ONE = new SafetyScale("safe", "unsafe", List.of(
            new ScaleRating(Role.WORKER, null, 3, null)));
    private static final List<List<DangerStatement>> DANGERS = List.of(List.of(),
            List.of(danger("d-1", SCALE_ONE)),
            List.of(danger("d-1", SCALE_TWO), danger("d-2", null)),
            List.of(danger("d-1", SCALE_TWO), danger("d-2", SCALE_ONE)));
    private static final List<List<NextStep>> STEPS = List.of(List.of(),
            List.of(new NextStep("Visit", "Social worker", null)),
            List.of(new NextStep("Visit", "Social worker", null), new NextStep("Call", null, null)));
    private static final List<List<NetworkMember>> NETWORKS = List.of(List.of(),
            List.of(new NetworkMember("p-5", null, true)),
            List.of(new NetworkMember("p-3", null, true), new NetworkMember("p-4", null, false)));
    /** Of the cases that close before the end, the percentage whose children come back in a new case. */
    private static final int RETURN_PERCENT = 33;
    private static final ServiceStage[] STAGES = ServiceStage.values();
    private static final String[] TEAMS = new String[40];
    private static final String[] WORKERS = new String[400];

    static {
        for (int i = 0; i < TEAMS.length; i++) {
            TEAMS[i] = "team-" + i;
        }
        for (int i = 0; i < WORKERS.length; i++) {
            WORKERS[i] = "w-" + i;
        }
    }

    private DashboardCases() {
    }

    private static DangerStatement danger(String id, SafetyScale scale) {
        return new DangerStatement(id, "Worry", new SafetyGoal("Goal", null), scale, Agreement.PARTLY_AGREES);
    }

    /**
     * Makes cases one at a time and hands each to {@code sink}.
     *
     * @param seed the seed; also part of every child id, so two seeds never share a child
     * @param count how many
     * @param sink what each case is given to
     */
    public static void forEach(long seed, int count, Consumer<CaseRecord> sink) {
        Generator g = new Generator(seed);
        for (int i = 0; i < count; i++) {
            sink.accept(g.next(i));
        }
    }

    /**
     * The generator's state between two cases: the random numbers, the next child number, and the children of
     * the last case when they are to come back in the next one (a re-referral). Nothing else is kept.
     */
    private static final class Generator {
        private final SplittableRandom r;
        private final String prefix;
        private long nextChild;
        private List<Child> returning;
        private LocalDate returnFrom;

        Generator(long seed) {
            this.r = new SplittableRandom(seed);
            this.prefix = "c" + seed + "-";
        }

        CaseRecord next(int n) {
            LocalDate opened;
            List<Child> children;
            if (returning != null) {
                children = returning;
                opened = returnFrom;
                returning = null;
            } else {
                opened = START.plusDays(r.nextInt(DAYS));
                int nChildren = 1 + r.nextInt(3);
                children = new ArrayList<>(nChildren);
                for (int k = 0; k < nChildren; k++) {
                    children.add(new Child(prefix + nextChild++, opened.getYear() - r.nextInt(17), null, Map.of()));
                }
            }
            LocalDate closed = r.nextInt(100) < 55 ? opened.plusDays(30 + r.nextInt(700)) : null;
            LocalDate last = closed == null || closed.isAfter(END) ? END : closed;
            if (closed != null && closed.isBefore(END) && r.nextInt(100) < RETURN_PERCENT) {
                // re-referred: a new case for the same children, the next case made, opened after this closes
                LocalDate back = closed.plusDays(1 + r.nextInt(400));
                if (!back.isAfter(END)) {
                    returning = children;
                    returnFrom = back;
                }
            }
            List<Assessment> maps = new ArrayList<>(4);
            LocalDate date = opened.plusDays(r.nextInt(30));
            int versions = r.nextInt(5);
            for (int v = 1; v <= versions && !date.isAfter(last); v++) {
                maps.add(map(r, v, date, children));
                date = date.plusDays(20 + r.nextInt(160));
            }
            return new CaseRecord("case-" + n, "org-1", TEAMS[r.nextInt(TEAMS.length)],
                    WORKERS[r.nextInt(WORKERS.length)], STAGES[r.nextInt(STAGES.length)], opened, closed, children,
                    PEOPLE, maps, events(opened, closed, last, children), List.of());
        }

        /**
         * Each child is referred on the opening day and assessed; about a third of the cases go on to a
         * section 47 enquiry, an initial conference and a child protection plan for every child, ended 3 to 27
         * months later or when the case closes, whichever is first (open while the case is); some children become looked after; family network
         * meetings and plans for children in need follow every 30-180 days over the case's life.
         */
        private List<CaseEvent> events(LocalDate opened, LocalDate closed, LocalDate last, List<Child> children) {
            List<CaseEvent> events = new ArrayList<>(8 + 6 * children.size());
            LocalDate authorised = opened.plusDays(10 + r.nextInt(50));
            for (Child c : children) {
                events.add(new CaseEvent(EventType.REFERRAL, opened, c.id()));
                events.add(new CaseEvent(EventType.ASSESSMENT_START, opened.plusDays(1), c.id()));
                events.add(new CaseEvent(EventType.ASSESSMENT_AUTHORISED, authorised, c.id()));
            }
            if (r.nextInt(100) < 35) {
                LocalDate s47 = opened.plusDays(2 + r.nextInt(20));
                LocalDate icpc = s47.plusDays(10 + r.nextInt(20));
                LocalDate planned = icpc.plusDays(90 + r.nextInt(730));
                // a plan still running when the case closes ends with it; one running on 31 March 2026 stays open
                LocalDate end = planned.isAfter(last) ? closed : planned;
                for (Child c : children) {
                    events.add(new CaseEvent(EventType.SECTION_47_START, s47, c.id()));
                    if (!icpc.isAfter(last)) {
                        events.add(new CaseEvent(EventType.INITIAL_CP_CONFERENCE, icpc, c.id()));
                        events.add(new CaseEvent(EventType.CP_PLAN_START, icpc, c.id()));
                        if (end != null && !end.isAfter(END)) {
                            events.add(new CaseEvent(EventType.CP_PLAN_END, end, c.id()));
                        }
                    }
                }
            }
            if (r.nextInt(100) < 8) {
                LocalDate from = opened.plusDays(20 + r.nextInt(200));
                if (!from.isAfter(last)) {
                    events.add(new CaseEvent(EventType.LOOKED_AFTER_START, from, children.get(0).id()));
                    LocalDate to = from.plusDays(30 + r.nextInt(900));
                    LocalDate ended = to.isAfter(last) ? closed : to;
                    if (ended != null && !ended.isAfter(END)) {
                        events.add(new CaseEvent(EventType.LOOKED_AFTER_END, ended, children.get(0).id()));
                    }
                }
            }
            LocalDate at = opened.plusDays(15);
            while (at.isBefore(last)) {
                boolean meeting = r.nextInt(3) == 0;
                events.add(new CaseEvent(meeting ? EventType.FAMILY_NETWORK_MEETING : EventType.CIN_PLAN_START, at,
                        meeting ? null : children.get(0).id()));
                at = at.plusDays(30 + r.nextInt(150));
            }
            if (closed != null && !closed.isAfter(END)) {
                events.add(new CaseEvent(EventType.CLOSURE, closed, null));
            }
            return events;
        }
    }

    private static Assessment map(SplittableRandom r, int version, LocalDate date, List<Child> children) {
        SafetyPlan plan = r.nextInt(100) < 60 ? new SafetyPlan(date.minusDays(r.nextInt(20)),
                List.of(date.plusDays(r.nextInt(40))), date.plusDays(40 + r.nextInt(60)), List.of()) : null;
        List<ChildVoiceWork> voice = new ArrayList<>(children.size());
        for (Child c : children) {
            if (r.nextInt(100) < 60) {
                voice.add(new ChildVoiceWork(c.id(), r.nextBoolean() ? ChildVoiceTool.WORDS_AND_PICTURES
                        : ChildVoiceTool.THREE_HOUSES, date, true, null));
            }
        }
        return new Assessment(version, date, List.of(), List.of(), DANGERS.get(r.nextInt(DANGERS.size())),
                r.nextBoolean() ? SCALE_TWO : SCALE_ONE, List.of(), List.of(), List.of(),
                STEPS.get(r.nextInt(STEPS.size())), NETWORKS.get(r.nextInt(NETWORKS.size())), plan, voice, null);
    }
}
