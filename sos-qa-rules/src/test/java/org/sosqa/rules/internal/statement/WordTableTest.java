package org.sosqa.rules.internal.statement;

import static org.junit.jupiter.api.Assertions.assertEquals;

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

    private static String randomWord(Random random) {
        StringBuilder word = new StringBuilder();
        int length = 1 + random.nextInt(random.nextInt(4) == 0 ? 12 : 4);
        for (int k = 0; k < length; k++) {
            word.append(CHARACTERS.charAt(random.nextInt(CHARACTERS.length())));
        }
        return word.toString();
    }
}
