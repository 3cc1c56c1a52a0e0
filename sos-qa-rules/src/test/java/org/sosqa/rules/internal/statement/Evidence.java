package org.sosqa.rules.internal.statement;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.sosqa.rules.StatementKind;

/** Assertions on what a statement analysis found, by the words its spans cover. */
final class Evidence {

    static final StatementAnalyzer ANALYZER = StatementAnalyzer.english();

    private Evidence() {
    }

    static StatementAnalysis analyze(StatementKind kind, String text) {
        return ANALYZER.analyze(kind, text);
    }

    /** The feature is present and its span covers exactly {@code expected}. */
    static void assertFeature(StatementKind kind, String feature, String text, String expected) {
        StatementAnalysis analysis = analyze(kind, text);
        Signal signal = analysis.features().get(feature);
        assertTrue(signal.present(), () -> feature + " not found in: " + text);
        assertEquals(expected, signal.span().orElseThrow().of(text), () -> feature + " span in: " + text);
    }

    /** The feature is absent. */
    static void assertNoFeature(StatementKind kind, String feature, String text) {
        StatementAnalysis analysis = analyze(kind, text);
        Signal signal = analysis.features().get(feature);
        assertFalse(signal.present(),
                () -> feature + " found, as '" + signal.span().map(s -> s.of(text)).orElse("") + "', in: " + text);
    }

    /** The signal is present and its span covers exactly {@code expected}. */
    static void assertSignal(Signal signal, String text, String expected) {
        assertTrue(signal.present(), () -> "signal not found in: " + text);
        assertEquals(expected, signal.span().orElseThrow().of(text), () -> "signal span in: " + text);
    }

    static void assertNoSignal(Signal signal, String text) {
        assertFalse(signal.present(),
                () -> "signal found, as '" + signal.span().map(s -> s.of(text)).orElse("") + "', in: " + text);
    }
}
