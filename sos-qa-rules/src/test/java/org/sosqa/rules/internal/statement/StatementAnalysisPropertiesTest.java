package org.sosqa.rules.internal.statement;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Supplier;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.sosqa.rules.StatementKind;

/**
 * Invariants over all texts, checked on seeded random statements (replay a failure from the seed and
 * text in its message): the analysis never throws, every span lies on word boundaries inside the text
 * and by itself shows the same finding, and the result depends only on the text, not on repetition or
 * on the thread.
 */
class StatementAnalysisPropertiesTest {

    private static final StatementAnalyzer ANALYZER = StatementAnalyzer.english();
    private static final int TEXTS_PER_SEED = 150;

    @ParameterizedTest(name = "seed {0}")
    @ValueSource(longs = {1, 2, 3, 5, 8, 13, 21, 34, 55, 89, 144, 233})
    void spansLieInTheTextOnWordBoundariesAndShowTheirFinding(long seed) {
        StatementGenerator generator = new StatementGenerator(seed);
        for (int t = 0; t < TEXTS_PER_SEED; t++) {
            String text = generator.next();
            for (StatementKind kind : StatementKind.values()) {
                Supplier<String> where = () -> "seed " + seed + ", " + kind + ", text: " + quote(text);
                StatementAnalysis analysis;
                try {
                    analysis = ANALYZER.analyze(kind, text);
                } catch (RuntimeException e) {
                    throw new AssertionError("threw for " + where.get(), e);
                }
                assertEquals(kind.featureNames(), List.copyOf(analysis.features().keySet()), where);
                for (Map.Entry<String, Signal> feature : analysis.features().entrySet()) {
                    if (kind == StatementKind.HARM && feature.getKey().equals("who") && isDoerOfBehaviour(analysis)) {
                        continue;
                    }
                    checkSignal(kind, text, feature.getValue(), a -> a.features().get(feature.getKey()),
                            feature.getKey(), where);
                }
                checkSignal(kind, text, analysis.diagnosisOnly(), StatementAnalysis::diagnosisOnly, "diagnosisOnly", where);
                checkSignal(kind, text, analysis.negativeFraming(), StatementAnalysis::negativeFraming, "negativeFraming", where);
                checkSignal(kind, text, analysis.sustainPeriod(), StatementAnalysis::sustainPeriod, "sustainPeriod", where);
                checkSignal(kind, text, analysis.dfvAttribution(), StatementAnalysis::dfvAttribution, "dfvAttribution", where);
                for (JargonHit hit : analysis.jargon()) {
                    checkBounds(text, hit.span(), "jargon", where);
                    String covered = hit.span().of(text);
                    assertEquals(covered.toLowerCase(java.util.Locale.ROOT), hit.term(), where);
                    assertEquals(List.of(hit.term()), ANALYZER.analyze(kind, covered).jargonTerms(),
                            () -> "jargon span alone, " + where.get());
                }
                if (kind == StatementKind.GOAL && analysis.has("positiveFraming")) {
                    assertFalse(analysis.negativeFraming().present(), where);
                }
                Readability r = analysis.readability();
                assertTrue(r.words() >= 0 && r.sentences() <= r.words() && r.syllables() >= r.words(), where);
            }
        }
    }

    @ParameterizedTest(name = "seed {0}")
    @ValueSource(longs = {7, 77, 777})
    void analysingTwiceGivesEqualResults(long seed) {
        StatementGenerator generator = new StatementGenerator(seed);
        StatementAnalyzer another = new StatementAnalyzer(Lexicon.english());
        for (int t = 0; t < TEXTS_PER_SEED; t++) {
            String text = generator.next();
            for (StatementKind kind : StatementKind.values()) {
                StatementAnalysis first = ANALYZER.analyze(kind, text);
                assertEquals(first, ANALYZER.analyze(kind, text), () -> "seed " + seed + ": " + quote(text));
                assertEquals(first, another.analyze(kind, text), () -> "seed " + seed + ": " + quote(text));
                assertEquals(first.hashCode(), ANALYZER.analyze(kind, new String(text.toCharArray())).hashCode());
            }
        }
    }

