package org.sosqa.rules.internal.statement;

import static org.sosqa.rules.internal.statement.LexiconList.BEHAVIOUR_VERBS;
import static org.sosqa.rules.internal.statement.LexiconList.CHILD_EXPERIENCE;
import static org.sosqa.rules.internal.statement.LexiconList.DIAGNOSES;
import static org.sosqa.rules.internal.statement.LexiconList.FUTURE_MARKERS;
import static org.sosqa.rules.internal.statement.LexiconList.GOAL_ACTIONS;
import static org.sosqa.rules.internal.statement.LexiconList.HARM_WORDS;
import static org.sosqa.rules.internal.statement.LexiconList.IMPACT_MARKERS;
import static org.sosqa.rules.internal.statement.LexiconList.JARGON;
import static org.sosqa.rules.internal.statement.LexiconList.NEGATIVE_FRAMING;
import static org.sosqa.rules.internal.statement.LexiconList.SCALE_CLOSURE;
import static org.sosqa.rules.internal.statement.LexiconList.SCALE_SAFETY;
import static org.sosqa.rules.internal.statement.LexiconList.WORRIED_MARKERS;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * The feature heuristics. Each looks for evidence within one sentence (a referring-back pronoun may
 * reach further) and returns the span from the first to the last word of that evidence, or null. The
 * words come from the lexicon; the windows (how many words may stand between two parts of the
 * evidence) from its {@code limits.txt}.
 */
final class Features {

    private static final Set<Mention.Role> WORRIED = EnumSet.of(
            Mention.Role.AGENCY, Mention.Role.CAREGIVER, Mention.Role.CHILD, Mention.Role.NAME);
    private static final Set<Mention.Role> DOERS = EnumSet.of(
            Mention.Role.CAREGIVER, Mention.Role.NAME, Mention.Role.PRONOUN);
    private static final Set<Mention.Role> GOAL_DOERS = EnumSet.of(
            Mention.Role.AGENCY, Mention.Role.CAREGIVER, Mention.Role.NAME, Mention.Role.PRONOUN);

    private final TextFacts f;
    private final int worriedWindow;
    private final int behaviourWindow;
    private final int impactWindow;
    private final int childWindow;
    private final int goalWindow;

    Features(TextFacts facts, Windows windows) {
        this.f = facts;
        this.worriedWindow = windows.worried();
        this.behaviourWindow = windows.behaviour();
        this.impactWindow = windows.impact();
        this.childWindow = windows.child();
        this.goalWindow = windows.goal();
    }

    /** How many words may stand between two parts of the evidence, from the lexicon's settings. */
    record Windows(int worried, int behaviour, int impact, int child, int goal) {

        static Windows of(Lexicon lexicon) {
            return new Windows(lexicon.setting("window.worried"), lexicon.setting("window.behaviour"),
                    lexicon.setting("window.impact"), lexicon.setting("window.child"), lexicon.setting("window.goal"));
        }
    }

    /**
     * Danger: a worry word with people before it, joined by "and", "or" or commas: "Children's social
     * care, Amy's school and Nana are worried".
     */
    Span whoIsWorried() {
        for (Match worry : f.all(WORRIED_MARKERS)) {
            int k = f.nearestBefore(worry.first(), worriedWindow, WORRIED);
            if (k < 0) {
                continue;
            }
            Mention first = f.mentions.get(k);
            while (k > 0) {
                Mention previous = f.mentions.get(k - 1);
                if (!WORRIED.contains(previous.role()) || !f.sameSentence(previous.first(), first.first())
                        || !joined(previous, first)) {
                    break;
                }
                first = previous;
                k--;
            }
            return new Span(first.start(), worry.end());
        }
        return null;
    }

    /** Whether two people are joined by "and", "or", a comma or "&amp;": "Mum and Dad", "the school, Nana". */
    private boolean joined(Mention previous, Mention next) {
        int between = next.first() - previous.last();
        Vocabulary words = f.tokens.vocabulary;
        if (between == 0) {
            int gap = f.tokens.gapId[next.first()];
            return gap == words.comma || gap == words.ampersand;
        }
        if (between != 1) {
            return false;
        }
        int form = f.tokens.formId[previous.last()];
        return form == words.and || form == words.or;
    }

    /**
     * Danger and harm: a behaviour verb whose nearest person before it, in the window, is a caregiver,
     * a name or a pronoun: "Dad drinks", "she stays in bed". A possessive right before the verb owns a
     * noun rather than doing something ("Dad's drinking"), so it does not count.
     */
    Act behaviour() {
        for (Match verb : f.all(BEHAVIOUR_VERBS)) {
            Mention doer = f.nearestBefore(verb.first(), behaviourWindow);
            boolean owner = doer != null && doer.last() == verb.first() && f.tokens.possessive(doer.last() - 1);
            if (doer != null && DOERS.contains(doer.role()) && !owner) {
                return new Act(doer, verb);
            }
        }
        return null;
    }

    /** Someone doing something. */
    record Act(Mention doer, Match verb) {
        Span span() {
            return doer.span().union(verb.span());
        }
    }

