package org.sosqa.core.inquiry;

import java.util.ArrayList;
import java.util.List;

/**
 * Checks that an inquiry went through EARS (domain.md §5.1): it elicits a piece of work, amplifies it
 * into behavioural detail, reflects on what it meant, and a start-over goes round again. The checks are
 * the library's own reading of the EARS question bank, not a published standard.
 */
public final class EarsCheck {

    /** No turn elicits a piece of work. */
    public static final String NO_ELICIT = "ears.no-elicit";
    /** The first turn is not an elicit turn: the conversation did not start from the work. */
    public static final String STARTS_ELSEWHERE = "ears.starts-elsewhere";
    /** No turn amplifies: no behavioural detail was drawn out. */
    public static final String NO_AMPLIFY = "ears.no-amplify";
    /** No turn reflects: the work was never given meaning. */
    public static final String NO_REFLECT = "ears.no-reflect";
    /** A start-over is the last turn: the conversation did not go round again after it. */
    public static final String START_OVER_UNFINISHED = "ears.start-over-unfinished";
    /** Amplify turns were asked, but no behaviour was recorded. */
    public static final String NO_BEHAVIOURS = "ears.no-behaviours";
    /** Reflect turns were asked, but no meaning was recorded. */
    public static final String NO_MEANINGS = "ears.no-meanings";

    private EarsCheck() {
    }

    /**
     * The notes on one inquiry, in the order of the constants above.
     *
     * @param inquiry the inquiry
     * @return the notes; empty when the inquiry followed EARS
     */
    public static List<QualityNote> notes(InquiryRecord inquiry) {
        List<QualityNote> notes = new ArrayList<>();
        List<Turn> turns = inquiry.turns();
        boolean elicit = has(turns, EarsPhase.ELICIT);
        boolean amplify = has(turns, EarsPhase.AMPLIFY);
        boolean reflect = has(turns, EarsPhase.REFLECT);
        String id = inquiry.id();
        if (!elicit) {
            notes.add(new QualityNote(id, NO_ELICIT, "no turn elicits a piece of work the person is proud of"));
        } else if (!turns.isEmpty() && turns.get(0).phase() != EarsPhase.ELICIT) {
            notes.add(new QualityNote(id, STARTS_ELSEWHERE, "the first turn is " + turns.get(0).phase()
                    + ", not ELICIT: start from the piece of work"));
        }
        if (!amplify) {
            notes.add(new QualityNote(id, NO_AMPLIFY, "no turn amplifies: no behavioural detail was drawn out"));
        }
        if (!reflect) {
            notes.add(new QualityNote(id, NO_REFLECT, "no turn reflects: the work was never given meaning"));
        }
        if (!turns.isEmpty() && turns.get(turns.size() - 1).phase() == EarsPhase.START_OVER) {
            notes.add(new QualityNote(id, START_OVER_UNFINISHED,
                    "the last turn is START_OVER: going round again found no more behaviours or meanings"));
        }
        if (amplify && inquiry.behaviours().isEmpty()) {
            notes.add(new QualityNote(id, NO_BEHAVIOURS, "amplify turns were asked but no behaviour was recorded"));
        }
        if (reflect && inquiry.meanings().isEmpty()) {
            notes.add(new QualityNote(id, NO_MEANINGS, "reflect turns were asked but no meaning was recorded"));
        }
        return List.copyOf(notes);
    }

    private static boolean has(List<Turn> turns, EarsPhase phase) {
        return turns.stream().anyMatch(t -> t.phase() == phase);
    }
}
