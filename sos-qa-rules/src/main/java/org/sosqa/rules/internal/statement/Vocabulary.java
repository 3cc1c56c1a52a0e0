package org.sosqa.rules.internal.statement;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Set;

/**
 * The words and gap classes ({@link Tokens}) a lexicon's phrases, word lists and templates are made
 * of, numbered in one {@link WordTable}, with what the tokenizer and the matchers ask of a word by its
 * number: is it an abbreviation, can it not be a name. The gap class {@code " "} is always number
 * {@link #SPACE}. Immutable once built.
 */
final class Vocabulary {

    /** The number of the gap class {@code " "}: words joined by white space or a lone hyphen. */
    static final int SPACE = 0;

    final WordTable table;
    private final boolean[] abbreviation;
    private final boolean[] notName;
    /** "and", "or", "," and "&amp;": what joins people into one subject ({@link Features}). */
    final int and;
    final int or;
    final int comma;
    final int ampersand;

    private Vocabulary(Collection<String> words, Collection<String> abbreviations, Collection<String> notNames) {
        List<String> all = new ArrayList<>();
        all.add(Tokens.SPACE);
        all.addAll(List.of("and", "or", ",", "&"));
        all.addAll(words);
        all.addAll(abbreviations);
        all.addAll(notNames);
        this.table = new WordTable(all);
        this.abbreviation = flags(abbreviations);
        this.notName = flags(notNames);
        this.and = table.id("and");
        this.or = table.id("or");
        this.comma = table.id(",");
        this.ampersand = table.id("&");
    }

    /** The vocabulary of a lexicon: every word and gap class of its phrases, word lists and templates. */
    static Vocabulary of(Lexicon lexicon) {
        List<String> words = new ArrayList<>();
        for (LexiconList list : LexiconList.values()) {
            if (list.type() == LexiconList.Type.PHRASES || list.type() == LexiconList.Type.WORDS) {
                for (Phrase phrase : lexicon.phrases(list)) {
                    addKeys(words, phrase.keys());
                }
            }
        }
        for (Template t : lexicon.templates()) {
            addKeys(words, t.before());
            addKeys(words, t.after());
            words.add(t.personGap());
            words.add(t.anchor());
        }
        return new Vocabulary(words, firstWords(lexicon, LexiconList.ABBREVIATIONS),
                firstWords(lexicon, LexiconList.NOT_NAMES));
    }

    /** A vocabulary that knows only some abbreviations: enough to cut a text into words and sentences. */
    static Vocabulary ofAbbreviations(Set<String> abbreviations) {
        return new Vocabulary(List.of(), abbreviations, List.of());
    }

    private static List<String> firstWords(Lexicon lexicon, LexiconList list) {
        List<String> words = new ArrayList<>();
        for (Phrase p : lexicon.phrases(list)) {
            words.add(p.keys().get(0));
        }
        return words;
    }

    private static void addKeys(List<String> words, List<String> keys) {
        for (String key : keys) {
            int split = wordStart(key);
            if (split > 0) {
                words.add(key.substring(0, split));
            }
            words.add(key.substring(split));
        }
    }

    /**
     * Where the word of a phrase key begins: a key is a gap class then a word, and a gap class holds no
     * letter or digit while a word starts with one.
     */
    static int wordStart(String key) {
        int k = 0;
        while (k < key.length()) {
            int cp = key.codePointAt(k);
            if (Character.isLetterOrDigit(cp)) {
                return k;
            }
            k += Character.charCount(cp);
        }
        return k;
    }

    /** The number of the gap class of a key (its part before {@link #wordStart}); -1 for none or unknown. */
    int gapOf(String key) {
        int split = wordStart(key);
        return split == 0 ? -1 : table.id(key.substring(0, split));
    }

    /** The number of the word of a key; -1 if unknown. */
    int wordOf(String key) {
        return table.id(key.substring(wordStart(key)));
    }

    private boolean[] flags(Collection<String> words) {
        boolean[] flags = new boolean[table.size()];
        for (String word : words) {
            flags[table.id(word)] = true;
        }
        return flags;
    }

    /** Whether word number {@code id} is an abbreviation whose full stop does not end a sentence. */
    boolean abbreviation(int id) {
        return id >= 0 && abbreviation[id];
    }

    /** Whether word number {@code id} is never a name. */
    boolean notName(int id) {
        return id >= 0 && notName[id];
    }
}
