package org.sosqa.rules.internal.audit;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.sosqa.core.Assessment;
import org.sosqa.core.CaseRecord;
import org.sosqa.core.Child;
import org.sosqa.core.ChildVoiceTool;
import org.sosqa.core.ChildVoiceWork;
import org.sosqa.core.DangerStatement;
import org.sosqa.core.ExistingSafety;
import org.sosqa.core.HarmStatement;
import org.sosqa.core.NetworkMember;
import org.sosqa.core.NextStep;
import org.sosqa.core.Participant;
import org.sosqa.core.Person;
import org.sosqa.core.PlanRule;
import org.sosqa.core.Role;
import org.sosqa.core.SafetyPlan;
import org.sosqa.core.SafetyScale;
import org.sosqa.core.ScaleRating;
import org.sosqa.rules.StatementKind;
import org.sosqa.rules.TextSpan;
import org.sosqa.rules.facts.ChildFact;
import org.sosqa.rules.facts.DangerFact;
import org.sosqa.rules.facts.ExistingSafetyFact;
import org.sosqa.rules.facts.MapFact;
import org.sosqa.rules.facts.NetworkMemberFact;
import org.sosqa.rules.facts.NextStepFact;
import org.sosqa.rules.facts.Parameters;
import org.sosqa.rules.facts.PlanFact;
import org.sosqa.rules.facts.PlanRuleFact;
import org.sosqa.rules.facts.RatingFact;
import org.sosqa.rules.facts.ScaleFact;
import org.sosqa.rules.facts.StatementFact;
import org.sosqa.rules.facts.TrajectoryFact;
import org.sosqa.rules.internal.statement.JargonHit;
import org.sosqa.rules.internal.statement.Signal;
import org.sosqa.rules.internal.statement.Span;
import org.sosqa.rules.internal.statement.StatementAnalysis;
import org.sosqa.rules.internal.statement.StatementAnalyzer;

/**
 * Derives the facts rules see from one case. Only the current map is turned into facts, except the
 * judgement's trajectory, which reads every version. Pure: the same case gives equal facts.
 */
public final class CaseFacts {
    private final StatementAnalyzer analyzer;
    private final Parameters parameters;
    private final SafetyWording wording;

    /**
     * @param analyzer the statement analyzer
     * @param parameters the rule pack's parameters
     * @param wording the words that tell protective action from a quality
     */
    public CaseFacts(StatementAnalyzer analyzer, Parameters parameters, SafetyWording wording) {
        this.analyzer = analyzer;
        this.parameters = parameters;
        this.wording = wording;
    }

    /** The rule pack's parameters. */
    public Parameters parameters() {
        return parameters;
    }

