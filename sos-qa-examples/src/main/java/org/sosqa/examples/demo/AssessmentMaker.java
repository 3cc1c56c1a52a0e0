package org.sosqa.examples.demo;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.sosqa.core.Agreement;
import org.sosqa.core.Assessment;
import org.sosqa.core.Child;
import org.sosqa.core.ChildVoiceTool;
import org.sosqa.core.ChildVoiceWork;
import org.sosqa.core.ComplicatingFactor;
import org.sosqa.core.DangerStatement;
import org.sosqa.core.ExistingSafety;
import org.sosqa.core.ExistingStrength;
import org.sosqa.core.FamilyPosition;
import org.sosqa.core.HarmStatement;
import org.sosqa.core.NetworkMember;
import org.sosqa.core.NextStep;
import org.sosqa.core.Participant;
import org.sosqa.core.PlanRule;
import org.sosqa.core.Role;
import org.sosqa.core.SafetyGoal;
import org.sosqa.core.SafetyPlan;
import org.sosqa.core.SafetyScale;
import org.sosqa.core.ScaleRating;
import org.sosqa.core.ServiceStage;

/**
 * One version of a case's assessment and plan, written at one level of practice: each element is done
 * well with chance {@code q}, and otherwise done as records too often show it, or left out.
 */
final class AssessmentMaker {

    private final SplittableRandom random;
    private final double q;
    private final LocalDate date;
    private final int version;
    private final List<Child> kids;
    private final LocalDate opened;
    private final FamilyMaker.Family family;
    private final List<Wording.Worry> worries;
    private final ServiceStage stage;
    private final int score;

    AssessmentMaker(SplittableRandom random, double q, LocalDate date, int version, List<Child> kids, LocalDate opened,
            FamilyMaker.Family family, List<Wording.Worry> worries, ServiceStage stage, int score) {
        this.random = random;
        this.q = q;
        this.date = date;
        this.version = version;
        this.kids = kids;
        this.opened = opened;
        this.family = family;
        this.worries = worries;
        this.stage = stage;
        this.score = score;
    }

    Assessment make() {
        List<HarmStatement> harms = new ArrayList<>();
        List<DangerStatement> dangers = new ArrayList<>();
        List<ExistingSafety> safety = new ArrayList<>();
        List<ComplicatingFactor> complicating = new ArrayList<>();
        List<PlanRule> rules = new ArrayList<>();
        List<String> keepers = family.natural().subList(0, Math.min(2, family.natural().size()));
        for (int i = 0; i < worries.size(); i++) {
            Wording.Worry w = worries.get(i);
            String dangerId = "d-" + (i + 1);
            if (stage != ServiceStage.EARLY_HELP && i < 2) {
                harms.add(new HarmStatement("h-" + (i + 1), pick(well() ? w.harmGood() : w.harmPoor())));
            }
            dangers.add(new DangerStatement(dangerId, danger(w), goal(w), well() ? scale(false) : null,
                    well() || well() ? pick(Agreement.values()) : null));
            if (well()) {
                safety.add(new ExistingSafety(pick(w.existingSafety()), dangerId));
            }
            if (random.nextInt(100) < 40) {
                complicating.add(new ComplicatingFactor(pick(w.complicating())));
            }
            boolean named = well();
            rules.add(new PlanRule("r-" + (i + 1), pick(w.planRules()), named ? keepers : List.of(), List.of(dangerId)));
        }
        if (safety.isEmpty() && random.nextBoolean()) {
            safety.add(new ExistingSafety(pick(Wording.SAFETY_AS_QUALITY), null));
        }
        List<ExistingStrength> strengths = new ArrayList<>();
        if (random.nextInt(100) < 85) {
            strengths.add(new ExistingStrength(pick(Wording.STRENGTHS)));
            if (well()) {
                strengths.add(new ExistingStrength(pick(Wording.STRENGTHS)));
            }
        }
        List<NetworkMember> network = new ArrayList<>();
        if (well()) {
            for (String p : family.natural()) {
                network.add(new NetworkMember(p, "Checks in with the family every week", well() || well()));
            }
        } else if (random.nextBoolean()) {
            network.add(new NetworkMember(pick(family.professionals()), null, true));
        }
        SafetyPlan plan = null;
        if (stage != ServiceStage.EARLY_HELP && version > 1 && well()) {
            List<LocalDate> reviews = well() ? List.of(date.minusDays(7 + random.nextInt(30))) : List.of();
            plan = new SafetyPlan(well() ? date.minusDays(40 + random.nextInt(20)) : null, reviews,
                    well() ? date.plusDays(42 + random.nextInt(50)) : null, rules);
        }
        return new Assessment(version, date, participants(network), harms, dangers,
                random.nextInt(100) < 90 ? scale(true) : null, complicating, strengths, safety, steps(), network,
                plan, voice(), well() ? new FamilyPosition(pick(Agreement.values()), well() ? pick(Wording.FAMILY_POSITION)
                        : null) : null);
    }

