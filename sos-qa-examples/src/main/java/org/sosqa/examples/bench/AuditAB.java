package org.sosqa.examples.bench;

import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.net.MalformedURLException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Compares the CPU cost of auditing the sample case (or of deriving its facts) in two builds of the
 * library, each loaded in its own class loader in this one JVM, in alternating slices. On a shared
 * machine the load changes from minute to minute, so two runs one after the other are not comparable;
 * slices a few hundred milliseconds apart see the same load, and the median of the per-slice ratios
 * is a fair comparison. Figures per operation are higher than in a JVM running one build (both builds'
 * code shares the JIT's profiles of the JDK's classes); the ratio is the result.
 *
 * <pre>
 * java -cp sos-qa-examples/target/benchmarks.jar org.sosqa.examples.bench.AuditAB \
 *     before before.jar after sos-qa-examples/target/benchmarks.jar 1000 30 audit
 * </pre>
 * The seventh argument is {@code audit} or {@code derive}; an eighth, the number of threads (1 if
 * left out), runs each slice on that many threads at once, each doing the count, and gives the CPU per
 * operation summed over them: two threads sharing one engine cost more per audit than one alone (they
 * share caches, the heap and the engine's structures), and goal 2 is measured on two. Each class path
 * holds a whole build (for example a {@code benchmarks.jar} built from each commit).
 */
public final class AuditAB {

    private AuditAB() {
    }

    public static void main(String[] args) throws Throwable {
        Build a = new Build(args[0], args[1]);
        Build b = new Build(args[2], args[3]);
        int count = Integer.parseInt(args[4]);
        int slices = Integer.parseInt(args[5]);
        boolean audit = args.length < 7 || args[6].equals("audit");
        int threads = args.length < 8 ? 1 : Integer.parseInt(args[7]);
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        for (int w = 0; w < 6; w++) {
            a.cpuNanos(audit, 2000, threads, pool);
            b.cpuNanos(audit, 2000, threads, pool);
        }
        double[] costA = new double[slices];
        double[] costB = new double[slices];
        double[] ratio = new double[slices];
        for (int s = 0; s < slices; s++) {
            // Alternate which build goes first, so that neither always follows the other.
            long nanosA;
            long nanosB;
            if (s % 2 == 0) {
                nanosA = a.cpuNanos(audit, count, threads, pool);
                nanosB = b.cpuNanos(audit, count, threads, pool);
            } else {
                nanosB = b.cpuNanos(audit, count, threads, pool);
                nanosA = a.cpuNanos(audit, count, threads, pool);
            }
            costA[s] = nanosA / 1e3 / count / threads;
            costB[s] = nanosB / 1e3 / count / threads;
            ratio[s] = costB[s] / costA[s];
        }
        pool.shutdown();
        System.out.printf(Locale.ROOT, "%s, CPU per operation: %s median %.1f µs (least %.1f); %s median %.1f µs (least %.1f); "
                        + "median ratio %s/%s %.3f (%d slices of %d, %d thread%s)%n", audit ? "audit" : "deriveFacts",
                a.name, AuditCpu.median(costA), AuditCpu.least(costA), b.name, AuditCpu.median(costB), AuditCpu.least(costB), b.name, a.name, AuditCpu.median(ratio),
                slices, count, threads, threads == 1 ? "" : "s");
    }

    /** One build: its engine, the sample case and a fact deriver, reached through method handles. */
    private static final class Build {
        final String name;
        final ClassLoader loader;
        final Object engine;
        final Object record;
        final Object facts;
        final MethodHandle audit;
        final MethodHandle derive;
        /** Where results go, so the JIT cannot drop the work; written once per call by each thread. */
        volatile long sink;

        Build(String name, String classPath) throws Throwable {
            this.name = name;
            this.loader = new URLClassLoader(urls(classPath), ClassLoader.getPlatformClassLoader());
            Thread.currentThread().setContextClassLoader(loader);   // Drools finds its services through it
            Class<?> engineType = loader.loadClass("org.sosqa.rules.AuditEngine");
            Class<?> recordType = loader.loadClass("org.sosqa.core.CaseRecord");
            Class<?> reportType = loader.loadClass("org.sosqa.rules.AuditReport");
            Class<?> factsType = loader.loadClass("org.sosqa.rules.internal.audit.CaseFacts");
            Class<?> analyzerType = loader.loadClass("org.sosqa.rules.internal.statement.StatementAnalyzer");
            Class<?> parametersType = loader.loadClass("org.sosqa.rules.facts.Parameters");
            Class<?> wordingType = loader.loadClass("org.sosqa.rules.internal.audit.SafetyWording");
            this.engine = engineType.getMethod("withDefaultRules").invoke(null);
            this.record = loader.loadClass("org.sosqa.core.SampleCase").getMethod("record").invoke(null);
            this.facts = factsType.getConstructor(analyzerType, parametersType, wordingType).newInstance(
                    analyzerType.getMethod("english").invoke(null), parametersType.getMethod("defaults").invoke(null),
                    wordingType.getMethod("english").invoke(null));
            MethodHandles.Lookup lookup = MethodHandles.publicLookup();
            this.audit = lookup.findVirtual(engineType, "audit", MethodType.methodType(reportType, recordType));
            this.derive = lookup.findVirtual(factsType, "derive", MethodType.methodType(List.class, recordType));
        }

        /** The CPU time of {@code threads} threads each doing {@code count} operations at once, summed. */
        long cpuNanos(boolean audits, int count, int threads, ExecutorService pool) throws Throwable {
            if (threads == 1) {
                return cpuNanos(audits, count);
            }
            List<Future<Long>> workers = new ArrayList<>();
            for (int t = 0; t < threads; t++) {
                workers.add(pool.submit(() -> {
                    try {
                        return cpuNanos(audits, count);
                    } catch (Throwable e) {
                        throw new IllegalStateException(e);
                    }
                }));
            }
            long total = 0;
            for (Future<Long> worker : workers) {
                total += worker.get();
            }
            return total;
        }

        long cpuNanos(boolean audits, int count) throws Throwable {
            Thread.currentThread().setContextClassLoader(loader);
            ThreadMXBean threads = ManagementFactory.getThreadMXBean();
            long start = threads.getCurrentThreadCpuTime();
            long results = 0;
            for (int i = 0; i < count; i++) {
                Object result = audits ? audit.invoke(engine, record) : derive.invoke(facts, record);
                results += result.hashCode();
            }
            long nanos = threads.getCurrentThreadCpuTime() - start;
            sink = results;
            return nanos;
        }

        private static URL[] urls(String classPath) throws MalformedURLException {
            List<URL> urls = new ArrayList<>();
            for (String entry : classPath.split(java.io.File.pathSeparator)) {
                urls.add(Path.of(entry).toUri().toURL());
            }
            return urls.toArray(new URL[0]);
        }
    }
}
