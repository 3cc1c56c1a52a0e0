package org.sosqa.rules.internal.statement;

/**
 * The files a lexicon is made of. Each language has one folder with these file names; a rule author's
 * folder uses the same names to add to them. See {@link Lexicon} for the line format of each type.
 */
public enum LexiconList {

    /** Professional labels and acronyms a family would not use (domain.md §1.4). */
    JARGON("jargon.txt", Type.PHRASES),
    /** Diagnoses, conditions and abuse-category labels: what a statement must not consist of alone. */
    DIAGNOSES("diagnoses.txt", Type.PHRASES),
    /** Words that say someone is worried: "worried", "concerned", "think that". */
    WORRIED_MARKERS("worried-markers.txt", Type.PHRASES),
    /** Agencies, professionals and the speaking "we": who can be worried besides the family. */
    AGENCY_WORDS("agency-words.txt", Type.PHRASES),
    /** Parents, carers and relatives: who looks after the child. */
    CAREGIVER_WORDS("caregiver-words.txt", Type.PHRASES),
    /** Words for a child: "Amy" is found by the named-person heuristic instead. */
    CHILD_WORDS("child-words.txt", Type.PHRASES),
    /** Subject pronouns: the doer of a behaviour, or a named child referred back to. */
    PERSON_PRONOUNS("person-pronouns.txt", Type.PHRASES),
    /** Object and possessive pronouns: only ever a named child referred back to. */
    OBJECT_PRONOUNS("object-pronouns.txt", Type.PHRASES),
    /** What introduces the consequence for the child: "could", "might", "at risk of", "which means". */
    IMPACT_MARKERS("impact-markers.txt", Type.PHRASES),
    /** Plain words for hurt to a child: "hurt", "scared", "hungry", "miss school". */
    HARM_WORDS("harm-words.txt", Type.PHRASES),
    /** What a caregiver does or fails to do, as verbs: "hits", "shouts", "left her alone". */
    BEHAVIOUR_VERBS("behaviour-verbs.txt", Type.PHRASES),
    /** Goal wording about what will stop: "will not", "no longer", "never", "stop". */
    NEGATIVE_FRAMING("negative-framing.txt", Type.PHRASES),
    /** Words that put a goal in the future: "will", "is going to". */
    FUTURE_MARKERS("future-markers.txt", Type.PHRASES),
    /** Observable things a person will do in a goal: "take", "check", "talk", "sort out". */
    GOAL_ACTIONS("goal-actions.txt", Type.PHRASES),
    /** What a child will be experiencing in a goal: "feel safe", "go to school", "be looked after". */
    CHILD_EXPERIENCE("child-experience.txt", Type.PHRASES),
    /** Words that describe safety or danger on a scale anchor. */
    SCALE_SAFETY("scale-safety-words.txt", Type.PHRASES),
    /** Words that tie a scale anchor to closing the case or to where the child can live. */
    SCALE_CLOSURE("scale-closure-words.txt", Type.PHRASES),
    /** Capitalised words that are never a person's name ("When", "Monday"). */
    NOT_NAMES("not-names.txt", Type.WORDS),
    /** Abbreviations whose full stop does not end a sentence ("Mr", "Dr"). */
    ABBREVIATIONS("abbreviations.txt", Type.WORDS),
    /** Attribution of information to a person, with {@code @person} where the person goes. */
    DFV_ATTRIBUTION("dfv-attribution.txt", Type.TEMPLATES),
    /** Regular expressions for how long a change must be seen: "for six months". */
    DURATION("duration.txt", Type.PATTERNS),
    /** Regular expressions for when or how often something happened: "on 24 February 2026". */
    TIME_EXPRESSIONS("time-expressions.txt", Type.PATTERNS),
    /** Numeric settings: length limits and word windows. */
    LIMITS("limits.txt", Type.SETTINGS);

    /** How the lines of a file are read. */
    public enum Type {
        /** One phrase a line; words match whole words, case-insensitively. */
        PHRASES,
        /** One word a line. */
        WORDS,
        /** One phrase a line containing {@code @person}. */
        TEMPLATES,
        /** One Java regular expression a line, with {@code define} lines. */
        PATTERNS,
        /** {@code name = whole number} lines. */
        SETTINGS
    }

    private final String fileName;
    private final Type type;

    LexiconList(String fileName, Type type) {
        this.fileName = fileName;
        this.type = type;
    }

    /** The file's name in a lexicon folder. */
    public String fileName() {
        return fileName;
    }

    /** How its lines are read. */
    public Type type() {
        return type;
    }
}
