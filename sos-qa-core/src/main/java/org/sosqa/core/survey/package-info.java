/**
 * Family and staff surveys (domain.md §2.5, §2.6): instruments as data, responses, scoring as measures, and
 * comparison across teams and across organisations that share their figures.
 *
 * <p>An instrument ({@link org.sosqa.core.survey.SurveyInstrument}) is a list of items, each Likert 1-5, a
 * 0-10 scale, yes/no or free text, grouped into scales. sos-qa ships its own default family and staff
 * instruments ({@link org.sosqa.core.survey.SurveyInstruments#family()}, {@link
 * org.sosqa.core.survey.SurveyInstruments#staff()}), written for this library from the public guidance in
 * domain.md; an organisation's own instrument is read from a JSON file in their place.
 *
 * <p>{@link org.sosqa.core.survey.SurveyMeasures} turns an instrument into {@link org.sosqa.core.measure.Measure}s
 * (scale score, percentage agreeing per scale and per item, mean of a 0-10 item, percentage answering yes), so
 * survey results are measures like any other; {@link org.sosqa.core.survey.SurveyScorer} evaluates them and
 * suppresses every group of fewer than five respondents ({@link
 * org.sosqa.core.measure.Suppression#applyToGroups}). {@link org.sosqa.core.survey.SharedFigures} is what an
 * organisation shares with others, and {@link org.sosqa.core.survey.SurveyComparison} sets several side by side.
 *
 * <p>Free-text answers are kept in {@link org.sosqa.core.survey.SurveyResponse} for the organisation's own
 * reading but never logged, never put in an exception message and never reported: reports count them only.
 */
package org.sosqa.core.survey;
