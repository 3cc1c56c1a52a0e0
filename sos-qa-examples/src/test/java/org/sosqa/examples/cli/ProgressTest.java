package org.sosqa.examples.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

/** Progress with a clock the test moves by hand. */
class ProgressTest {
    private final StringWriter err = new StringWriter();
    private final AtomicLong now = new AtomicLong(1_000);

    private Progress progress(boolean enabled, boolean sharedWithStdout) {
        return new Progress(new PrintWriter(err), enabled, sharedWithStdout, now::get, "audited");
    }

    private static boolean wiped(String shown) {
        int lastReturn = shown.lastIndexOf('\r', shown.length() - 2);
        return shown.endsWith("\r") && shown.substring(lastReturn + 1, shown.length() - 1).isBlank();
    }

    @Test
    void nothingShowsInTheFirstCoupleOfSeconds() {
        Progress progress = progress(true, false);
        now.addAndGet(Progress.DELAY_NANOS - 1);
        progress.update(10);

        assertEquals("", err.toString());
    }

    @Test
    void afterTheDelayTheCountShowsOnOneLineAndIsWipedAtTheEnd() {
        Progress progress = progress(true, false);
        now.addAndGet(Progress.DELAY_NANOS);
        progress.update(1_234);

        assertEquals("\raudited 1,234 documents (2 s)", err.toString());

        progress.close();
        assertTrue(wiped(err.toString()), err::toString);
    }

    @Test
    void theCountIsRefreshedAtMostFourTimesASecond() {
        Progress progress = progress(true, false);
        now.addAndGet(Progress.DELAY_NANOS);
        progress.update(1);
        int once = err.toString().length();
        now.addAndGet(Progress.INTERVAL_NANOS - 1);
        progress.update(2);
        assertEquals(once, err.toString().length());
        now.addAndGet(1);
        progress.update(3);
        assertTrue(err.toString().endsWith("\raudited 3 documents (2 s)"), err::toString);
    }

    @Test
    void onATerminalSharedWithStdoutOutputWipesTheCountAndItComesBackAtOnce() {
        Progress progress = progress(true, true);
        now.addAndGet(Progress.DELAY_NANOS);
        progress.update(1);
        progress.pause();
        assertTrue(wiped(err.toString()), err::toString);

        now.addAndGet(1);
        progress.update(2);
        assertTrue(err.toString().endsWith("\raudited 2 documents (2 s)"), err::toString);
    }

    @Test
    void whenStdoutGoesElsewhereOutputLeavesTheCountAlone() {
        Progress progress = progress(true, false);
        now.addAndGet(Progress.DELAY_NANOS);
        progress.update(1);
        String shown = err.toString();
        progress.pause();

        assertEquals(shown, err.toString());
    }

    @Test
    void disabledProgressWritesNothing() {
        Progress progress = progress(false, true);
        now.addAndGet(Progress.DELAY_NANOS * 10);
        progress.update(5);
        progress.pause();
        progress.close();

        assertEquals("", err.toString());
        assertFalse(progress.active());
    }

    @Test
    void outsideATerminalProgressIsOff() {
        // Maven's surefire runs the tests in a JVM whose stderr is piped to it, never a terminal.
        assertFalse(Progress.isTerminal(2));
        assertFalse(Progress.start(new PrintWriter(err), false, "audited").active());
    }
}
