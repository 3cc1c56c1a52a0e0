package org.sosqa.core.internal;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Iterator;
import java.util.NoSuchElementException;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

/**
 * Maps a stream in parallel while keeping its order, with a bounded number of items in flight, so a
 * stream of a million cases needs memory for a few hundred at a time. The input is read on the
 * consumer's thread; the function runs on a pool of daemon threads that lives as long as the stream.
 * Used to read a batch's documents ({@link BatchReader}) and to audit them ({@code AuditEngine.auditAll}).
 */
public final class OrderedParallel {
    private OrderedParallel() {
    }

    /**
     * @param name the worker threads' name, numbered: {@code NAME-1}, {@code NAME-2}, ...
     * @param input the input, read lazily; closed with the result
     * @param function applied to each item on a worker thread; must not throw
     * @param threads how many worker threads
     * @param window how many items may be in flight at once
     * @param <T> the input type
     * @param <R> the result type
     * @return the results in input order; close it to stop the workers early
     */
    public static <T, R> Stream<R> map(String name, Stream<T> input, Function<T, R> function, int threads, int window) {
        AtomicInteger counter = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(threads, runnable -> {
            Thread thread = new Thread(runnable, name + "-" + counter.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        });
        Iterator<T> source = input.iterator();
        Deque<Future<R>> inFlight = new ArrayDeque<>();
        Iterator<R> results = new Iterator<>() {
            @Override
            public boolean hasNext() {
                fill();
                if (inFlight.isEmpty()) {
                    pool.shutdown();
                    return false;
                }
                return true;
            }

            @Override
            public R next() {
                if (!hasNext()) {
                    throw new NoSuchElementException();
                }
                Future<R> head = inFlight.poll();
                fill();
                try {
                    return head.get();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new CancellationException("interrupted");
                } catch (ExecutionException e) {
                    throw new IllegalStateException("a batch worker failed", e.getCause());
                }
            }

            private void fill() {
                while (inFlight.size() < window && source.hasNext()) {
                    T item = source.next();
                    inFlight.add(pool.submit(() -> function.apply(item)));
                }
            }
        };
        return StreamSupport.stream(Spliterators.spliteratorUnknownSize(results, Spliterator.ORDERED | Spliterator.NONNULL), false)
                .onClose(() -> {
                    pool.shutdownNow();
                    input.close();
                });
    }
}
