package org.sosqa.rules.internal.statement;

import java.util.List;

/**
 * A lexicon phrase as word keys: the first word's form, then each following word's
 * {@linkplain Tokens gap class and form}, so that "S.17" and "s 17" are different phrases.
 *
 * @param keys the keys, never empty
 * @param capitalsOnly whether it matches only text written in capitals (an entry written {@code =DA}:
 *     the acronym, not the Scottish "da" for dad)
 * @param source where it was read, {@code file:line}
 */
record Phrase(List<String> keys, boolean capitalsOnly, String source) {

    Phrase {
        keys = List.copyOf(keys);
        if (keys.isEmpty()) {
            throw new IllegalArgumentException("a phrase has words");
        }
    }

    /** The phrase's words as found in {@code text}; null when it has none. */
    static Phrase of(String text, boolean capitalsOnly, String source) {
        Tokens tokens = Tokens.of(text, java.util.Set.of());
        if (tokens.size == 0) {
            return null;
        }
        String[] keys = new String[tokens.size];
        for (int i = 0; i < tokens.size; i++) {
            keys[i] = i == 0 ? tokens.form(0) : tokens.link(i);
        }
        return new Phrase(List.of(keys), capitalsOnly, source);
    }
}