    /**
     * The facts of one case: always one {@link MapFact} and one {@link Parameters}, then the rest.
     *
     * @param record the case
     * @return the facts, in a stable order
     */
    public List<Object> derive(CaseRecord record) {
        List<Object> facts = new ArrayList<>();
        facts.add(parameters);
        int index = record.assessments().size() - 1;
        if (index < 0) {
            facts.add(new MapFact(record.id(), record.serviceStage(), false, "/assessments", null, 0,
                    0, 0, 0, 0, 0, false, false, false, false, 0));
            for (int c = 0; c < record.children().size(); c++) {
                facts.add(child(record, c, null, record.opened()));
            }
            return facts;
        }
        Assessment map = record.assessments().get(index);
        String path = "/assessments/" + index;
        // Loops rather than streams here and below: deriving facts runs for every audit.
        Set<String> natural = new HashSet<>();
        for (Person person : record.people()) {
            if (person.kind().isNaturalNetwork()) {
                natural.add(person.id());
            }
        }
        // Distinct people: the same person listed twice is still one person in the network.
        Set<String> naturalInNetwork = new HashSet<>();
        for (NetworkMember member : map.safetyNetwork()) {
            if (natural.contains(member.personId())) {
                naturalInNetwork.add(member.personId());
            }
        }
        boolean parentTookPart = false;
        boolean networkTookPart = false;
        for (Participant participant : map.participants()) {
            Role role = participant.role();
            parentTookPart |= role == Role.PARENT || role == Role.CAREGIVER;
            networkTookPart |= role == Role.NETWORK_MEMBER;
        }
        facts.add(new MapFact(record.id(), record.serviceStage(), true, path, map.date(), record.assessments().size(),
                map.dangerStatements().size(), map.harmStatements().size(), map.strengths().size(),
                map.existingSafety().size(), map.nextSteps().size(), map.safetyPlan() != null,
                parentTookPart, networkTookPart,
                map.familyPosition() != null && !isBlank(map.familyPosition().inTheirWords()),
                naturalInNetwork.size()));

        Set<String> addressed = new HashSet<>();
        if (map.safetyPlan() != null) {
            for (PlanRule rule : map.safetyPlan().rules()) {
                addressed.addAll(rule.addresses());
            }
        }
        for (int i = 0; i < map.harmStatements().size(); i++) {
            HarmStatement harm = map.harmStatements().get(i);
            facts.add(statement(StatementKind.HARM, harm.id(), path + "/harmStatements/" + i + "/text", harm.text()));
        }
        for (int i = 0; i < map.dangerStatements().size(); i++) {
            DangerStatement danger = map.dangerStatements().get(i);
            String dangerPath = path + "/dangerStatements/" + i;
            facts.add(statement(StatementKind.DANGER, danger.id(), dangerPath + "/text", danger.text()));
            facts.add(statement(StatementKind.GOAL, danger.id(), dangerPath + "/safetyGoal/text", danger.safetyGoal().text()));
            facts.add(new DangerFact(danger.id(), dangerPath,
                    danger.familyAgreement() != null, !isBlank(danger.safetyGoal().familyGoal()),
                    danger.scale() != null, addressed.contains(danger.id())));
            if (danger.scale() != null) {
                scale(facts, dangerPath + "/scale", false, danger.scale());
            }
        }
        if (map.judgement() != null) {
            scale(facts, path + "/judgement", true, map.judgement());
        }
        for (int i = 0; i < map.existingSafety().size(); i++) {
            ExistingSafety safety = map.existingSafety().get(i);
            facts.add(new ExistingSafetyFact(path + "/existingSafety/" + i + "/text",
                    safety.dangerStatementId() != null, wording.describesAction(safety.text())));
        }
        for (int i = 0; i < map.safetyNetwork().size(); i++) {
            NetworkMember member = map.safetyNetwork().get(i);
            facts.add(new NetworkMemberFact(path + "/safetyNetwork/" + i, member.personId(),
                    natural.contains(member.personId()), member.knowsTheWorries()));
        }
        SafetyPlan plan = map.safetyPlan();
        if (plan != null) {
            // The plan as it stood on the map's date: a review after it is not held against the map.
            LocalDate lastReview = null;
            for (LocalDate review : plan.reviews()) {
                if (!review.isAfter(map.date())) {
                    lastReview = review;
                }
            }
            LocalDate last = lastReview == null ? plan.agreed() : lastReview;
            facts.add(new PlanFact(path + "/safetyPlan", plan.rules().size(), lastReview != null,
                    last == null ? -1 : ChronoUnit.DAYS.between(last, map.date()), plan.nextReview() != null));
            for (int i = 0; i < plan.rules().size(); i++) {
                PlanRule rule = plan.rules().get(i);
                facts.add(new PlanRuleFact(path + "/safetyPlan/rules/" + i, rule.id(), rule.keptBy().size(),
                        rule.addresses().size()));
            }
        }
        for (int i = 0; i < map.nextSteps().size(); i++) {
            NextStep step = map.nextSteps().get(i);
            facts.add(new NextStepFact(path + "/nextSteps/" + i, !isBlank(step.who()), step.byWhen() != null,
                    step.byWhen() == null ? null : ChronoUnit.DAYS.between(map.date(), step.byWhen())));
        }
        for (int c = 0; c < record.children().size(); c++) {
            facts.add(child(record, c, map, map.date()));
        }
        facts.add(trajectory(record, path + "/judgement"));
        return facts;
    }

