/**
 * JMH benchmarks of the goals in {@code docs/performance.md}: start-up to the first report, audit
 * throughput, reading against reading and auditing, live statement checks, and a long stream of cases in
 * a small heap. Each benchmark class measures its baseline in the same run. They compile with every
 * build and never run in it; {@code mvn -Pbench package} builds {@code target/benchmarks.jar}.
 */
package org.sosqa.examples.bench;
