package org.sosqa.examples.cli;

import java.io.Console;
import java.io.IOException;
import java.io.PrintWriter;
import java.lang.reflect.Method;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.function.LongSupplier;

/**
 * A one-line count on stderr while a long batch runs, rewritten in place. It shows only when stderr is
 * a terminal, only once the work has taken more than a couple of seconds, and never with
 * {@code --quiet}; when done it wipes itself, so what stays on the screen is the command's output.
 *
 * <p>Output to stdout goes between {@link #pause()} and {@link #update(long)}, flushed when
 * {@link #active()}: when stdout is the same terminal, the count is wiped before each piece of output
 * and drawn again after it, so it stays below the output instead of being cut into it.
 */
final class Progress implements AutoCloseable {
    static final long DELAY_NANOS = 2_000_000_000L;
    static final long INTERVAL_NANOS = 250_000_000L;

    private final PrintWriter err;
    private final boolean enabled;
    private final boolean sharedWithStdout;
    private final LongSupplier clock;
    private final String what;
    private final long start;
    private long lastShown;
    private int shownLength;

    /**
     * @param err standard error
     * @param enabled whether to show anything at all
     * @param sharedWithStdout whether stdout writes to the same terminal
     * @param clock nanoseconds
     * @param what what is counted, for example {@code "audited"}
     */
    Progress(PrintWriter err, boolean enabled, boolean sharedWithStdout, LongSupplier clock, String what) {
        this.err = err;
        this.enabled = enabled;
        this.sharedWithStdout = sharedWithStdout;
        this.clock = clock;
        this.what = what;
        this.start = enabled ? clock.getAsLong() : 0;
    }

    /**
     * Progress for a command.
     *
     * @param err standard error
     * @param quiet whether {@code --quiet} was given
     * @param what what is counted, for example {@code "audited"}
     * @return the progress, silent unless stderr is a terminal
     */
    static Progress start(PrintWriter err, boolean quiet, String what) {
        boolean stderr = !quiet && isTerminal(2);
        return new Progress(err, stderr, stderr && isTerminal(1), System::nanoTime, what);
    }

    /**
     * Shows the count once the delay has passed: drawn again at once after a {@link #pause()}, and
     * otherwise refreshed at most four times a second.
     *
     * @param documents how many documents are done
     */
    void update(long documents) {
        if (!enabled) {
            return;
        }
        long now = clock.getAsLong();
        if (now - start < DELAY_NANOS || (shownLength > 0 && now - lastShown < INTERVAL_NANOS)) {
            return;
        }
        lastShown = now;
        String line = String.format(Locale.ROOT, "%s %,d %s (%,d s)", what, documents,
                documents == 1 ? "document" : "documents", (now - start) / 1_000_000_000L);
        err.print("\r" + line + " ".repeat(Math.max(0, shownLength - line.length())));
        err.flush();
        shownLength = line.length();
    }

    /** Whether the count may show, so output should be flushed before it is drawn again. */
    boolean active() {
        return enabled;
    }

    /** Before output to stdout: wipes the count if it shows on the same terminal. */
    void pause() {
        if (sharedWithStdout) {
            close();
        }
    }

    /** Wipes the count, if it shows. */
    @Override
    public void close() {
        if (shownLength > 0) {
            err.print("\r" + " ".repeat(shownLength) + "\r");
            err.flush();
            shownLength = 0;
        }
    }

    /**
     * Whether a standard stream (1 stdout, 2 stderr) is a terminal. On Linux that is read from
     * {@code /proc/self/fd/N}, so that progress shows while stdout goes to a file
     * ({@code audit --format json big.jsonl > out.json}) and never goes into a redirected stderr.
     * Elsewhere Java 17 can only tell {@code System.console() != null} (stdin and stdout are a
     * terminal), and on Java 22 and later, where a console exists even when redirected, also
     * {@code Console.isTerminal()}.
     */
    static boolean isTerminal(int fd) {
        Boolean linux = isTerminalOnLinux(fd);
        if (linux != null) {
            return linux;
        }
        Console console = System.console();
        if (console == null) {
            return false;
        }
        try {
            Method isTerminal = Console.class.getMethod("isTerminal");
            return (Boolean) isTerminal.invoke(console);
        } catch (ReflectiveOperationException | RuntimeException e) {
            return true;
        }
    }

    private static Boolean isTerminalOnLinux(int fd) {
        Path link = Path.of("/proc/self/fd/" + fd);
        try {
            if (!Files.isSymbolicLink(link)) {
                return null;
            }
            String target = Files.readSymbolicLink(link).toString();
            return target.startsWith("/dev/pts/") || target.startsWith("/dev/tty");
        } catch (IOException | RuntimeException e) {
            return null;
        }
    }
}
