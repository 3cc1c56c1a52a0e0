package org.sosqa.core.inquiry;

import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.sosqa.core.measure.ShownCount;

/**
 * Learning themes across an organisation's appreciative inquiries: which practices most often lie behind
 * work people are proud of, by team and over time (issue 6; domain.md §5.1), with the EARS quality notes.
 *
 * @param proudFrom an inquiry counts as proud work when its scale is at least this
 * @param threshold counts from 1 to {@code threshold - 1} are suppressed
 * @param inquiries how many inquiries were read
 * @param proudInquiries how many were proud work, suppressed like any other count
 * @param tags one theme per practice behind at least one piece of proud work, most frequent first
 *     (suppressed counts after shown ones, ties in vocabulary order)
 * @param notes every EARS quality note, by inquiry id
 * @param noteCounts how many notes of each code, by code
 */
public record ThemeReport(int proudFrom, int threshold, int inquiries, ShownCount proudInquiries,
        List<TagTheme> tags, List<QualityNote> notes, Map<String, Integer> noteCounts) {

    /** Copies the collections. */
    public ThemeReport {
        tags = List.copyOf(tags);
        notes = List.copyOf(notes);
        noteCounts = Collections.unmodifiableMap(new TreeMap<>(noteCounts));
    }
}
