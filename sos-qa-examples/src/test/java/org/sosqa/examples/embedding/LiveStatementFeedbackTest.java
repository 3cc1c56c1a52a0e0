package org.sosqa.examples.embedding;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.sosqa.rules.AuditEngine;
import org.sosqa.rules.StatementKind;

class LiveStatementFeedbackTest {
    private static final String STATEMENT = "Amy's teacher and the social worker are worried that Dad hits Mum when he has been "
            + "drinking, so that Amy could be hurt.";
    private static AuditEngine engine;

    @BeforeAll
    static void engine() {
        engine = AuditEngine.withDefaultRules();
    }

    @Test
    void feedbackGainsEachElementOfADangerStatementAsItIsTyped() {
        Map<String, Map<String, Boolean>> seen = typeLetterByLetter(STATEMENT);

        assertEquals(STATEMENT.length(), seen.size(), "with no quiet period every letter is checked");
        // Who is worried, the caregiver's behaviour, and the impact on the child (domain.md §1.3) appear in turn.
        assertEquals(features(false, false, false), seen.get("Amy's teacher and the social worker are"));
        assertEquals(features(true, false, false), seen.get("Amy's teacher and the social worker are worried"));
        assertEquals(features(true, false, false), seen.get("Amy's teacher and the social worker are worried that Dad"));
        assertEquals(features(true, true, false), seen.get("Amy's teacher and the social worker are worried that Dad hits"));
        assertEquals(features(true, true, false), seen.get(STATEMENT.substring(0, STATEMENT.indexOf("could be ") + "could be".length())));
        assertEquals(features(true, true, true), seen.get(STATEMENT.substring(0, STATEMENT.indexOf(" hurt") + " hurt".length())));
        assertEquals(features(true, true, true), seen.get(STATEMENT));
    }

    @Test
    void typingWithoutAPauseIsCheckedOnceItPauses() throws Exception {
        List<LiveStatementFeedback.Feedback> delivered = Collections.synchronizedList(new ArrayList<>());
        CountDownLatch finalText = new CountDownLatch(1);
        try (LiveStatementFeedback feedback = new LiveStatementFeedback(engine, StatementKind.DANGER, Duration.ofMillis(500), f -> {
            delivered.add(f);
            if (f.text().equals(STATEMENT)) {
                finalText.countDown();
            }
        })) {
            for (int end = 1; end <= STATEMENT.length(); end++) {
                feedback.textChanged(STATEMENT.substring(0, end));
            }
            // A guard against a hang, not a measure of speed.
            assertTrue(finalText.await(60, TimeUnit.SECONDS), "the final text was checked");
            Thread.sleep(700);   // longer than the quiet period: nothing further may arrive
        }
        LiveStatementFeedback.Feedback last = delivered.get(delivered.size() - 1);
        assertEquals(STATEMENT, last.text());
        assertEquals(STATEMENT.length(), last.revision());
        assertTrue(delivered.size() < 10, "a burst of " + STATEMENT.length() + " changes gave " + delivered.size() + " checks");
        for (int i = 1; i < delivered.size(); i++) {
            assertTrue(delivered.get(i).revision() > delivered.get(i - 1).revision(), "never an older text after a newer one");
        }
    }

    @Test
    void oneEngineServesManyWritersAtOnceWithTheSameFeedbackAsOneAlone() throws Exception {
        List<String> statements = List.of(STATEMENT, VendorSeed.DANGERS.get(1), VendorSeed.DANGERS.get(2), VendorSeed.DANGERS.get(4));
        List<Map<String, Map<String, Boolean>>> alone = statements.stream().map(this::typeLetterByLetter).toList();

        ExecutorService writers = Executors.newFixedThreadPool(4);
        try {
            List<Future<Map<String, Map<String, Boolean>>>> together = new ArrayList<>();
            for (int round = 0; round < 3; round++) {
                for (String statement : statements) {
                    together.add(writers.submit(() -> typeLetterByLetter(statement)));
                }
            }
            for (int i = 0; i < together.size(); i++) {
                assertEquals(alone.get(i % statements.size()), together.get(i).get(5, TimeUnit.MINUTES));
            }
        } finally {
            writers.shutdownNow();
        }
    }

    /** The features seen after each letter, by the text at that point. */
    private Map<String, Map<String, Boolean>> typeLetterByLetter(String statement) {
        Map<String, Map<String, Boolean>> seen = new LinkedHashMap<>();
        try (LiveStatementFeedback feedback = new LiveStatementFeedback(engine, StatementKind.DANGER, Duration.ZERO,
                f -> seen.put(f.text(), f.report().features()))) {
            for (int end = 1; end <= statement.length(); end++) {
                feedback.textChanged(statement.substring(0, end));
            }
        }
        return seen;
    }

    private static Map<String, Boolean> features(boolean whoIsWorried, boolean behaviour, boolean impactOnChild) {
        Map<String, Boolean> features = new LinkedHashMap<>();
        features.put("whoIsWorried", whoIsWorried);
        features.put("behaviour", behaviour);
        features.put("impactOnChild", impactOnChild);
        return features;
    }
}
