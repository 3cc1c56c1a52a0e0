/**
 * JMH benchmarks of the goals in {@code docs/performance.md}: start-up to the first report, audit
 * throughput, reading against reading and auditing, live statement checks, and a long stream of cases in
 * a small heap. Each benchmark class measures its baseline in the same run. They compile with every
 * build and never run in it; {@code mvn -Pbench package} builds {@code target/benchmarks.jar}. Beside
 * them, plain runnables measure CPU time of one thread, which a shared machine's load disturbs less:
 * {@code DashboardCpu}, {@code AuditCpu}, and {@code AuditAB} (two builds compared in one JVM).
 */
package org.sosqa.examples.bench;
