package org.sosqa.rules.internal.statement;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import org.sosqa.rules.StatementKind;

/**
 * Finds the quality features of a danger statement, safety goal, harm statement or scale anchor
 * (domain.md §1.3, §6 item 2), with the span of text that shows each one.
 *
 * <p>Immutable and thread-safe: build one per lexicon and share it. Deterministic: the same lexicon and
 * text always give an equal {@link StatementAnalysis}. It never logs, and keeps no text.
 *
 * <p>How it works, in order: the text is cut into words and sentences ({@link Tokens}); one walk of a
 * word trie finds every phrase of every word list ({@link PhraseIndex}); people are found from those
 * lists and a named-person heuristic ({@link Mentions}); the feature heuristics combine them within a
 * sentence ({@link Features}); the duration and time patterns are tried at word starts
 * ({@link WordStartPatterns}). The cost is linear in the length of the text.
 */
public final class StatementAnalyzer {

    private static final Object ENGLISH_LOCK = new Object();
    private static StatementAnalyzer english;

    private final Lexicon lexicon;
    private final PhraseIndex index;
    private final int[] categoryOf;
    private final int[] roleCategories;
    private final Vocabulary vocabulary;
    private final Features.Windows windows;
    /** The most words a statement of each kind (by ordinal) may have. */
    private final int[] maxWords;
    private final int maxWordsPerSentence;
    private final WordStartPatterns durations;
    private final WordStartPatterns times;
    private final Attributions attributions;

    /** An analyser for the given lexicon. */
    public StatementAnalyzer(Lexicon lexicon) {
        this.lexicon = Objects.requireNonNull(lexicon, "lexicon");
        List<List<Phrase>> lists = new ArrayList<>();
        this.categoryOf = new int[LexiconList.values().length];
        for (LexiconList list : LexiconList.values()) {
            categoryOf[list.ordinal()] = -1;
            if (list.type() == LexiconList.Type.PHRASES) {
                categoryOf[list.ordinal()] = lists.size();
                lists.add(lexicon.phrases(list));
            }
        }
        this.vocabulary = Vocabulary.of(lexicon);
        this.index = new PhraseIndex(lists, vocabulary);
        this.roleCategories = new int[] {
            categoryOf[LexiconList.AGENCY_WORDS.ordinal()],
            categoryOf[LexiconList.CAREGIVER_WORDS.ordinal()],
            categoryOf[LexiconList.CHILD_WORDS.ordinal()],
            categoryOf[LexiconList.PERSON_PRONOUNS.ordinal()],
            categoryOf[LexiconList.OBJECT_PRONOUNS.ordinal()],
        };
        this.windows = Features.Windows.of(lexicon);
        this.maxWords = new int[StatementKind.values().length];
        for (StatementKind kind : StatementKind.values()) {
            maxWords[kind.ordinal()] = lexicon.setting("maxWords." + kind.name());
        }
        this.maxWordsPerSentence = lexicon.setting("maxWordsPerSentence");
        this.durations = lexicon.preparedPatterns(LexiconList.DURATION).forVocabulary(vocabulary);
        this.times = lexicon.preparedPatterns(LexiconList.TIME_EXPRESSIONS).forVocabulary(vocabulary);
        this.attributions = new Attributions(lexicon.templates(), vocabulary);
    }

    /** The analyser for {@link Lexicon#english()}, built once and shared. */
    public static StatementAnalyzer english() {
        synchronized (ENGLISH_LOCK) {
            if (english == null) {
                english = new StatementAnalyzer(Lexicon.english());
            }
            return english;
        }
    }

    /** The lexicon it runs on. */
    public Lexicon lexicon() {
        return lexicon;
    }

    /**
     * Analyses one statement.
     *
     * @param kind what the statement is
     * @param text the statement as written; any string, including empty
     * @return the features of {@code kind}, jargon, signals and readability
     */
    public StatementAnalysis analyze(StatementKind kind, String text) {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(text, "text");
        Tokens tokens = Tokens.of(text, vocabulary);
        PhraseMatches matches = index.match(tokens);
        List<Mention> mentions = Mentions.find(tokens, matches, roleCategories);
        TextFacts facts = new TextFacts(tokens, matches, mentions, categoryOf);
        Features features = new Features(facts, windows);

        Signal negativeFraming = Signal.ofNullable(features.negativeFraming());
        Signal sustainPeriod = Signal.ofNullable(durations.first(tokens));
        Map<String, Signal> found = new LinkedHashMap<>();
        switch (kind) {
            case DANGER -> {
                found.put("whoIsWorried", Signal.ofNullable(features.whoIsWorried()));
                found.put("behaviour", Signal.ofNullable(span(features.behaviour())));
                found.put("impactOnChild", Signal.ofNullable(features.dangerImpact()));
            }
            case GOAL -> {
                Span positive = features.positiveFuture();
                found.put("positiveFraming", negativeFraming.present() ? Signal.ABSENT : Signal.ofNullable(positive));
                found.put("observableBehaviour", Signal.ofNullable(features.observableBehaviour()));
                found.put("childExperience", Signal.ofNullable(features.childExperience()));
                found.put("sustainPeriod", sustainPeriod);
            }
            case HARM -> {
                Features.Act act = features.behaviour();
                found.put("who", Signal.ofNullable(features.who(act)));
                found.put("behaviour", Signal.ofNullable(span(act)));
                found.put("impactOnChild", Signal.ofNullable(features.harmImpact()));
                found.put("when", Signal.ofNullable(times.first(tokens)));
            }
            case SCALE_ANCHOR -> {
                found.put("safetyDescribed", Signal.ofNullable(features.safetyDescribed()));
                found.put("closureOrLivingArrangement", Signal.ofNullable(features.closureOrLivingArrangement()));
                found.put("childReferenced", Signal.ofNullable(features.childReferenced()));
            }
        }

        List<JargonHit> jargon = new ArrayList<>();
        for (Match m : facts.all(LexiconList.JARGON)) {
            jargon.add(new JargonHit(text.substring(m.start(), m.end()).toLowerCase(Locale.ROOT), m.span()));
        }
        Readability readability = readability(tokens);
        boolean tooLong = readability.words() > maxWords[kind.ordinal()]
                || readability.meanWordsPerSentence() > maxWordsPerSentence;
        return new StatementAnalysis(kind, found, jargon,
                Signal.ofNullable(features.diagnosisOnly()),
                negativeFraming,
                sustainPeriod,
                Signal.ofNullable(attributions.first(tokens, mentions)),
                readability,
                tooLong);
    }

    private static Span span(Features.Act act) {
        return act == null ? null : act.span();
    }

    /**
     * The full readability, syllables included, for every caller. The audit reads only the words and
     * {@code tooLong}, but the syllables are counted as the tokenizer folds each word (a few operations
     * a character), which costs less than a second kind of analysis whose readability would be half
     * filled in; and the analysis holds counts, never the text, so they cannot be worked out later.
     */
    private static Readability readability(Tokens tokens) {
        return Readability.of(tokens.size, tokens.sentenceCount, tokens.syllableCount);
    }
}
