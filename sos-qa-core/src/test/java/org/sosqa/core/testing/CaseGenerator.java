package org.sosqa.core.testing;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
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
 * A seeded generator of arbitrary valid {@link CaseRecord}s: the same seed gives the same records, so a
 * failing property test can be replayed from the seed it prints. Sizes vary from a bare case (one child,
 * nothing else) to large ones; every optional value is sometimes left out; free text mixes scripts,
 * accents, emoji, quotes, backslashes and line breaks.
 *
 * <p>Every record it makes passes {@link org.sosqa.core.CaseValidator}: ids are unique in their scopes,
 * references resolve, versions and dates are in order. For invalid documents, see {@link DocumentMutator}.
 */
public final class CaseGenerator {

    private static final String[] WORDS = {"worried", "Mum", "dad", "school", "safe", "night", "drinking",
        "shouting", "bruise", "grandma", "après", "naïve", "Zoë", "ありがとう", "бабушка", "أمان", "家庭",
        "\"quoted\"", "back\\slash", "tab\there", "line\nbreak", "😀", "👩‍👧", "∑", "ǅ", "a/b", "~0", "%s", "{}", "<b>", "&amp;"};
    private static final String[] KEYS = {"gender", "ethnicity", "disability", "language", "religion", "uasc"};
    private static final String[] CODES = {"F", "M", "X", "WBRI", "ASIA", "BLAF", "MIXD", "Y", "N", "en", "ar-SA"};

    private final Random random;
    private int size;

    /**
     * A generator.
     *
     * @param seed the seed; the same seed gives the same sequence of records
     */
    public CaseGenerator(long seed) {
        this.random = new Random(seed);
    }

    /**
     * The next record.
     *
     * @return a valid record
     */
    public CaseRecord nextCase() {
        int roll = random.nextInt(100);
        size = roll < 15 ? 0 : roll < 80 ? 1 + random.nextInt(3) : roll < 97 ? 4 + random.nextInt(6) : 10 + random.nextInt(15);
        LocalDate opened = LocalDate.of(2010, 1, 1).plusDays(random.nextInt(5000));
        LocalDate closed = chance(30) ? opened.plusDays(random.nextInt(800)) : null;
        List<Child> children = new ArrayList<>();
        int nChildren = 1 + random.nextInt(Math.min(20, 1 + size * 2));
        for (int i = 0; i < nChildren; i++) {
            children.add(child(i));
        }
        List<Person> people = new ArrayList<>();
        int nPeople = size == 0 ? 0 : random.nextInt(1 + size * 4);
        for (int i = 0; i < nPeople; i++) {
            people.add(new Person(id("p", i), pick(PersonKind.values()), chance(70) ? text(1, 6) : null));
        }
        List<Assessment> assessments = new ArrayList<>();
        int nAssessments = size == 0 ? 0 : random.nextInt(1 + size);
        int version = 0;
        LocalDate date = opened;
        for (int i = 0; i < nAssessments; i++) {
            version += 1 + (chance(20) ? random.nextInt(3) : 0);
            date = date.plusDays(chance(20) ? 0 : random.nextInt(120));
            assessments.add(assessment(version, date, children, people));
        }
        List<CaseEvent> events = new ArrayList<>();
        int nEvents = random.nextInt(1 + size * 5);
        for (int i = 0; i < nEvents; i++) {
            events.add(new CaseEvent(pick(EventType.values()), opened.plusDays(random.nextInt(900)),
                    chance(70) ? children.get(random.nextInt(children.size())).id() : null));
        }
        List<CollaborativeAudit> audits = new ArrayList<>();
        int nAudits = size == 0 ? 0 : random.nextInt(1 + size / 2 + 1);
        for (int i = 0; i < nAudits; i++) {
            audits.add(audit(i, opened));
        }
        return new CaseRecord(id("case", random.nextInt(100000)), id("org", random.nextInt(20)),
                id("team", random.nextInt(50)), id("w", random.nextInt(500)), pick(ServiceStage.values()),
                opened, closed, children, people, assessments, events, audits);
    }

