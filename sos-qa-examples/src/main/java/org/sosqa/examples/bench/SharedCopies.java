package org.sosqa.examples.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.lang.reflect.Method;
import java.net.URL;
import java.net.URLClassLoader;
import java.util.Arrays;
import java.util.Locale;
import java.util.SplittableRandom;

/**
 * Whether this machine charges two threads for sharing memory that neither writes: the cause of the
 * "two-thread extra" (performance.md, goal 2). Two threads run at once, in two ways each, and the CPU
 * time per operation is compared:
 *
 * <ol>
 *   <li><b>Reads.</b> Each thread follows a chain of dependent reads through a table of ints (one read per
 *       64-byte line, in a seeded random order): one table read by both, against a copy per thread. Nothing
 *       is written after the tables are made.</li>
 *   <li><b>The audit.</b> Each thread audits the sample case: with the library loaded once, so the two
 *       share its compiled code, its lexicon tables and its KieBase, against the library loaded once per
 *       thread (a child-first class loader for {@code org.sosqa} over this jar), so each has a copy of
 *       all three. The copies are made and warmed up first; then the two ways alternate in spells of a
 *       few seconds, so the host's drift touches both alike. Drools, Jackson and the JDK are shared in
 *       both ways.</li>
 * </ol>
 *
 * <p>On a machine whose cores share read-only lines at no cost, each pair comes out about level. The
 * figures this host gave are in performance.md ("Twelfth session").
 *
 * <pre>
 * java -cp sos-qa-examples/target/benchmarks.jar org.sosqa.examples.bench.SharedCopies [spells] [seconds a spell]
 * </pre>
 */
public final class SharedCopies {

    private static final int[] TABLE_KIB = {128, 512, 2048};
    private static final int INTS_A_LINE = 16;
    private static volatile long sink;

    private SharedCopies() {
    }

    public static void main(String[] args) throws Exception {
        int spells = args.length > 0 ? Integer.parseInt(args[0]) : 12;
        long spellMillis = args.length > 1 ? Long.parseLong(args[1]) * 1000 : 4000;
        System.out.println("reads: ns a dependent read, each thread (least of 5 rounds)");
        for (int kib : TABLE_KIB) {
            double[] shared = reads(kib, true);
            double[] copies = reads(kib, false);
            System.out.printf(Locale.ROOT, "  %5d KiB table: one shared %s, a copy each %s%n",
                    kib, format(shared), format(copies));
        }
        audits(spells, spellMillis);
    }

    // ---- reads --------------------------------------------------------------------------------------

    private static double[] reads(int kib, boolean shared) throws InterruptedException {
        int[] one = chain(kib * 256, 1);
        int[][] tables = {one, shared ? one : chain(kib * 256, 1)};
        double[] nanos = new double[2];
        Thread[] threads = new Thread[2];
        for (int t = 0; t < 2; t++) {
            int k = t;
            threads[t] = new Thread(() -> nanos[k] = leastNanosARead(tables[k]));
            threads[t].start();
        }
        for (Thread thread : threads) {
            thread.join();
        }
        return nanos;
    }

    /** A cycle through every line of an int table, one read a line, in a seeded random order. */
    private static int[] chain(int ints, long seed) {
        int lines = ints / INTS_A_LINE;
        int[] order = new int[lines];
        for (int i = 0; i < lines; i++) {
            order[i] = i;
        }
        SplittableRandom random = new SplittableRandom(seed);
        for (int i = lines - 1; i > 0; i--) {
            int j = random.nextInt(i + 1);
            int swap = order[i];
            order[i] = order[j];
            order[j] = swap;
        }
        int[] table = new int[ints];
        for (int i = 0; i < lines; i++) {
            table[order[i] * INTS_A_LINE] = order[(i + 1) % lines] * INTS_A_LINE;
        }
        return table;
    }

    private static double leastNanosARead(int[] table) {
        ThreadMXBean cpu = ManagementFactory.getThreadMXBean();
        long steps = 20_000_000;
        for (int w = 0; w < 3; w++) {
            sink = walk(table, steps / 4);
        }
        double least = Double.MAX_VALUE;
        for (int round = 0; round < 5; round++) {
            long start = cpu.getCurrentThreadCpuTime();
            sink = walk(table, steps);
            least = Math.min(least, (cpu.getCurrentThreadCpuTime() - start) / (double) steps);
        }
        return least;
    }

    private static int walk(int[] table, long steps) {
        int at = 0;
        for (long s = 0; s < steps; s++) {
            at = table[at];
        }
        return at;
    }

    // ---- audits -------------------------------------------------------------------------------------

    /** The two ways, by index: 0 the library loaded once, 1 loaded once per thread. */
    private static final String[] WAYS = {"loaded once, shared", "loaded once per thread"};