    private String danger(Wording.Worry w) {
        double roll = random.nextDouble();
        if (roll < q) {
            return pick(Wording.WHO_IS_WORRIED) + pick(w.dangerGood());
        }
        return roll < q + (1 - q) / 2 ? pick(w.dangerMid()) : pick(w.dangerPoor());
    }

    private SafetyGoal goal(Wording.Worry w) {
        return new SafetyGoal(pick(well() ? w.goalGood() : w.goalPoor()), well() ? pick(w.familyGoal()) : null);
    }

    /** A scale: the overall judgement when {@code judgement}, else one danger statement's. */
    private SafetyScale scale(boolean judgement) {
        List<ScaleRating> ratings = new ArrayList<>();
        ratings.add(new ScaleRating(Role.WORKER, null, score, well() ? pick(Wording.REASONS) : null));
        if (well()) {
            ratings.add(new ScaleRating(Role.PARENT, "p-mum", Math.min(10, score + 2 + random.nextInt(3)),
                    well() ? pick(Wording.REASONS) : null));
        }
        if (judgement && olderThan(7) && well()) {
            ratings.add(new ScaleRating(Role.CHILD, null, Math.min(10, score + random.nextInt(4)),
                    well() ? pick(Wording.CHILD_WORDS) : null));
        }
        if (judgement && !family.natural().isEmpty() && well() && well()) {
            ratings.add(new ScaleRating(Role.NETWORK_MEMBER, family.natural().get(0),
                    Math.min(10, score + random.nextInt(3)), null));
        }
        boolean anchors = well();
        return new SafetyScale(anchors ? pick(Wording.TEN_MEANS) : null, anchors ? pick(Wording.ZERO_MEANS) : null,
                ratings);
    }

    private List<Participant> participants(List<NetworkMember> network) {
        List<Participant> out = new ArrayList<>();
        out.add(new Participant(Role.WORKER, null));
        if (random.nextDouble() < q + 0.2) {
            out.add(new Participant(Role.PARENT, "p-mum"));
        }
        if (well()) {
            out.add(new Participant(Role.MANAGER, null));
        }
        for (NetworkMember m : network) {
            if (family.natural().contains(m.personId()) && well()) {
                out.add(new Participant(Role.NETWORK_MEMBER, m.personId()));
            }
        }
        if (olderThan(7) && well()) {
            out.add(new Participant(Role.CHILD, null));
        }
        if (random.nextBoolean()) {
            out.add(new Participant(Role.OTHER_AGENCY, "p-teacher"));
        }
        return out;
    }

    private List<NextStep> steps() {
        List<NextStep> out = new ArrayList<>();
        for (int i = 1 + random.nextInt(3); i > 0; i--) {
            boolean good = well();
            out.add(new NextStep(pick(Wording.STEPS), good || random.nextBoolean() ? pick(Wording.STEP_WHO) : null,
                    good ? date.plusDays(7 + random.nextInt(35)) : null));
        }
        return out;
    }

    private List<ChildVoiceWork> voice() {
        List<ChildVoiceWork> out = new ArrayList<>();
        for (Child k : kids) {
            int age = k.ageOn(date, opened);
            if (age < 4 || age > 17) {
                continue;
            }
            if (well()) {
                ChildVoiceTool tool = age < 7 ? ChildVoiceTool.FAIRY_AND_WIZARD
                        : random.nextInt(4) == 0 ? ChildVoiceTool.SAFETY_HOUSE : ChildVoiceTool.THREE_HOUSES;
                out.add(new ChildVoiceWork(k.id(), tool, date, well(), well() ? pick(Wording.CHILD_WORDS) : null));
            }
            if (random.nextDouble() < q * 0.8) {
                out.add(new ChildVoiceWork(k.id(), ChildVoiceTool.WORDS_AND_PICTURES, date, true, null));
            }
        }
        return out;
    }

    private boolean olderThan(int years) {
        return kids.stream().anyMatch(k -> k.ageOn(date, opened) >= years);
    }

    private boolean well() {
        return random.nextDouble() < q;
    }

    private <T> T pick(List<T> values) {
        return values.get(random.nextInt(values.size()));
    }

    private <T> T pick(T[] values) {
        return values[random.nextInt(values.length)];
    }
}