    private Child child(int i) {
        Integer year = null;
        Integer age = null;
        int which = random.nextInt(3);
        if (which != 1) {
            year = 1990 + random.nextInt(35);
        }
        if (which != 0) {
            age = random.nextInt(19);
        }
        Map<String, String> characteristics = new TreeMap<>();
        int n = random.nextInt(4);
        for (int k = 0; k < n; k++) {
            characteristics.put(pick(KEYS), pick(CODES));
        }
        return new Child(id("c", i), year, age, characteristics);
    }

    private Assessment assessment(int version, LocalDate date, List<Child> children, List<Person> people) {
        List<Participant> participants = new ArrayList<>();
        for (int i = random.nextInt(1 + size * 2); i > 0; i--) {
            participants.add(new Participant(pick(Role.values()), personOrNull(people)));
        }
        List<HarmStatement> harms = new ArrayList<>();
        for (int i = 0, n = random.nextInt(1 + size); i < n; i++) {
            harms.add(new HarmStatement(id("h", i), text(3, 30)));
        }
        List<DangerStatement> dangers = new ArrayList<>();
        List<String> dangerIds = new ArrayList<>();
        for (int i = 0, n = random.nextInt(1 + size); i < n; i++) {
            String id = id("d", i);
            dangerIds.add(id);
            dangers.add(new DangerStatement(id, text(3, 40),
                    new SafetyGoal(text(3, 40), chance(50) ? text(2, 20) : null),
                    chance(60) ? scale(people) : null,
                    chance(50) ? pick(Agreement.values()) : null));
        }
        List<ComplicatingFactor> factors = new ArrayList<>();
        for (int i = random.nextInt(1 + size); i > 0; i--) {
            factors.add(new ComplicatingFactor(text(2, 20)));
        }
        List<ExistingStrength> strengths = new ArrayList<>();
        for (int i = random.nextInt(1 + size); i > 0; i--) {
            strengths.add(new ExistingStrength(text(2, 20)));
        }
        List<ExistingSafety> safety = new ArrayList<>();
        for (int i = random.nextInt(1 + size); i > 0; i--) {
            safety.add(new ExistingSafety(text(2, 20), !dangerIds.isEmpty() && chance(70) ? pick(dangerIds) : null));
        }
        List<NextStep> steps = new ArrayList<>();
        for (int i = random.nextInt(1 + size * 2); i > 0; i--) {
            steps.add(new NextStep(text(2, 15), chance(60) ? text(1, 4) : null,
                    chance(60) ? date.plusDays(random.nextInt(60)) : null));
        }
        List<NetworkMember> network = new ArrayList<>();
        if (!people.isEmpty()) {
            for (int i = random.nextInt(1 + size); i > 0; i--) {
                network.add(new NetworkMember(pick(people).id(), chance(60) ? text(1, 8) : null, random.nextBoolean()));
            }
        }
        SafetyPlan plan = chance(50) ? plan(date, people, dangerIds) : null;
        List<ChildVoiceWork> voice = new ArrayList<>();
        for (int i = random.nextInt(1 + size); i > 0; i--) {
            voice.add(new ChildVoiceWork(pick(children).id(), pick(ChildVoiceTool.values()),
                    date.plusDays(random.nextInt(30)), random.nextBoolean(), chance(50) ? text(1, 20) : null));
        }
        FamilyPosition position = chance(50)
                ? new FamilyPosition(pick(Agreement.values()), chance(50) ? text(2, 20) : null) : null;
        return new Assessment(version, date, participants, harms, dangers, chance(50) ? scale(people) : null,
                factors, strengths, safety, steps, network, plan, voice, position);
    }

