package org.sosqa.core;

/** The parts of the assessment and plan that carry a label people read (domain.md §1.1). */
public enum MapElement {
    /** Harm statement. */
    HARM_STATEMENT,
    /** Danger statement (worry statement in some places and services). */
    DANGER_STATEMENT,
    /** Safety goal (wellbeing goal, success goal). */
    SAFETY_GOAL,
    /** Safety scale (the 0-10 judgement). */
    SAFETY_SCALE,
    /** Complicating factors. */
    COMPLICATING_FACTOR,
    /** Existing strengths. */
    EXISTING_STRENGTH,
    /** Existing safety. */
    EXISTING_SAFETY,
    /** Next steps. */
    NEXT_STEP,
    /** Safety network. */
    SAFETY_NETWORK,
    /** Safety plan. */
    SAFETY_PLAN
}
