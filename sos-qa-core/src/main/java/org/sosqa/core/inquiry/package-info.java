/**
 * Appreciative inquiry (domain.md §5.1): records of EARS conversations (Elicit, Amplify, Reflect, Start
 * over) about a case or a piece of work, and the learning themes across an organisation: which Signs of
 * Safety practices most often lie behind work people are proud of, by team and by quarter.
 *
 * <p>Entry points: {@link org.sosqa.core.inquiry.InquiryRecords} reads records from JSON with located
 * errors; {@link org.sosqa.core.inquiry.PracticeVocabulary} holds the practice tags (the library's own,
 * extendable by an organisation); {@link org.sosqa.core.inquiry.LearningThemes} works out the themes,
 * suppressing small numbers with {@link org.sosqa.core.measure.Suppression};
 * {@link org.sosqa.core.inquiry.EarsCheck} notes conversations that skipped a part of EARS.
 *
 * <p>The turns, behaviours and meanings of an inquiry are free text about children's cases: nothing in this
 * package logs them or puts them into a message or a {@code toString}. Only ids and counts are logged.
 */
package org.sosqa.core.inquiry;
