/**
 * Measures in the vocabulary of clinical quality measures (HL7 FHIR Measure): a {@link org.sosqa.core.measure.Measure}
 * is data (its populations are predicates over a subject), {@link org.sosqa.core.measure.MeasureEvaluator} sorts
 * subjects into the initial population, denominator, denominator exclusion and numerator, and the
 * {@link org.sosqa.core.measure.MeasureReport} gives the three FHIR report levels: individual (one subject, in
 * which populations and why), subject list and summary (counts, value, strata).
 *
 * <p>A breadth measure over open cases, a survey scale and a statutory indicator are all measures. Summaries
 * shown to people should pass through {@link org.sosqa.core.measure.Suppression}, which hides small numbers
 * and any number that would let a hidden one be recovered by subtraction; survey results use
 * {@link org.sosqa.core.measure.Suppression#applyToGroups}, which hides whole groups of too few respondents.
 *
 * <p>Measures over cases can also be written as data: {@link org.sosqa.core.measure.MeasureDefinitions} reads
 * a JSON definition file whose populations are {@link org.sosqa.core.measure.CaseCondition}s from a closed
 * catalogue (no code runs), and the library's own breadth dashboard measures are such a file. A
 * {@link org.sosqa.core.measure.Dashboard} streams cases through them on one day or at each month or quarter
 * end ({@link org.sosqa.core.measure.Interval}), rolled up by service stage, team and worker, keeping counts
 * only ({@link org.sosqa.core.measure.SummaryAccumulator} does the same for one measure). See
 * {@code docs/measures.md}.
 */
package org.sosqa.core.measure;
