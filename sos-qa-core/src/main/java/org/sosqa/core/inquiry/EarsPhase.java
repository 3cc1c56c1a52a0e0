package org.sosqa.core.inquiry;

/**
 * The four moves of an appreciative inquiry conversation, EARS (domain.md §5.1).
 */
public enum EarsPhase {
    /** Ask about a piece of work the person is proud of, or where Signs of Safety worked well. */
    ELICIT,
    /** Draw out behavioural detail: who did what, when, how, what made the difference. */
    AMPLIFY,
    /** Give it meaning: what it means to the person, the family, colleagues; the learning; scale pride 0-10. */
    REFLECT,
    /** Go round again for more behaviours and meanings. */
    START_OVER
}
