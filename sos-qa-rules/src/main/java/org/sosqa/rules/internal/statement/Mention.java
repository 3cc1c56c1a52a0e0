package org.sosqa.rules.internal.statement;

/**
 * A reference to a person in a text: "Children's social care", "Grandma Pat", "Amy's dad", "she".
 *
 * @param role what kind of person
 * @param first first word
 * @param last word after the last
 * @param start first character
 * @param end character after the last (a final possessive "'s" left out)
 */
record Mention(Role role, int first, int last, int start, int end) {

    /** Kinds of person reference, from the lexicon's word lists and the named-person heuristic. */
    enum Role {
        /** An agency, a professional or the speaking "we" ({@code agency-words.txt}). */
        AGENCY,
        /** A parent, carer or relative ({@code caregiver-words.txt}). */
        CAREGIVER,
        /** A child ({@code child-words.txt}). */
        CHILD,
        /** He, she, they ({@code person-pronouns.txt}). */
        PRONOUN,
        /** Him, her, them, his, their ({@code object-pronouns.txt}). */
        OBJECT_PRONOUN,
        /** A capitalised word that no list knows and {@code not-names.txt} does not exclude: "Amy". */
        NAME
    }

    Span span() {
        return new Span(start, end);
    }
}
