/**
 * Statutory core data (domain.md §3): the England working-day calendar, child-level episodes (referrals,
 * assessments, section 47 enquiries, initial child protection conferences, child protection plans, periods
 * looked after) built from sos-qa {@link org.sosqa.core.CaseEvent}s ({@link org.sosqa.core.coredata.CaseEventEpisodes})
 * or read from a DfE children in need census XML file ({@link org.sosqa.core.coredata.CinCensusReader}), and the
 * English statutory indicators computed from them ({@link org.sosqa.core.coredata.StatutoryIndicators}).
 *
 * <p>Streaming, in memory that does not grow with the data: {@link org.sosqa.core.coredata.CinCensusReader#stream}
 * and {@link org.sosqa.core.coredata.CaseEpisodeStream} (cases grouped by child) hand each complete child to a
 * {@link org.sosqa.core.coredata.CoreDataSink}, such as an {@link org.sosqa.core.coredata.IndicatorTally}, which
 * counts the indicators of one or several collection years and can be merged across threads.
 *
 * <p>Bad data never stops the computation: every record that cannot be used is reported as a
 * {@link org.sosqa.core.coredata.DataProblem} with its location, left out, and counted in
 * {@link org.sosqa.core.coredata.CoreData#leftOut()}. Nothing here logs child-level data; only counts.
 * The definitions and the boundaries chosen are in {@code docs/indicators.md}.
 */
package org.sosqa.core.coredata;
