/**
 * Tests of the practice-depth audit through the public engine: every rule of the default pack on cases
 * made from the sample by changing one thing ({@link org.sosqa.rules.audit.Cases}), a check that no rule
 * is left without a test, grades and limiting judgements, properties over seeded generated cases,
 * threads and batches, statement checks, and that no case text reaches the logs.
 */
package org.sosqa.rules.audit;
