package org.sosqa.examples.demo;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.TreeMap;
import org.sosqa.core.Agreement;
import org.sosqa.core.Assessment;
import org.sosqa.core.CaseEvent;
import org.sosqa.core.CaseRecord;
import org.sosqa.core.Child;
import org.sosqa.core.ChildVoiceTool;
import org.sosqa.core.ChildVoiceWork;
import org.sosqa.core.CollaborativeAudit;
import org.sosqa.core.ComplicatingFactor;
import org.sosqa.core.CriterionRating;
import org.sosqa.core.DangerStatement;
import org.sosqa.core.EventType;
import org.sosqa.core.ExistingSafety;
import org.sosqa.core.ExistingStrength;
import org.sosqa.core.FamilyPosition;
import org.sosqa.core.HarmStatement;
import org.sosqa.core.LearningAction;
import org.sosqa.core.NetworkMember;
import org.sosqa.core.NextStep;
import org.sosqa.core.Participant;
import org.sosqa.core.Person;
import org.sosqa.core.PersonKind;
import org.sosqa.core.PlanRule;
import org.sosqa.core.Role;
import org.sosqa.core.SafetyGoal;
import org.sosqa.core.SafetyPlan;
import org.sosqa.core.SafetyScale;
import org.sosqa.core.ScaleRating;
import org.sosqa.core.ServiceStage;

/**
 * Makes one family's cases: usually one, sometimes an earlier closed case too, so that re-referrals and
 * second child protection plans happen as they do in life. Each call draws from the one random source in
 * a fixed order, which is what keeps the organisation the same for the same seed.
 */
final class FamilyMaker {

    private static final LocalDate EARLIEST_OPENING = LocalDate.of(2022, 10, 1);
    private static final LocalDate END = DemoOrganisationGenerator.REPORT_DATE;
    private static final int WORKERS_PER_TEAM = 8;
    private static final List<String> AUDITED_CRITERIA = List.of("danger.who-is-worried", "danger.behaviour",
            "danger.impact-on-child", "danger.family-language", "goal.positive", "goal.observable", "goal.sustained",
            "scale.anchors", "scale.perspectives", "voice.tools-used", "network.natural", "plan.named-people",
            "steps.who-and-when", "partnership.family-took-part");
    private static final String[] ETHNICITY = {"WBRI", "WBRI", "WBRI", "WBRI", "WBRI", "WBRI", "WBRI", "WOTH", "MWBC",
        "MWBA", "APKN", "AIND", "BCRB", "BAFR", "AOTH", "CHNE"};

    private final SplittableRandom random;
    private final List<TeamProfile> teams;
    private int cases;
    private int children;

    FamilyMaker(SplittableRandom random, List<TeamProfile> teams) {
        this.random = random;
        this.teams = teams;
    }

    int childrenMade() {
        return children;
    }

    /** The next family's cases, the earlier one first where there are two. */
    List<CaseRecord> nextFamily() {
        TeamProfile team = teams.get(random.nextInt(teams.size()));
        ServiceStage stage = team.stages().get(random.nextInt(team.stages().size()));
        LocalDate opened = EARLIEST_OPENING.plusDays(random.nextInt(
                (int) (END.toEpochDay() - EARLIEST_OPENING.toEpochDay()) - 20));
        List<Child> kids = children(stage, opened);
        List<CaseRecord> out = new ArrayList<>(2);
        boolean statutory = stage != ServiceStage.EARLY_HELP && stage != ServiceStage.CARE_LEAVER;
        // About one family in five was known before: the source of re-referrals and second plans.
        if (statutory && random.nextInt(100) < 40) {
            LocalDate priorOpened = opened.minusDays(150 + random.nextInt(330));
            boolean born = kids.stream().allMatch(k -> k.yearOfBirth() <= priorOpened.getYear());
            if (born) {
                ServiceStage priorStage = random.nextInt(3) == 0 ? ServiceStage.CHILD_PROTECTION : ServiceStage.CHILD_IN_NEED;
                TeamProfile priorTeam = teams.get(random.nextInt(4));
                out.add(makeCase(priorTeam, priorStage, priorOpened, kids, opened.minusDays(30 + random.nextInt(60))));
            }
        }
        out.add(makeCase(team, stage, opened, kids, null));
        return out;
    }