    private SafetyScale scale(List<Person> people) {
        List<ScaleRating> ratings = new ArrayList<>();
        for (int i = random.nextInt(1 + Math.min(size, 4) * 2); i > 0; i--) {
            ratings.add(new ScaleRating(pick(Role.values()), personOrNull(people), random.nextInt(11),
                    chance(50) ? text(2, 20) : null));
        }
        return new SafetyScale(chance(70) ? text(2, 12) : null, chance(70) ? text(2, 12) : null, ratings);
    }

    private SafetyPlan plan(LocalDate date, List<Person> people, List<String> dangerIds) {
        List<LocalDate> reviews = new ArrayList<>();
        LocalDate review = date;
        for (int i = random.nextInt(1 + size); i > 0; i--) {
            review = review.plusDays(random.nextInt(60));
            reviews.add(review);
        }
        List<PlanRule> rules = new ArrayList<>();
        for (int i = 0, n = random.nextInt(1 + size); i < n; i++) {
            List<String> keptBy = new ArrayList<>();
            if (!people.isEmpty()) {
                for (int k = random.nextInt(3); k > 0; k--) {
                    keptBy.add(pick(people).id());
                }
            }
            List<String> addresses = new ArrayList<>();
            if (!dangerIds.isEmpty()) {
                for (int k = random.nextInt(3); k > 0; k--) {
                    addresses.add(pick(dangerIds));
                }
            }
            rules.add(new PlanRule(id("r", i), text(2, 25), keptBy, addresses));
        }
        return new SafetyPlan(chance(60) ? date : null, reviews, chance(50) ? review.plusDays(30) : null, rules);
    }

    private CollaborativeAudit audit(int i, LocalDate opened) {
        LocalDate date = opened.plusDays(random.nextInt(900));
        List<CriterionRating> ratings = new ArrayList<>();
        for (int k = random.nextInt(1 + size * 3); k > 0; k--) {
            ratings.add(new CriterionRating("danger.criterion-" + random.nextInt(20), random.nextInt(4),
                    chance(50) ? text(2, 20) : null));
        }
        List<LearningAction> actions = new ArrayList<>();
        for (int k = random.nextInt(1 + size); k > 0; k--) {
            actions.add(new LearningAction(text(2, 15), chance(50) ? text(1, 3) : null,
                    chance(50) ? date.plusDays(random.nextInt(90)) : null));
        }
        return new CollaborativeAudit(id("a", i), date, id("aud", random.nextInt(40)), id("w", random.nextInt(500)),
                chance(50) ? id("m", random.nextInt(40)) : null, ratings, actions);
    }

    private String personOrNull(List<Person> people) {
        return !people.isEmpty() && chance(50) ? pick(people).id() : null;
    }

    /** An id with some of the allowed punctuation. */
    private String id(String prefix, int n) {
        switch (random.nextInt(5)) {
            case 0:
                return prefix + "-" + n;
            case 1:
                return prefix + "." + n;
            case 2:
                return prefix + ":" + n;
            case 3:
                return prefix + "_" + n;
            default:
                return prefix + n;
        }
    }

    /**
     * Free text of some words, never blank, and never with a leading or trailing blank that could make
     * it blank after trimming.
     */
    String text(int minWords, int maxWords) {
        int n = minWords + random.nextInt(maxWords - minWords + 1);
        StringBuilder sb = new StringBuilder("x");
        for (int i = 0; i < n; i++) {
            sb.append(i == 0 ? "" : " ").append(pick(WORDS));
        }
        return sb.toString();
    }

    private boolean chance(int percent) {
        return random.nextInt(100) < percent;
    }

    private <T> T pick(T[] values) {
        return values[random.nextInt(values.length)];
    }

    private <T> T pick(List<T> values) {
        return values.get(random.nextInt(values.size()));
    }

    /**
     * The generator's random source, for mutators that must stay on the same seed.
     *
     * @return the random source
     */
    Random random() {
        return random;
    }
}