    @ParameterizedTest(name = "seed {0}")
    @ValueSource(longs = {11, 1111})
    void eightThreadsGiveTheSameResultsAsOne(long seed) throws Exception {
        StatementGenerator generator = new StatementGenerator(seed);
        List<String> texts = new ArrayList<>();
        for (int t = 0; t < 300; t++) {
            texts.add(generator.next());
        }
        texts.add(DangerStatementTest.GOOD);
        List<StatementAnalysis> expected = analyseAll(texts, 0);
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Future<List<StatementAnalysis>>> results = new ArrayList<>();
            for (int thread = 0; thread < 8; thread++) {
                int rotation = thread;
                Callable<List<StatementAnalysis>> job = () -> analyseAll(texts, rotation);
                results.add(pool.submit(job));
            }
            for (Future<List<StatementAnalysis>> result : results) {
                assertEquals(expected, result.get(), "seed " + seed);
            }
        } finally {
            pool.shutdownNow();
        }
    }

    /** Analyses every text under every kind; {@code rotation} varies the order, not the result's order. */
    private static List<StatementAnalysis> analyseAll(List<String> texts, int rotation) {
        int n = texts.size();
        StatementAnalysis[] out = new StatementAnalysis[n * StatementKind.values().length];
        for (int step = 0; step < n; step++) {
            int i = (step + rotation * 37) % n;
            for (StatementKind kind : StatementKind.values()) {
                out[i * StatementKind.values().length + kind.ordinal()] = ANALYZER.analyze(kind, texts.get(i));
            }
        }
        return List.of(out);
    }

    /**
     * A harm statement's who may be a name shown only by what the person did: then its span is the
     * start of the behaviour span, which is checked on its own.
     */
    private static boolean isDoerOfBehaviour(StatementAnalysis analysis) {
        Signal who = analysis.features().get("who");
        Signal behaviour = analysis.features().get("behaviour");
        if (!who.present() || !behaviour.present()) {
            return false;
        }
        Span w = who.span().orElseThrow();
        Span b = behaviour.span().orElseThrow();
        return w.start() == b.start() && w.end() < b.end();
    }

    private static void checkSignal(StatementKind kind, String text, Signal signal,
                                    java.util.function.Function<StatementAnalysis, Signal> sameSignal,
                                    String name, Supplier<String> where) {
        if (!signal.present()) {
            return;
        }
        Span span = signal.span().orElseThrow();
        checkBounds(text, span, name, where);
        String covered = span.of(text);
        Signal alone = sameSignal.apply(ANALYZER.analyze(kind, covered));
        if (!alone.present()) {
            fail(name + " span " + quote(covered) + " alone does not show it; " + where.get());
        }
    }

    private static void checkBounds(String text, Span span, String name, Supplier<String> where) {
        assertTrue(span.start() >= 0 && span.end() <= text.length() && span.start() < span.end(),
                () -> name + " span " + span + " outside the text; " + where.get());
        assertTrue(span.start() == 0 || !Character.isLetterOrDigit(text.codePointBefore(span.start())),
                () -> name + " span starts inside a word; " + where.get());
        assertTrue(span.end() == text.length() || !Character.isLetterOrDigit(text.codePointAt(span.end())),
                () -> name + " span ends inside a word; " + where.get());
        assertTrue(Character.isLetterOrDigit(text.codePointAt(span.start())),
                () -> name + " span does not start with a word; " + where.get());
    }

    private static String quote(String text) {
        StringBuilder out = new StringBuilder("\"");
        for (char c : text.toCharArray()) {
            if (c == '"' || c == '\\') {
                out.append('\\').append(c);
            } else if (c < 0x20 || c > 0x7e) {
                out.append(String.format("\\u%04X", (int) c));
            } else {
                out.append(c);
            }
        }
        return out.append('"').toString();
    }
}