    private List<Child> children(ServiceStage stage, LocalDate opened) {
        int roll = random.nextInt(100);
        int n = stage == ServiceStage.CARE_LEAVER ? 1 : roll < 50 ? 1 : roll < 85 ? 2 : 3;
        List<Child> out = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            int age = switch (stage) {
                case CARE_LEAVER -> 16 + random.nextInt(4);
                case CHILD_LOOKED_AFTER -> 1 + random.nextInt(16);
                default -> random.nextInt(16);
            };
            Map<String, String> characteristics = new TreeMap<>();
            characteristics.put("gender", random.nextBoolean() ? "F" : "M");
            characteristics.put("ethnicity", ETHNICITY[random.nextInt(ETHNICITY.length)]);
            characteristics.put("disability", random.nextInt(100) < 9 ? "YES" : "NONE");
            children++;
            out.add(new Child(String.format("c-%05d", children), opened.getYear() - age, null, characteristics));
        }
        return out;
    }

    /**
     * One case.
     *
     * @param closeBy for an earlier case, the day it must have closed by; null for the family's current case
     */
    private CaseRecord makeCase(TeamProfile team, ServiceStage stage, LocalDate opened, List<Child> kids,
            LocalDate closeBy) {
        cases++;
        String id = String.format("case-%05d", cases);
        String worker = "w-" + team.team().id().substring(5) + "-" + (1 + random.nextInt(WORKERS_PER_TEAM));
        double caseNoise = gaussian() * 0.12;
        double q0 = clamp(team.qualityOn(opened) + caseNoise);

        LocalDate closed = closeBy != null ? closeBy : opened.plusDays(length(stage));
        List<CaseEvent> events = new ArrayList<>();
        if (stage == ServiceStage.CHILD_PROTECTION) {
            closed = protection(kids, opened, closed, q0, events, closeBy != null);
        } else if (stage == ServiceStage.CHILD_IN_NEED || stage == ServiceStage.CHILD_LOOKED_AFTER) {
            for (Child k : kids) {
                LocalDate authorised = assessment(k, opened, q0, events);
                if (stage == ServiceStage.CHILD_IN_NEED && authorised != null && authorised.isBefore(closed)
                        && !authorised.isAfter(END)) {
                    events.add(new CaseEvent(EventType.CIN_PLAN_START, authorised, k.id()));
                    if (!closed.isAfter(END)) {
                        events.add(new CaseEvent(EventType.CIN_PLAN_END, closed, k.id()));
                    }
                }
                if (stage == ServiceStage.CHILD_LOOKED_AFTER) {
                    LocalDate start = opened.plusDays(10 + random.nextInt(50));
                    if (start.isBefore(closed) && !start.isAfter(END)) {
                        events.add(new CaseEvent(EventType.LOOKED_AFTER_START, start, k.id()));
                        if (!closed.isAfter(END)) {
                            events.add(new CaseEvent(EventType.LOOKED_AFTER_END, closed, k.id()));
                        }
                    }
                }
            }
        }
        if (closed.isAfter(END)) {
            closed = null;
        }
        LocalDate last = closed == null ? END : closed;
        if (random.nextDouble() < q0) {
            LocalDate meeting = opened.plusDays(20 + random.nextInt(40));
            if (!meeting.isAfter(last)) {
                events.add(new CaseEvent(EventType.FAMILY_NETWORK_MEETING, meeting, null));
            }
        }
        if (closed != null) {
            events.add(new CaseEvent(EventType.CLOSURE, closed, null));
        }
        events.sort(Comparator.comparing(CaseEvent::date));

        Family family = family(stage);
        List<Wording.Worry> worries = worries(q0);
        List<Assessment> assessments = new ArrayList<>();
        LocalDate date = opened.plusDays(7 + random.nextInt(19));
        if (date.isAfter(last)) {
            date = opened;
        }
        int score = 2 + random.nextInt(3);
        double lastQuality = q0;
        for (int version = 1; version <= 8 && !date.isAfter(last); version++) {
            double q = clamp(team.qualityOn(date) + caseNoise + 0.03 * (version - 1));
            assessments.add(new AssessmentMaker(random, q, date, version, kids, opened, family, worries, stage,
                    score).make());
            if (random.nextDouble() < q) {
                score = Math.min(10, score + 1 + random.nextInt(2));
            }
            lastQuality = q;
            date = date.plusDays(42 + random.nextInt(60));
        }
        List<CollaborativeAudit> audits = new ArrayList<>();
        Assessment latest = assessments.get(assessments.size() - 1);
        if (random.nextInt(100) < 12) {
            LocalDate auditDate = latest.date().plusDays(7 + random.nextInt(24));
            if (!auditDate.isAfter(END)) {
                audits.add(audit(auditDate, worker, team, lastQuality));
            }
        }
        return new CaseRecord(id, DemoOrganisationGenerator.ORGANISATION, team.team().id(), worker, stage, opened,
                closed, kids, family.people(), assessments, events, audits);
    }

    private int length(ServiceStage stage) {
        return switch (stage) {
            case EARLY_HELP -> 90 + random.nextInt(180);
            case CHILD_IN_NEED -> 120 + random.nextInt(300);
            case CHILD_PROTECTION -> 180 + random.nextInt(420);
            case CHILD_LOOKED_AFTER -> 300 + random.nextInt(1100);
            case CARE_LEAVER -> 365 + random.nextInt(1100);
        };
    }

    /** Referral and assessment events for one child; the day the assessment was authorised, or null. */
    private LocalDate assessment(Child k, LocalDate referral, double q, List<CaseEvent> events) {
        events.add(new CaseEvent(EventType.REFERRAL, referral, k.id()));
        LocalDate start = referral.plusDays(random.nextInt(3));
        if (start.isAfter(END)) {
            return null;
        }
        events.add(new CaseEvent(EventType.ASSESSMENT_START, start, k.id()));
        boolean timely = random.nextDouble() < 0.70 + 0.25 * q;
        LocalDate authorised = plusWorkingDays(referral, timely ? 10 + random.nextInt(33) : 47 + random.nextInt(35));
        if (authorised.isAfter(END)) {
            return null;
        }
        events.add(new CaseEvent(EventType.ASSESSMENT_AUTHORISED, authorised, k.id()));
        return authorised;
    }

    /** The events of a child protection case; returns the day it closes, after the plans end. */
    private LocalDate protection(List<Child> kids, LocalDate opened, LocalDate closed, double q,
            List<CaseEvent> events, boolean mustEnd) {
        LocalDate s47 = opened.plusDays(1 + random.nextInt(5));
        boolean timely = random.nextDouble() < 0.62 + 0.33 * q;
        LocalDate icpc = plusWorkingDays(s47, timely ? 5 + random.nextInt(10) : 16 + random.nextInt(15));
        int planDays = mustEnd ? 80 + random.nextInt(200) : planLength();
        LocalDate planEnd = icpc.plusDays(planDays);
        LocalDate closes = mustEnd ? closed : planEnd.plusDays(14 + random.nextInt(60));
        if (mustEnd && !planEnd.isBefore(closed)) {
            planEnd = closed.minusDays(1);
        }
        for (Child k : kids) {
            assessment(k, opened, q, events);
            if (s47.isAfter(END)) {
                continue;
            }
            events.add(new CaseEvent(EventType.SECTION_47_START, s47, k.id()));
            if (icpc.isAfter(END) || (mustEnd && !icpc.isBefore(planEnd))) {
                continue;
            }
            events.add(new CaseEvent(EventType.INITIAL_CP_CONFERENCE, icpc, k.id()));
            events.add(new CaseEvent(EventType.CP_PLAN_START, icpc, k.id()));
            if (!planEnd.isAfter(END)) {
                events.add(new CaseEvent(EventType.CP_PLAN_END, planEnd, k.id()));
            }
        }
        return closes;
    }

    /**
     * Days a child protection plan lasts, drawn so that the bands come out roughly as England's (DfE table D7,
     * domain.md §3): some short, most six months to a year, a few two years or more.
     */
    private int planLength() {
        int roll = random.nextInt(100);
        if (roll < 14) {
            return 40 + random.nextInt(50);
        }
        if (roll < 27) {
            return 93 + random.nextInt(88);
        }
        if (roll < 72) {
            return 185 + random.nextInt(178);
        }
        return roll < 96 ? 367 + random.nextInt(360) : 732 + random.nextInt(120);
    }

    record Family(List<Person> people, List<String> natural, List<String> professionals) {
    }

    private Family family(ServiceStage stage) {
        List<Person> people = new ArrayList<>();
        List<String> natural = new ArrayList<>();
        List<String> professionals = new ArrayList<>();
        people.add(new Person("p-mum", PersonKind.PARENT, "mother"));
        if (random.nextInt(100) < 70) {
            people.add(new Person("p-dad", PersonKind.PARENT, "father"));
        } else {
            people.add(new Person("p-partner", PersonKind.CAREGIVER, "Mum's partner"));
        }
        if (stage == ServiceStage.CHILD_LOOKED_AFTER || stage == ServiceStage.CARE_LEAVER) {
            people.add(new Person("p-carer", PersonKind.CAREGIVER, "foster carer"));
        }
        String[][] pool = {{"p-nan", "FAMILY", "maternal grandmother"}, {"p-grandad", "FAMILY", "grandfather"},
            {"p-aunt", "FAMILY", "aunt"}, {"p-uncle", "FAMILY", "uncle"}, {"p-friend", "FRIEND", "family friend"},
            {"p-neighbour", "COMMUNITY", "neighbour"}};
        int n = 1 + random.nextInt(4);
        int from = random.nextInt(pool.length);
        for (int i = 0; i < n; i++) {
            String[] p = pool[(from + i) % pool.length];
            people.add(new Person(p[0], PersonKind.valueOf(p[1]), p[2]));
            natural.add(p[0]);
        }
        people.add(new Person("p-teacher", PersonKind.PROFESSIONAL, "class teacher"));
        people.add(new Person("p-hv", PersonKind.PROFESSIONAL, "health visitor"));
        professionals.add("p-teacher");
        professionals.add("p-hv");
        return new Family(people, natural, professionals);
    }

    /** The case's worries: one or two, and for a worker who has not yet focused the map, four. */
    private List<Wording.Worry> worries(double q) {
        List<Wording.Worry> all = new ArrayList<>(Wording.WORRIES);
        int n = random.nextDouble() < (1 - q) * 0.25 ? 4 : 1 + random.nextInt(2);
        List<Wording.Worry> out = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            out.add(all.remove(random.nextInt(all.size())));
        }
        return out;
    }

    private CollaborativeAudit audit(LocalDate date, String worker, TeamProfile team, double q) {
        List<CriterionRating> ratings = new ArrayList<>();
        for (String criterion : AUDITED_CRITERIA) {
            int rating = (int) Math.round(q * 3 + gaussian() * 0.7);
            ratings.add(new CriterionRating(criterion, Math.max(0, Math.min(3, rating)), null));
        }
        List<LearningAction> actions = new ArrayList<>();
        for (int i = 1 + random.nextInt(2); i > 0; i--) {
            actions.add(new LearningAction(pick(Wording.LEARNING), "Social worker", date.plusDays(28)));
        }
        return new CollaborativeAudit("a-1", date, String.format("aud-%02d", 1 + random.nextInt(5)), worker,
                "m-" + team.team().id().substring(5), ratings, actions);
    }

    private LocalDate plusWorkingDays(LocalDate from, int days) {
        LocalDate d = from;
        for (int i = 0; i < days; ) {
            d = d.plusDays(1);
            if (d.getDayOfWeek().getValue() <= 5) {
                i++;
            }
        }
        return d;
    }

    private double gaussian() {
        // Box-Muller from the one seeded source; SplittableRandom has no nextGaussian on Java 17.
        double u = 1.0 - random.nextDouble();
        double v = random.nextDouble();
        return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * v);
    }

    private <T> T pick(List<T> values) {
        return values.get(random.nextInt(values.size()));
    }

    static double clamp(double q) {
        return Math.max(0.03, Math.min(0.97, q));
    }
}
