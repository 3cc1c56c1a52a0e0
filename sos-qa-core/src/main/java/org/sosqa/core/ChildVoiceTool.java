package org.sosqa.core;

/** The tools for hearing and explaining to a child (domain.md §1.3, "Child's-voice tools"). */
public enum ChildVoiceTool {
    /** Three Houses: house of worries, house of good things, house of dreams. */
    THREE_HOUSES,
    /** The Fairy and Wizard tool, the same three questions for younger children. */
    FAIRY_AND_WIZARD,
    /** The Safety House, involving the child in safety planning. */
    SAFETY_HOUSE,
    /** Words and Pictures: a child-friendly explanation of why professionals are involved. */
    WORDS_AND_PICTURES
}
