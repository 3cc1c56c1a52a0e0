package org.sosqa.rules.internal.statement;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The open-addressed word table finds what a plain map of the same words finds, and nothing else. */
class WordTableTest {

    private static final String CHARACTERS = "abcdefghijklmnopqrstuvwxyz'.,&/ -0123456789éß\u2019İ";

    @ParameterizedTest(name = "seed {0}")
    @ValueSource(longs = {2, 22, 222, 2222})
    void looksUpAsAMapDoes(long seed) {
        Random random = new Random(seed);
        List<String> words = new ArrayList<>();
        for (int k = 0; k < 1 + random.nextInt(2000); k++) {
            words.add(randomWord(random));
        }
        WordTable table = new WordTable(words);
        Map<String, Integer> reference = new HashMap<>();
        for (String word : words) {
            reference.putIfAbsent(word, reference.size());
        }
        assertEquals(reference.size(), table.size());
        for (int t = 0; t < 20_000; t++) {
            String probe = random.nextBoolean() ? words.get(random.nextInt(words.size())) : randomWord(random);
            char[] padded = ("#" + probe + "##").toCharArray();
            int expected = reference.getOrDefault(probe, -1);
            assertEquals(expected, table.id(probe), probe);
            assertEquals(expected, table.id(padded, 1, probe.length(), WordTable.hash(probe)), probe);
            if (expected >= 0) {
                assertEquals(probe, table.word(expected));
            }
        }
    }

    @Test
    void wordsWithTheSameHashAreTold() {
        // "Aa" and "BB" have the same hash, as do every string made of them.
        List<String> words = List.of("AaAa", "AaBB", "BBAa", "BBBB", "Aa", "BB");
        WordTable table = new WordTable(words.subList(0, 3));
        assertEquals(WordTable.hash("AaAa"), WordTable.hash("BBBB"));
        assertEquals(0, table.id("AaAa"));
        assertEquals(1, table.id("AaBB"));
        assertEquals(2, table.id("BBAa"));
        assertEquals(-1, table.id("BBBB"));
        assertEquals(-1, table.id("Aa"));
        assertEquals(-1, table.id(""));
    }

    @Test
    void shortWordsArePackedOneToOneAndLongerOrWiderOnesAreNot() {
        assertEquals(0, WordTable.pack(new char[0], 0, 0));
        assertEquals(0, WordTable.pack("parenting".toCharArray(), 0, 9));   // nine characters
        assertEquals(0, WordTable.pack("\u0130ki".toCharArray(), 0, 3));      // beyond U+00FF
        long parents = WordTable.pack("parents'".toCharArray(), 0, 8);
        assertEquals(WordTable.pack("xparents'x".toCharArray(), 1, 8), parents);
        assertNotEquals(0, parents);
        assertNotEquals(WordTable.pack("parents".toCharArray(), 0, 7), parents);
        assertNotEquals(WordTable.pack("ab".toCharArray(), 0, 2), WordTable.pack("ba".toCharArray(), 0, 2));
        assertNotEquals(WordTable.pack("a".toCharArray(), 0, 1), WordTable.pack("aa".toCharArray(), 0, 2));
        // Eight characters are packed, nine are compared: both are found, and their neighbours are not.
        WordTable table = new WordTable(List.of("parents'", "parenting", "séparées", "\u0130ki"));
        for (String word : List.of("parents'", "parenting", "séparées", "\u0130ki", "qarents'", "parents", "parentinf", "\u0130kj")) {
            char[] chars = word.toCharArray();
            int expected = List.of("parents'", "parenting", "séparées", "\u0130ki").indexOf(word);
            assertEquals(expected, table.id(chars, 0, chars.length, WordTable.hash(word), WordTable.pack(chars, 0, chars.length)), word);
        }
    }

    private static String randomWord(Random random) {
        StringBuilder word = new StringBuilder();
        int length = 1 + random.nextInt(random.nextInt(4) == 0 ? 12 : 4);
        for (int k = 0; k < length; k++) {
            word.append(CHARACTERS.charAt(random.nextInt(CHARACTERS.length())));
        }
        return word.toString();
    }
}
