package org.sosqa.rules.internal.statement;

import java.util.List;
import java.util.Set;

/**
 * A phrase with a place for a person: {@code "@person told"}, {@code "according to @person"},
 * {@code "@person's account"}.
 *
 * @param before the keys of the words before the person (first word as a form), maybe empty
 * @param personGap the gap class between the word before and the person; unused when {@code before} is empty
 * @param possessive whether the person is written {@code @person's}
 * @param after the keys (gap class and form) of the words after the person, maybe empty
 * @param anchor the form of the word right after the person, or if none right before: where to look
 * @param source where it was read, {@code file:line}
 */
record Template(List<String> before, String personGap, boolean possessive, List<String> after, String anchor,
                String source) {

    static final String PLACEHOLDER = "@person";
    /** Stands for the person while the template is cut into words: letters that no text uses. */
    private static final String SENTINEL = "qqpersonqq";

    Template {
        before = List.copyOf(before);
        after = List.copyOf(after);
    }

    /**
     * Reads a template line.
     *
     * @throws IllegalArgumentException with a message for the author when the line is not a template
     */
    static Template of(String text, String source) {
        int at = text.indexOf(PLACEHOLDER);
        if (at < 0 || text.indexOf(PLACEHOLDER, at + 1) >= 0) {
            throw new IllegalArgumentException("a line must contain " + PLACEHOLDER + " exactly once");
        }
        int after = at + PLACEHOLDER.length();
        if (after < text.length() && Character.isLetterOrDigit(text.charAt(after))) {
            throw new IllegalArgumentException(PLACEHOLDER + " must stand as a word of its own");
        }
        Tokens tokens = Tokens.of(text.substring(0, at) + SENTINEL + text.substring(after), Set.of());
        int person = -1;
        for (int i = 0; i < tokens.size; i++) {
            if (tokens.base(i).equals(SENTINEL)) {
                person = i;
            }
        }
        if (tokens.size < 2) {
            throw new IllegalArgumentException("a line needs words besides " + PLACEHOLDER);
        }
        String[] before = new String[person];
        for (int i = 0; i < person; i++) {
            before[i] = i == 0 ? tokens.form(0) : tokens.link(i);
        }
        String[] rest = new String[tokens.size - person - 1];
        for (int i = person + 1; i < tokens.size; i++) {
            rest[i - person - 1] = tokens.link(i);
        }
        String anchor = person + 1 < tokens.size ? tokens.form(person + 1) : tokens.form(person - 1);
        return new Template(List.of(before), tokens.gap(person), tokens.possessive(person), List.of(rest), anchor,
                source);
    }
}
