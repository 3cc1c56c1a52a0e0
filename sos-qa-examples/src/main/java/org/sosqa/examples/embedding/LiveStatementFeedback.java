package org.sosqa.examples.embedding;

import java.time.Duration;
import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;
import org.sosqa.rules.AuditEngine;
import org.sosqa.rules.Finding;
import org.sosqa.rules.StatementKind;
import org.sosqa.rules.StatementReport;

/**
 * Feedback on a statement while a worker types it, as an editor in a case-management system would give
 * it: each change of the text is reported with {@link #textChanged}, and once the typing pauses for the
 * quiet period the statement is checked with {@link AuditEngine#checkStatement} and the feedback handed to
 * the listener. A check takes well under a millisecond (docs/performance.md), so the pause is there for
 * the worker's eyes, not for the machine: feedback that changed with every letter would flicker.
 *
 * <p>One instance per text box; the engine is shared by all of them (it is thread-safe). Feedback that a
 * later change has overtaken is dropped, so the listener never sees an older text after a newer one.
 * {@code textChanged} may be called from any thread; the listener is called on the scheduler's thread
 * (or, with a zero quiet period, on the caller's).
 */
public final class LiveStatementFeedback implements AutoCloseable {

    /**
     * The feedback on one version of the text.
     *
     * @param revision how many changes the text had had, from 1
     * @param text the text checked
     * @param report what the check found
     */
    public record Feedback(long revision, String text, StatementReport report) {
    }

    private final AuditEngine engine;
    private final StatementKind kind;
    private final long quietMillis;
    private final Consumer<Feedback> listener;
    private final ScheduledExecutorService scheduler;
    private final boolean ownScheduler;
    private final AtomicLong revision = new AtomicLong();
    private ScheduledFuture<?> pending;   // guarded by this

    /**
     * Feedback with its own scheduler thread.
     *
     * @param engine the shared engine
     * @param kind the kind of statement in this text box
     * @param quietPeriod how long the typing must pause before a check; zero checks every change at once
     * @param listener what to do with the feedback, for example highlight the words of each finding
     */
    public LiveStatementFeedback(AuditEngine engine, StatementKind kind, Duration quietPeriod, Consumer<Feedback> listener) {
        this(engine, kind, quietPeriod, listener, Executors.newSingleThreadScheduledExecutor(r -> {
            Thread thread = new Thread(r, "statement-feedback");
            thread.setDaemon(true);
            return thread;
        }), true);
    }

    /**
     * Feedback on a scheduler the host shares between text boxes.
     *
     * @param engine the shared engine
     * @param kind the kind of statement in this text box
     * @param quietPeriod how long the typing must pause before a check; zero checks every change at once
     * @param listener what to do with the feedback
     * @param scheduler the host's scheduler; {@link #close()} leaves it running
     */
    public LiveStatementFeedback(AuditEngine engine, StatementKind kind, Duration quietPeriod, Consumer<Feedback> listener,
            ScheduledExecutorService scheduler) {
        this(engine, kind, quietPeriod, listener, scheduler, false);
    }

    private LiveStatementFeedback(AuditEngine engine, StatementKind kind, Duration quietPeriod, Consumer<Feedback> listener,
            ScheduledExecutorService scheduler, boolean ownScheduler) {
        this.engine = Objects.requireNonNull(engine, "engine");
        this.kind = Objects.requireNonNull(kind, "kind");
        if (quietPeriod.isNegative()) {
            throw new IllegalArgumentException("the quiet period cannot be negative");
        }
        this.quietMillis = quietPeriod.toMillis();
        this.listener = Objects.requireNonNull(listener, "listener");
        this.scheduler = Objects.requireNonNull(scheduler, "scheduler");
        this.ownScheduler = ownScheduler;
    }

    /**
     * The text changed (a key was pressed, text was pasted). Blank text is not checked.
     *
     * @param text the whole text as it now is
     */
    public void textChanged(String text) {
        Objects.requireNonNull(text, "text");
        long current = revision.incrementAndGet();
        if (quietMillis == 0) {
            check(current, text);
            return;
        }
        synchronized (this) {
            if (pending != null) {
                pending.cancel(false);
            }
            pending = scheduler.schedule(() -> check(current, text), quietMillis, TimeUnit.MILLISECONDS);
        }
    }

    private void check(long current, String text) {
        if (current != revision.get() || text.isBlank()) {
            return;   // overtaken by a later change while waiting
        }
        StatementReport report = engine.checkStatement(kind, text);
        if (current == revision.get()) {
            listener.accept(new Feedback(current, text, report));
        }
    }

    /** Cancels any check not yet run, and stops the scheduler if this instance made it. */
    @Override
    public void close() {
        synchronized (this) {
            if (pending != null) {
                pending.cancel(false);
            }
        }
        revision.incrementAndGet();
        if (ownScheduler) {
            scheduler.shutdownNow();
        }
    }

    /**
     * Types an invented danger statement a letter at a time, with a worker's pauses, and prints the
     * feedback each time it changes. {@code mvn -pl sos-qa-examples org.codehaus.mojo:exec-maven-plugin:3.5.1:java
     * -Dexec.mainClass=org.sosqa.examples.embedding.LiveStatementFeedback}
     *
     * @param args none
     * @throws InterruptedException if interrupted while typing
     */
    public static void main(String[] args) throws InterruptedException {
        String statement = "Amy's teacher and the social worker are worried that Dad hits Mum when he has been drinking, "
                + "so that Amy could be hurt.";
        AuditEngine engine = AuditEngine.withDefaultRules();
        Set<String> shown = new HashSet<>();
        try (LiveStatementFeedback feedback = new LiveStatementFeedback(engine, StatementKind.DANGER, Duration.ofMillis(250),
                f -> print(f, shown))) {
            SplittableRandom pauses = new SplittableRandom(7);
            for (int end = 1; end <= statement.length(); end++) {
                feedback.textChanged(statement.substring(0, end));
                boolean wordEnd = statement.charAt(end - 1) == ' ';
                Thread.sleep(wordEnd && pauses.nextInt(3) == 0 ? 400 : 30);
            }
            Thread.sleep(600);
        }
    }

    private static void print(Feedback feedback, Set<String> shown) {
        StatementReport report = feedback.report();
        StringBuilder line = new StringBuilder(String.format(Locale.ROOT, "%3d letters, score %4.1f:", feedback.text().length(), report.score()));
        for (Map.Entry<String, Boolean> feature : report.features().entrySet()) {
            line.append(feature.getValue() ? "  ✓ " : "  ✗ ").append(feature.getKey());
        }
        if (!report.jargon().isEmpty()) {
            line.append("  jargon: ").append(report.jargon());
        }
        System.out.println(line);
        for (Finding finding : report.findings()) {
            if (finding.met() && finding.span() != null && finding.span().end() > finding.span().start() && shown.add(finding.rule())) {
                System.out.println("      new: " + finding.rule() + " shown by \""
                        + feedback.text().substring(finding.span().start(), finding.span().end()) + "\"");
            }
        }
    }
}
