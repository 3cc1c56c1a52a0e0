/**
 * Statutory core data (domain.md §3): the England working-day calendar, child-level episodes (referrals,
 * assessments, section 47 enquiries, initial child protection conferences, child protection plans, periods
 * looked after) built from sos-qa {@link org.sosqa.core.CaseEvent}s ({@link org.sosqa.core.coredata.CaseEventEpisodes})
 * or read from a DfE children in need census XML file ({@link org.sosqa.core.coredata.CinCensusReader}), and the
 * English statutory indicators computed from them ({@link org.sosqa.core.coredata.StatutoryIndicators}).
 *
 * <p>Bad data never stops the computation: every record that cannot be used is reported as a
 * {@link org.sosqa.core.coredata.DataProblem} with its location, left out, and counted in
 * {@link org.sosqa.core.coredata.CoreData#leftOut()}. Nothing here logs child-level data; only counts.
 * The definitions and the boundaries chosen are in {@code docs/indicators.md}.
 */
package org.sosqa.core.coredata;
