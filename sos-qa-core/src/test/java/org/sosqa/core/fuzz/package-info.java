/**
 * Coverage-guided fuzz tests (Jazzer). In a normal build they run as regression tests over the saved
 * inputs under {@code src/test/resources/org/sosqa/core/fuzz/}; run with {@code JAZZER_FUZZ=1} to fuzz.
 */
package org.sosqa.core.fuzz;
