package org.sosqa.rules.internal.statement;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * The word lists, templates, patterns and limits that statement analysis runs on: data, not code, so
 * that a local authority can extend them without recompiling. Immutable and thread-safe.
 *
 * <h2>Files</h2>
 * A lexicon is a folder of UTF-8 text files named as in {@link LexiconList}. In every file a line whose
 * first non-blank character is {@code #} is a comment, and so is the rest of a line from a {@code #}
 * that follows white space; blank lines are ignored. By type:
 * <ul>
 *   <li><b>phrases</b> and <b>words</b>: one entry a line, matched case-insensitively as whole words
 *       (so "place" never matches inside "placement", nor "LA" inside "later"). The words of a phrase
 *       match across spaces, line breaks or a hyphen; other punctuation must be as written ("S.17").
 *       A possessive "'s" on a text word is ignored when the plain word matches. Braces give variants:
 *       {@code shout{,s,ed,ing}} is four entries. An entry starting with {@code =} matches only text
 *       written in capitals ({@code =DA} is the acronym, not the Scottish "da" for dad). A line starting
 *       with {@code -} removes an entry read before it, for example from the bundled list. A words file
 *       takes one word a line.</li>
 *   <li><b>templates</b>: a phrase containing {@code @person} (or {@code @person's}) where a person
 *       goes: {@code @person told}, {@code according to @person}.</li>
 *   <li><b>patterns</b>: one Java regular expression a line, case-insensitive, tried at the start of each
 *       word and required to end at the end of a word. {@code define name = expression} names a part
 *       that later lines use as {@code %name%}. An expression must not match empty text. Write a
 *       literal {@code #} after a space as {@code \x23}.</li>
 *   <li><b>settings</b>: {@code name = whole number}; the known names are {@link #SETTING_NAMES}.</li>
 * </ul>
 * A line that cannot be read is reported as {@code file:line: message} in a {@link LexiconException},
 * which lists every such line of every file at once.
 */
public final class Lexicon {

    /** The bundled English lexicon's resource folder. */
    public static final String ENGLISH_RESOURCE_FOLDER = "/org/sosqa/rules/lexicon/en/";

    /** The settings a complete lexicon defines in {@code limits.txt}. */
    public static final Set<String> SETTING_NAMES = Set.of(
            "maxWords.DANGER", "maxWords.GOAL", "maxWords.HARM", "maxWords.SCALE_ANCHOR",
            "maxWordsPerSentence",
            "window.worried", "window.behaviour", "window.impact", "window.child", "window.goal");

    private static final Object ENGLISH_LOCK = new Object();
    private static Lexicon english;

    private final Map<LexiconList, List<Phrase>> phrases;
    private final List<Template> templates;
    private final Map<LexiconList, List<PatternEntry>> patterns;
    private final Map<LexiconList, Map<String, String>> defines;
    private final Map<String, Integer> settings;
    private final Map<LexiconList, WordStartPatterns> preparedPatterns;

    private Lexicon(Builder builder, Map<LexiconList, WordStartPatterns> preparedPatterns) {
        this.phrases = freeze(builder.phrases);
        this.templates = List.copyOf(builder.templates);
        this.patterns = freeze(builder.patterns);
        Map<LexiconList, Map<String, String>> d = new EnumMap<>(LexiconList.class);
        builder.defines.forEach((list, map) -> d.put(list, Collections.unmodifiableMap(new LinkedHashMap<>(map))));
        this.defines = Collections.unmodifiableMap(d);
        this.settings = Collections.unmodifiableMap(new LinkedHashMap<>(builder.settings));
        this.preparedPatterns = Collections.unmodifiableMap(preparedPatterns);
    }

    /**
     * The bundled English lexicon, read once and shared.
     *
     * @throws LexiconException if the bundled files are broken, which is a packaging fault
     */
    public static Lexicon english() {
        synchronized (ENGLISH_LOCK) {
            if (english == null) {
                english = builder().addBundled(ENGLISH_RESOURCE_FOLDER).build();
            }
            return english;
        }
    }

    /** An empty builder: add the bundled lexicon with {@link Builder#addAll(Lexicon)} to extend it. */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * This lexicon plus the files of the same names found in {@code folder} (files it lacks are simply
     * not extended; files with other names are ignored).
     *
     * @throws LexiconException listing every unreadable line of every file
     */
    public Lexicon withAdditions(Path folder) {
        return builder().addAll(this).addFolder(folder).build();
    }

    List<Phrase> phrases(LexiconList list) {
        return phrases.getOrDefault(list, List.of());
    }

    List<Template> templates() {
        return templates;
    }

    List<PatternEntry> patterns(LexiconList list) {
        return patterns.getOrDefault(list, List.of());
    }

    WordStartPatterns preparedPatterns(LexiconList list) {
        return preparedPatterns.get(list);
    }

    int setting(String name) {
        Integer value = settings.get(name);
        if (value == null) {
            throw new IllegalArgumentException("no setting " + name);
        }
        return value;
    }

    /** The number of entries in a list (phrases after brace expansion, templates, patterns or settings). */
    public int size(LexiconList list) {
        return switch (list.type()) {
            case PHRASES, WORDS -> phrases(list).size();
            case TEMPLATES -> templates.size();
            case PATTERNS -> patterns(list).size();
            case SETTINGS -> settings.size();
        };
    }

    private static <V> Map<LexiconList, List<V>> freeze(Map<LexiconList, List<V>> map) {
        Map<LexiconList, List<V>> copy = new EnumMap<>(LexiconList.class);
        map.forEach((list, values) -> copy.put(list, List.copyOf(values)));
        return Collections.unmodifiableMap(copy);
    }

    /** Collects lexicon files; {@link #build()} reports every problem found on the way. */
    public static final class Builder {

        final Map<LexiconList, List<Phrase>> phrases = new EnumMap<>(LexiconList.class);
        final List<Template> templates = new ArrayList<>();
        final Map<LexiconList, List<PatternEntry>> patterns = new EnumMap<>(LexiconList.class);
        final Map<LexiconList, Map<String, String>> defines = new EnumMap<>(LexiconList.class);
        final Map<String, Integer> settings = new LinkedHashMap<>();
        final List<LexiconProblem> problems = new ArrayList<>();

        private Builder() {
        }

        /** Adds every entry of {@code lexicon}. */
        public Builder addAll(Lexicon lexicon) {
            lexicon.phrases.forEach((list, values) -> phrases(list).addAll(values));
            templates.addAll(lexicon.templates);
            lexicon.patterns.forEach((list, values) -> patterns(list).addAll(values));
            lexicon.defines.forEach((list, map) -> defines(list).putAll(map));
            settings.putAll(lexicon.settings);
            return this;
        }

        List<Phrase> phrases(LexiconList list) {
            return phrases.computeIfAbsent(list, l -> new ArrayList<>());
        }

        List<PatternEntry> patterns(LexiconList list) {
            return patterns.computeIfAbsent(list, l -> new ArrayList<>());
        }

        Map<String, String> defines(LexiconList list) {
            return defines.computeIfAbsent(list, l -> new LinkedHashMap<>());
        }

        /** Reads the files of {@link LexiconList} names found in {@code folder}. */
        public Builder addFolder(Path folder) {
            Objects.requireNonNull(folder, "folder");
            if (!Files.isDirectory(folder)) {
                problems.add(new LexiconProblem(folder.toString(), 0, "is not a folder"));
                return this;
            }
            for (LexiconList list : LexiconList.values()) {
                Path file = folder.resolve(list.fileName());
                if (!Files.isRegularFile(file)) {
                    continue;
                }
                try {
                    addText(list, file.toString(), decode(Files.readAllBytes(file)));
                } catch (CharacterCodingException e) {
                    problems.add(new LexiconProblem(file.toString(), 0, "is not UTF-8 text"));
                } catch (IOException e) {
                    problems.add(new LexiconProblem(file.toString(), 0, "cannot be read: " + e.getMessage()));
                }
            }
            return this;
        }

        /**
         * Reads the text of one file.
         *
         * @param list which list it extends
         * @param source the file's name as problems should name it
         * @param text the whole file
         */
        public Builder addText(LexiconList list, String source, String text) {
            new LexiconReader(this, list, source).read(text);
            return this;
        }

        Builder addBundled(String resourceFolder) {
            for (LexiconList list : LexiconList.values()) {
                String name = resourceFolder + list.fileName();
                String source = "lexicon" + name.substring(name.lastIndexOf('/', name.lastIndexOf('/') - 1));
                try (InputStream in = Lexicon.class.getResourceAsStream(name)) {
                    if (in == null) {
                        problems.add(new LexiconProblem(source, 0, "is missing from the library"));
                        continue;
                    }
                    addText(list, source, decode(in.readAllBytes()));
                } catch (IOException e) {
                    problems.add(new LexiconProblem(source, 0, "cannot be read: " + e.getMessage()));
                }
            }
            return this;
        }

        /**
         * The lexicon.
         *
         * @throws LexiconException listing every problem, when there was any or a setting is missing
         */
        public Lexicon build() {
            List<LexiconProblem> all = new ArrayList<>(problems);
            for (String name : SETTING_NAMES.stream().sorted().toList()) {
                if (!settings.containsKey(name)) {
                    all.add(new LexiconProblem(LexiconList.LIMITS.fileName(), 0, "setting " + name + " is not set"));
                }
            }
            if (!all.isEmpty()) {
                throw new LexiconException(all);
            }
            Map<LexiconList, WordStartPatterns> prepared = new EnumMap<>(LexiconList.class);
            for (LexiconList list : LexiconList.values()) {
                if (list.type() == LexiconList.Type.PATTERNS) {
                    prepared.put(list, WordStartPatterns.of(patterns.getOrDefault(list, List.of())));
                }
            }
            return new Lexicon(this, prepared);
        }

        private static String decode(byte[] bytes) throws CharacterCodingException {
            return StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes))
                    .toString();
        }
    }
}
