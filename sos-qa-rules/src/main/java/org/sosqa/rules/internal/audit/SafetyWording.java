package org.sosqa.rules.internal.audit;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Tells existing safety written as protective action ("took the children to Nana's when Dad came home
 * drunk") from a quality mistaken for safety ("loves the children"), which Signs of Safety counts as a
 * strength (domain.md §1.1, §1.3). Word lists are data: {@code lexicon/en/safety-action.txt} and
 * {@code lexicon/en/strength-qualities.txt}. Immutable and thread-safe.
 *
 * <p>A list matches where one of its entries stands in the lower-cased text between word boundaries,
 * as the regular expression {@code \b(?:entry|entry...)\b} finds it. Text of characters up to U+00FF
 * (nearly all) is scanned directly, entries looked up by the character at each word boundary: the
 * expression tried every entry at every character, and was a tenth of the cost of deriving a case's
 * facts. Other text goes to the expression itself.
 */
public final class SafetyWording {
    private final Pattern action;
    private final Pattern quality;
    private final Entries actions;
    private final Entries qualities;

    private SafetyWording(List<String> actions, List<String> qualities) {
        this.action = alternation(actions);
        this.quality = alternation(qualities);
        this.actions = new Entries(actions);
        this.qualities = new Entries(qualities);
    }

    /** The English word lists shipped with the library. */
    public static SafetyWording english() {
        return new SafetyWording(lines("safety-action.txt"), lines("strength-qualities.txt"));
    }

    /**
     * Whether a piece of existing safety describes something someone did.
     *
     * @param text the existing safety as written
     * @return true when it names an action, or names no mere quality
     */
    public boolean describesAction(String text) {
        if (!Entries.latin1(text)) {
            String lower = text.toLowerCase(Locale.ROOT);
            return action.matcher(lower).find() || !quality.matcher(lower).find();
        }
        return actions.foundIn(text) || !qualities.foundIn(text);
    }

    /**
     * The entries of one list by their first character, for text of characters up to U+00FF, which
     * lower-case one for one ({@link Character#toLowerCase(char)} is then what
     * {@link String#toLowerCase(Locale)} does) and hold no combining marks, so that a word boundary is
     * simply a change between a word character (a letter, digit or "_", as {@code \b} has it) and another.
     */
    private static final class Entries {
        /** Per lower-case first character, the entries starting with it; an entry beyond U+00FF never matches. */
        private final char[][][] byFirst = new char[256][][];

        Entries(List<String> words) {
            for (String word : words) {
                char first = word.charAt(0);
                if (first < 256) {
                    char[][] old = byFirst[first] == null ? new char[0][] : byFirst[first];
                    char[][] grown = java.util.Arrays.copyOf(old, old.length + 1);
                    grown[old.length] = word.toCharArray();
                    byFirst[first] = grown;
                }
            }
        }

        static boolean latin1(String text) {
            for (int k = 0; k < text.length(); k++) {
                if (text.charAt(k) >= 256) {
                    return false;
                }
            }
            return true;
        }

        /** Whether an entry stands between word boundaries in the lower-cased {@code text}. */
        boolean foundIn(String text) {
            int n = text.length();
            boolean left = false;
            for (int p = 0; p < n; p++) {
                char c = Character.toLowerCase(text.charAt(p));
                boolean right = isWord(c);
                if (left != right) {
                    char[][] entries = byFirst[c];
                    if (entries != null) {
                        for (char[] entry : entries) {
                            if (at(text, p, entry)) {
                                return true;
                            }
                        }
                    }
                }
                left = right;
            }
            return false;
        }

        private static boolean at(String text, int p, char[] entry) {
            int end = p + entry.length;
            if (end > text.length()) {
                return false;
            }
            for (int k = 1; k < entry.length; k++) {
                if (Character.toLowerCase(text.charAt(p + k)) != entry[k]) {
                    return false;
                }
            }
            boolean left = isWord(entry[entry.length - 1]);
            boolean right = end < text.length() && isWord(Character.toLowerCase(text.charAt(end)));
            return left != right;
        }

        private static boolean isWord(char c) {
            return c == '_' || Character.isLetterOrDigit(c);
        }
    }

    private static Pattern alternation(List<String> words) {
        StringBuilder regex = new StringBuilder("\\b(?:");
        for (int i = 0; i < words.size(); i++) {
            regex.append(i == 0 ? "" : "|").append(Pattern.quote(words.get(i)));
        }
        return Pattern.compile(regex.append(")\\b").toString());
    }

    private static List<String> lines(String file) {
        String resource = "/org/sosqa/rules/lexicon/en/" + file;
        try (InputStream in = SafetyWording.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing word list " + resource);
            }
            List<String> words = new ArrayList<>();
            try (BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
                String line;
                while ((line = reader.readLine()) != null) {
                    String word = line.strip().toLowerCase(Locale.ROOT);
                    if (!word.isEmpty() && !word.startsWith("#")) {
                        words.add(word);
                    }
                }
            }
            return words;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