    /**
     * Harm: the caregiver or name who did the behaviour; when that was "he", "she" or "they", the
     * caregiver or name last mentioned before, with the act ("Steve is Mum's partner. On Friday he
     * punched"); when no behaviour was found, the first caregiver mentioned.
     */
    Span who(Act behaviour) {
        if (behaviour == null) {
            for (Mention m : f.mentions) {
                if (m.role() == Mention.Role.CAREGIVER) {
                    return m.span();
                }
            }
            return null;
        }
        if (behaviour.doer().role() != Mention.Role.PRONOUN) {
            return behaviour.doer().span();
        }
        for (int k = f.lastMentionEndingBy(behaviour.doer().first()); k >= 0; k--) {
            Mention m = f.mentions.get(k);
            if (m.role() == Mention.Role.CAREGIVER || m.role() == Mention.Role.NAME) {
                return m.span().union(behaviour.span());
            }
        }
        return null;
    }

    /**
     * Danger: a harm word that is not part of a jargon label, with an impact marker ("could", "at risk
     * of") before it within the window (the nearest one), and a child near them: "Leo could be badly hurt".
     */
    Span dangerImpact() {
        List<Match> markers = f.all(IMPACT_MARKERS);
        int next = 0;
        Match marker = null;
        for (Match harm : f.all(HARM_WORDS)) {
            while (next < markers.size() && markers.get(next).last() <= harm.first()) {
                marker = markers.get(next++);
            }
            if (marker == null || harm.first() - marker.last() > impactWindow
                    || !f.sameSentence(marker.first(), harm.first())
                    || f.overlaps(JARGON, harm.first(), harm.last())) {
                continue;
            }
            Span child = f.childNear(marker.first(), harm.last(), childWindow);
            if (child != null) {
                return child.union(marker.span()).union(harm.span());
            }
        }
        return null;
    }

    /** Harm: a harm word (not inside jargon) with a child near it: "bruises on Amy's upper arm". */
    Span harmImpact() {
        for (Match harm : f.all(HARM_WORDS)) {
            if (f.overlaps(JARGON, harm.first(), harm.last())) {
                continue;
            }
            Span child = f.childNear(harm.first(), harm.last(), childWindow);
            if (child != null) {
                return child.union(harm.span());
            }
        }
        return null;
    }

    /** Any: the first diagnosis or label, when no behaviour verb appears anywhere in the text. */
    Span diagnosisOnly() {
        Match label = f.first(DIAGNOSES);
        return label != null && f.all(BEHAVIOUR_VERBS).isEmpty() ? label.span() : null;
    }

    /** Goal: a future marker and the word after it, unless that starts or is part of negative framing. */
    Span positiveFuture() {
        for (Match future : f.all(FUTURE_MARKERS)) {
            int next = future.last();
            if (next >= f.tokens.size || !f.sameSentence(future.first(), next)
                    || f.overlaps(NEGATIVE_FRAMING, future.first(), future.last())
                    || f.startsAt(NEGATIVE_FRAMING, next)) {
                continue;
            }
            return new Span(future.start(), f.tokens.end[next]);
        }
        return null;
    }

    /**
     * Goal: a goal action whose nearest person before it, in the window, is a caregiver, agency, name or
     * pronoun, with no negative framing between: "Dad will stay at Nana's".
     */
    Span observableBehaviour() {
        for (Match action : f.all(GOAL_ACTIONS)) {
            Mention doer = f.nearestBefore(action.first(), goalWindow);
            if (doer == null || !GOAL_DOERS.contains(doer.role())
                    || f.overlaps(NEGATIVE_FRAMING, doer.last(), action.first())) {
                continue;
            }
            return doer.span().union(action.span());
        }
        return null;
    }

    /** Goal: a child-experience phrase with a child near it: "Amy will feel safe". */
    Span childExperience() {
        for (Match experience : f.all(CHILD_EXPERIENCE)) {
            Span child = f.childNear(experience.first(), experience.last(), childWindow);
            if (child != null) {
                return child.union(experience.span());
            }
        }
        return null;
    }

    /** Scale anchor: a safety or danger word that is not part of a jargon label. */
    Span safetyDescribed() {
        for (Match m : f.all(SCALE_SAFETY)) {
            if (!f.overlaps(JARGON, m.first(), m.last())) {
                return m.span();
            }
        }
        return null;
    }

    /** Scale anchor: closing the case or where the child can live. */
    Span closureOrLivingArrangement() {
        Match m = f.first(SCALE_CLOSURE);
        return m == null ? null : m.span();
    }

    /** Scale anchor: the first child word or name. */
    Span childReferenced() {
        for (Mention m : f.mentions) {
            if (TextFacts.CHILD_ROLES.contains(m.role())) {
                return m.span();
            }
        }
        return null;
    }

    /** Any: the first negative-framing phrase. */
    Span negativeFraming() {
        Match m = f.first(NEGATIVE_FRAMING);
        return m == null ? null : m.span();
    }
}
