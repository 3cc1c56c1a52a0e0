package org.sosqa.rules.internal.statement;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The tokenizer folds words in place and numbers them in the vocabulary without making strings; the
 * reference here makes every string the simple way (substring, straight apostrophes, lower case,
 * possessive cut off, gap class from the raw gap), looks it up in a plain map, and finds sentence ends
 * and syllables (each word's and the whole text's) by the rules written out on strings. Both must agree
 * on every word of many seeded random texts: lexicon phrases, names, capitals, both apostrophes,
 * possessives, hyphens, punctuation, accented and other non-ASCII letters, combining marks and surrogate
 * pairs.
 */
class TokensReferenceTest {

    private static final Lexicon LEXICON = Lexicon.english();
    private static final Vocabulary VOCABULARY = Vocabulary.of(LEXICON);
    private static final Map<String, Integer> IDS = new HashMap<>();
    private static final Set<String> ABBREVIATIONS;

    static {
        for (int id = 0; id < VOCABULARY.table.size(); id++) {
            IDS.put(VOCABULARY.table.word(id), id);
        }
        List<String> abbreviations = new ArrayList<>();
        for (Phrase p : LEXICON.phrases(LexiconList.ABBREVIATIONS)) {
            abbreviations.add(p.keys().get(0));
        }
        ABBREVIATIONS = Set.copyOf(abbreviations);
    }

    @ParameterizedTest(name = "seed {0}")
    @ValueSource(longs = {3, 33, 333, 3333, 33333, 333333})
    void everyWordIsFoldedNumberedAndPlacedAsTheStringReferenceHasIt(long seed) {
        StatementGenerator generator = new StatementGenerator(seed);
        Random random = new Random(seed);
        for (int t = 0; t < 400; t++) {
            String text = generator.next();
            if (random.nextInt(3) == 0) {
                text = text.replace('\'', '\u2019');
            }
            Tokens tokens = Tokens.of(text, VOCABULARY);
            int[] sentences = referenceSentences(tokens);
            int syllables = 0;
            for (int i = 0; i < tokens.size; i++) {
                String where = "word " + i + ", seed " + seed + ": " + text;
                String form = text.substring(tokens.start[i], tokens.end[i]).replace('\u2019', '\'').toLowerCase(Locale.ROOT);
                String base = form;
                int baseEnd = tokens.end[i];
                if (form.length() > 2 && form.endsWith("'s")) {
                    base = form.substring(0, form.length() - 2);
                    baseEnd -= 2;
                } else if (form.length() > 1 && form.endsWith("'")) {
                    base = form.substring(0, form.length() - 1);
                    baseEnd -= 1;
                }
                assertEquals(form, tokens.form(i), where);
                assertEquals(base, tokens.base(i), where);
                assertEquals(base.length(), tokens.baseLength(i), where);
                assertEquals(baseEnd, tokens.baseEnd[i], where);
                assertEquals(IDS.getOrDefault(form, -1), tokens.formId[i], where);
                assertEquals(IDS.getOrDefault(base, -1), tokens.baseId[i], where);
                String gap = i == 0 ? "" : Tokens.gapClass(text.substring(tokens.end[i - 1], tokens.start[i]));
                assertEquals(gap, tokens.gap(i), where);
                assertEquals(i == 0 ? -1 : IDS.getOrDefault(gap, -1), tokens.gapId[i], where);
                assertEquals(sentences[i], tokens.sentence[i], where);
                assertEquals(SyllablesReferenceTest.reference(form), tokens.syllables(i), where);
                syllables += SyllablesReferenceTest.reference(form);
            }
            assertEquals(syllables, tokens.syllableCount, text);
            assertEquals(tokens.size == 0 ? 0 : sentences[tokens.size - 1] + 1, tokens.sentenceCount, text);
        }
    }

    @ParameterizedTest(name = "seed {0}")
    @ValueSource(longs = {8, 88})
    void aVocabularyOfAbbreviationsOnlyCutsSentencesTheSameWay(long seed) {
        StatementGenerator generator = new StatementGenerator(seed);
        for (int t = 0; t < 300; t++) {
            String text = generator.next();
            Tokens full = Tokens.of(text, VOCABULARY);
            Tokens bare = Tokens.of(text, ABBREVIATIONS);
            assertEquals(full.size, bare.size, text);
            for (int i = 0; i < full.size; i++) {
                assertEquals(full.sentence[i], bare.sentence[i], text);
                assertTrue(bare.formId[i] < 0 || ABBREVIATIONS.contains(bare.form(i)) || bare.form(i).equals(Tokens.SPACE)
                        || List.of("and", "or").contains(bare.form(i)), text);
            }
        }
    }

    /** Sentence numbers by the rules of {@link Tokens}, worked on strings. */
    private static int[] referenceSentences(Tokens tokens) {
        String text = tokens.text;
        int[] sentence = new int[tokens.size];
        int current = 0;
        for (int i = 1; i < tokens.size; i++) {
            String rawGap = text.substring(tokens.end[i - 1], tokens.start[i]);
            if (!rawGap.equals(" ") && endsSentence(text, rawGap, tokens, i)) {
                current++;
            }
            sentence[i] = current;
        }
        return sentence;
    }

    private static boolean endsSentence(String text, String rawGap, Tokens tokens, int next) {
        if (rawGap.contains("!") || rawGap.contains("?")) {
            return true;
        }
        int newline = rawGap.indexOf('\n');
        int first = text.codePointAt(tokens.start[next]);
        if (newline >= 0 && (rawGap.indexOf('\n', newline + 1) >= 0 || Character.isUpperCase(first)
                || Character.isTitleCase(first) || Character.isDigit(first) || rawGap.matches("(?s).*[-*\u2022\u2013].*"))) {
            return true;
        }
        int dot = rawGap.indexOf('.');
        if (dot < 0 || rawGap.substring(dot + 1).chars().noneMatch(c -> Character.isWhitespace(c) || Character.isSpaceChar(c))) {
            return false;
        }
        String before = tokens.base(next - 1);
        if (ABBREVIATIONS.contains(before) || (before.length() == 1 && Character.isLetter(before.charAt(0)))) {
            return false;
        }
        return !Character.isLowerCase(first);
    }
}
