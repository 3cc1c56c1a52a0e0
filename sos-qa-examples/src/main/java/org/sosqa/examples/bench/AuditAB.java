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
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

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
 * The last argument is {@code audit} or {@code derive}. Each class path holds a whole build (for
 * example a {@code benchmarks.jar} built from each commit).
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
        for (int w = 0; w < 6; w++) {
            a.cpuNanos(audit, 2000);
            b.cpuNanos(audit, 2000);
        }
        double[] costA = new double[slices];
        double[] costB = new double[slices];
        double[] ratio = new double[slices];
        for (int s = 0; s < slices; s++) {
            // Alternate which build goes first, so that neither always follows the other.
            long nanosA;
            long nanosB;
            if (s % 2 == 0) {
                nanosA = a.cpuNanos(audit, count);
                nanosB = b.cpuNanos(audit, count);
            } else {
                nanosB = b.cpuNanos(audit, count);
                nanosA = a.cpuNanos(audit, count);
            }
            costA[s] = nanosA / 1e3 / count;
            costB[s] = nanosB / 1e3 / count;
            ratio[s] = costB[s] / costA[s];
        }
        System.out.printf(Locale.ROOT, "%s, CPU per operation: %s median %.1f µs (least %.1f); %s median %.1f µs (least %.1f); "
                        + "median ratio %s/%s %.3f (%d slices of %d)%n", audit ? "audit" : "deriveFacts",
                a.name, median(costA), least(costA), b.name, median(costB), least(costB), b.name, a.name, median(ratio),
                slices, count);
    }

    private static double median(double[] values) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        return sorted[sorted.length / 2];
    }

    private static double least(double[] values) {
        return Arrays.stream(values).min().orElse(Double.NaN);
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
        long sink;

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

        long cpuNanos(boolean audits, int count) throws Throwable {
            Thread.currentThread().setContextClassLoader(loader);
            ThreadMXBean threads = ManagementFactory.getThreadMXBean();
            long start = threads.getCurrentThreadCpuTime();
            for (int i = 0; i < count; i++) {
                Object result = audits ? audit.invoke(engine, record) : derive.invoke(facts, record);
                sink += result.hashCode();
            }
            return threads.getCurrentThreadCpuTime() - start;
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