    private static void audits(int spells, long spellMillis) throws Exception {
        URL jar = SharedCopies.class.getProtectionDomain().getCodeSource().getLocation();
        ClassLoader app = SharedCopies.class.getClassLoader();
        Auditor once = new Auditor(app);
        Auditor[][] byWay = {{once, once}, {new Auditor(new OwnCopy(jar, app)), new Auditor(new OwnCopy(jar, app))}};
        Spells state = new Spells(spells * 2 + 1);
        Thread[] threads = new Thread[2];
        for (int t = 0; t < 2; t++) {
            int k = t;
            threads[t] = new Thread(() -> state.work(k, byWay));
            threads[t].start();
        }
        // Warm-up, not counted (spell 0): every copy compiled, both ways (three copies take a minute).
        for (int w = 0; w < 12; w++) {
            state.way = w % 2;
            Thread.sleep(5_000);
        }
        for (int s = 1; s <= spells * 2; s++) {
            state.begin(s, (s - 1) % 2);
            Thread.sleep(spellMillis);
        }
        state.stop = true;
        for (Thread thread : threads) {
            thread.join();
        }
        double[][] perSpell = new double[2][spells];
        for (int s = 1; s <= spells * 2; s++) {
            perSpell[(s - 1) % 2][(s - 1) / 2] = state.microsAnAudit(s);
        }
        System.out.println("audits: µs of CPU an audit, both threads (median of " + spells + " spells each, alternating)");
        double[] ratios = new double[spells];
        for (int s = 0; s < spells; s++) {
            ratios[s] = perSpell[0][s] / perSpell[1][s];
        }
        for (int way = 0; way < 2; way++) {
            System.out.printf(Locale.ROOT, "  library %-24s %6.1f (spells %s)%n", WAYS[way], AuditCpu.median(perSpell[way]), format(perSpell[way]));
        }
        System.out.printf(Locale.ROOT, "  shared to a copy each, spell by spell: median %.3f (%s)%n", AuditCpu.median(ratios), format(ratios));
    }

    /** One copy of the library: an engine with the default rules and the sample case, called by reflection. */
    private static final class Auditor {
        private final ClassLoader loader;
        private final Object engine;
        private final Object record;
        private final Method audit;

        Auditor(ClassLoader loader) throws Exception {
            this.loader = loader;
            ClassLoader before = Thread.currentThread().getContextClassLoader();
            Thread.currentThread().setContextClassLoader(loader);
            try {
                Class<?> engineClass = Class.forName("org.sosqa.rules.AuditEngine", true, loader);
                this.engine = engineClass.getMethod("withDefaultRules").invoke(null);
                this.record = Class.forName("org.sosqa.core.SampleCase", true, loader).getMethod("record").invoke(null);
                this.audit = engineClass.getMethod("audit", Class.forName("org.sosqa.core.CaseRecord", true, loader));
            } finally {
                Thread.currentThread().setContextClassLoader(before);
            }
        }

        void audit() {
            try {
                audit.invoke(engine, record);
            } catch (ReflectiveOperationException e) {
                throw new IllegalStateException(e);
            }
        }
    }

    /** Both threads' work: the current way's auditor, with CPU time and audits counted per spell. */
    private static final class Spells {
        volatile int way;
        volatile boolean stop;
        private volatile int spell;
        /** Per thread and spell, CPU nanoseconds and audits; each thread writes its own row only. */
        private final long[][] cpu;
        private final long[][] done;
        private final ThreadMXBean threads = ManagementFactory.getThreadMXBean();

        Spells(int count) {
            cpu = new long[2][count];
            done = new long[2][count];
        }

        /** Spell {@code number} begins, the threads working the given way. */
        void begin(int number, int newWay) {
            way = newWay;
            spell = number;
        }

        void work(int k, Auditor[][] byWay) {
            int current = spell;
            long cpuAtStart = threads.getCurrentThreadCpuTime();
            long audits = 0;
            while (!stop) {
                int now = spell;
                if (now != current) {
                    long cpuNow = threads.getCurrentThreadCpuTime();
                    cpu[k][current] += cpuNow - cpuAtStart;
                    done[k][current] += audits;
                    current = now;
                    cpuAtStart = cpuNow;
                    audits = 0;
                }
                Auditor auditor = byWay[way][k];
                Thread.currentThread().setContextClassLoader(auditor.loader);
                auditor.audit();
                audits++;
            }
            cpu[k][current] += threads.getCurrentThreadCpuTime() - cpuAtStart;
            done[k][current] += audits;
        }

        /** µs of CPU an audit in spell {@code number}, both threads; read after the threads have ended. */
        double microsAnAudit(int number) {
            return (cpu[0][number] + cpu[1][number]) / 1e3 / Math.max(1, done[0][number] + done[1][number]);
        }
    }

    /** Loads {@code org.sosqa} classes from the jar itself, everything else from the parent. */
    private static final class OwnCopy extends URLClassLoader {
        OwnCopy(URL jar, ClassLoader parent) {
            super(new URL[] {jar}, parent);
        }

        @Override
        protected Class<?> loadClass(String name, boolean resolve) throws ClassNotFoundException {
            if (!name.startsWith("org.sosqa.")) {
                return super.loadClass(name, resolve);
            }
            synchronized (getClassLoadingLock(name)) {
                Class<?> loaded = findLoadedClass(name);
                if (loaded == null) {
                    loaded = findClass(name);
                }
                if (resolve) {
                    resolveClass(loaded);
                }
                return loaded;
            }
        }
    }

    private static String format(double[] values) {
        StringBuilder out = new StringBuilder();
        for (double v : values) {
            out.append(out.length() == 0 ? "" : ", ").append(String.format(Locale.ROOT, v < 10 ? "%.2f" : "%.1f", v));
        }
        return out.toString();
    }
}
