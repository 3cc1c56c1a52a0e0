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
 * Seeded synthetic cases for the dashboard benchmark, made one at a time and never kept: five years of
 * openings (April 2021 to March 2026), about half closed within two years, one to four map versions each,
 * and case events (referral, assessment, conference, plan start and end, family network meetings, closure)
 * over the case's life. Statement texts and other parts no measure reads are shared between cases to keep
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
     * @param seed the seed
     * @param count how many
     * @param sink what each case is given to
     */
    public static void forEach(long seed, int count, Consumer<CaseRecord> sink) {
        SplittableRandom random = new SplittableRandom(seed);
        for (int i = 0; i < count; i++) {
            sink.accept(next(random, i));
        }
    }

    static CaseRecord next(SplittableRandom r, int n) {
        LocalDate opened = START.plusDays(r.nextInt(DAYS));
        LocalDate closed = r.nextInt(100) < 55 ? opened.plusDays(30 + r.nextInt(700)) : null;
        LocalDate last = closed == null || closed.isAfter(END) ? END : closed;
        int nChildren = 1 + r.nextInt(3);
        List<Child> children = new ArrayList<>(nChildren);
        for (int k = 0; k < nChildren; k++) {
            children.add(new Child("c-" + k, opened.getYear() - r.nextInt(17), null, Map.of()));
        }
        List<Assessment> maps = new ArrayList<>(4);
        LocalDate date = opened.plusDays(r.nextInt(30));
        int versions = r.nextInt(5);
        for (int v = 1; v <= versions && !date.isAfter(last); v++) {
            maps.add(map(r, v, date, children));
            date = date.plusDays(20 + r.nextInt(160));
        }
        List<CaseEvent> events = new ArrayList<>(16);
        events.add(new CaseEvent(EventType.REFERRAL, opened, "c-0"));
        events.add(new CaseEvent(EventType.ASSESSMENT_START, opened.plusDays(1), "c-0"));
        events.add(new CaseEvent(EventType.ASSESSMENT_AUTHORISED, opened.plusDays(10 + r.nextInt(50)), "c-0"));
        LocalDate at = opened.plusDays(15);
        while (at.isBefore(last)) {
            EventType type = r.nextInt(3) == 0 ? EventType.FAMILY_NETWORK_MEETING
                    : r.nextBoolean() ? EventType.CP_PLAN_START : EventType.CIN_PLAN_START;
            events.add(new CaseEvent(type, at, type == EventType.FAMILY_NETWORK_MEETING ? null : "c-0"));
            at = at.plusDays(30 + r.nextInt(150));
        }
        if (closed != null && !closed.isAfter(END)) {
            events.add(new CaseEvent(EventType.CLOSURE, closed, null));
        }
        return new CaseRecord("case-" + n, "org-1", TEAMS[r.nextInt(TEAMS.length)], WORKERS[r.nextInt(WORKERS.length)],
                STAGES[r.nextInt(STAGES.length)], opened, closed, children, PEOPLE, maps, events, List.of());
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