    private ChildFact child(CaseRecord record, int index, Assessment map, LocalDate on) {
        Child child = record.children().get(index);
        int age = child.ageOn(on, record.opened());
        boolean tools = false;
        boolean wordsAndPictures = false;
        boolean ownWords = false;
        int work = 0;
        if (map != null) {
            for (ChildVoiceWork item : map.childVoice()) {
                if (!item.childId().equals(child.id())) {
                    continue;
                }
                work++;
                if (item.tool() == ChildVoiceTool.WORDS_AND_PICTURES) {
                    wordsAndPictures = true;
                } else {
                    tools = true;
                }
                ownWords |= !isBlank(item.childWords());
            }
        }
        return new ChildFact(child.id(), "/children/" + index, age,
                age >= parameters.minAgeForTools(), age >= parameters.minAgeToScale(),
                tools, wordsAndPictures, ownWords, work);
    }

    private static void scale(List<Object> facts, String path, boolean judgement, SafetyScale scale) {
        int family = 0;
        boolean child = false;
        int lowest = -1;
        for (int i = 0; i < scale.ratings().size(); i++) {
            ScaleRating rating = scale.ratings().get(i);
            family += rating.rater().isFamily() ? 1 : 0;
            child |= rating.rater() == Role.CHILD;
            lowest = lowest < 0 ? rating.score() : Math.min(lowest, rating.score());
            facts.add(new RatingFact(path + "/ratings/" + i, rating.rater(), rating.score(), !isBlank(rating.reasons())));
        }
        facts.add(new ScaleFact(path, judgement, scale.anchorsDefined(), scale.ratings().size(), family, child, lowest));
    }

    private static TrajectoryFact trajectory(CaseRecord record, String path) {
        Integer current = null;
        LocalDate since = null;
        LocalDate latest = null;
        int points = 0;
        for (Assessment version : record.assessments()) {
            Integer score = workerScore(version);
            if (score == null) {
                continue;
            }
            points++;
            if (!score.equals(current)) {
                current = score;
                since = version.date();
            }
            latest = version.date();
        }
        long days = since == null ? 0 : ChronoUnit.DAYS.between(since, latest);
        return new TrajectoryFact(path, points, days);
    }

    private static Integer workerScore(Assessment version) {
        if (version.judgement() == null) {
            return null;
        }
        for (ScaleRating rating : version.judgement().ratings()) {
            if (rating.rater() == Role.WORKER) {
                return rating.score();
            }
        }
        return null;
    }

    /**
     * The statement fact of one text, as the audit and live feedback both see it.
     *
     * @param kind the statement's kind
     * @param id its id, or empty
     * @param path JSON Pointer to its text
     * @param text the text
     * @return the fact
     */
    public StatementFact statement(StatementKind kind, String id, String path, String text) {
        StatementAnalysis analysis = analyzer.analyze(kind, text);
        // Immutable collections made straight from arrays: the fact's constructor keeps them as they are,
        // where a HashSet or LinkedHashMap built here was copied there again.
        Map<String, Signal> found = analysis.features();
        String[] features = new String[found.size()];
        @SuppressWarnings("unchecked")
        Map.Entry<String, TextSpan>[] spans = new Map.Entry[found.size()];
        int count = 0;
        for (Map.Entry<String, Signal> feature : found.entrySet()) {
            Signal signal = feature.getValue();
            if (signal.present()) {
                features[count] = feature.getKey();
                spans[count] = Map.entry(feature.getKey(), span(signal.span().get()));
                count++;
            }
        }
        List<JargonHit> hits = analysis.jargon();
        String[] jargon = new String[hits.size()];
        TextSpan[] jargonSpans = new TextSpan[hits.size()];
        for (int j = 0; j < hits.size(); j++) {
            jargon[j] = hits.get(j).term();
            jargonSpans[j] = span(hits.get(j).span());
        }
        return new StatementFact(kind, id, path, Set.of(Arrays.copyOf(features, count)),
                Map.ofEntries(Arrays.copyOf(spans, count)), List.of(jargon), List.of(jargonSpans),
                analysis.diagnosisOnly().present(),
                spanOrNull(analysis.negativeFraming()),
                spanOrNull(analysis.sustainPeriod()),
                spanOrNull(analysis.dfvAttribution()),
                analysis.readability().words(), analysis.tooLong());
    }

    private static TextSpan spanOrNull(Signal signal) {
        return signal.present() ? span(signal.span().get()) : null;
    }

    private static TextSpan span(Span span) {
        return new TextSpan(span.start(), span.end());
    }

    private static boolean isBlank(String text) {
        return text == null || text.isBlank();
    }
}
