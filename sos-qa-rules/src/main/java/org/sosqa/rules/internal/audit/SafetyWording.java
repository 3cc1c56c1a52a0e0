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
 */
public final class SafetyWording {
    private final Pattern action;
    private final Pattern quality;

    private SafetyWording(List<String> actions, List<String> qualities) {
        this.action = alternation(actions);
        this.quality = alternation(qualities);
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
        String lower = text.toLowerCase(Locale.ROOT);
        return action.matcher(lower).find() || !quality.matcher(lower).find();
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
