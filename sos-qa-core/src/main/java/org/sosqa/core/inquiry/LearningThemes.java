package org.sosqa.core.inquiry;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Function;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.sosqa.core.measure.PopulationCounts;
import org.sosqa.core.measure.ShownCount;
import org.sosqa.core.measure.StratifierReport;
import org.sosqa.core.measure.StratumReport;
import org.sosqa.core.measure.SummaryReport;
import org.sosqa.core.measure.SuppressedSummary;
import org.sosqa.core.measure.Suppression;

/**
 * Works out the {@link ThemeReport} of a set of inquiries. Each practice tag becomes a small measure
 * (denominator: proud inquiries; numerator: those tagged with it) stratified by team and by quarter, and
 * is suppressed with {@link Suppression}, the same rule as every other measure in the library. Stateless.
 */
public final class LearningThemes {

    /** The default least scale for proud work: 7 of 10, the library's own choice. */
    public static final int DEFAULT_PROUD_FROM = 7;
    /** The stratifier id for teams. */
    public static final String BY_TEAM = "team";
    /** The stratifier id for calendar quarters. */
    public static final String BY_QUARTER = "quarter";

    private static final Logger LOG = LoggerFactory.getLogger(LearningThemes.class);

    private LearningThemes() {
    }

    /**
     * Themes with the defaults: proud from 7, suppression threshold {@link Suppression#DEFAULT_THRESHOLD}.
     *
     * @param inquiries the inquiries
     * @param vocabulary the practice tags, for labels and ordering
     * @return the report
     */
    public static ThemeReport of(Collection<InquiryRecord> inquiries, PracticeVocabulary vocabulary) {
        return of(inquiries, vocabulary, DEFAULT_PROUD_FROM, Suppression.DEFAULT_THRESHOLD);
    }

    /**
     * Themes.
     *
     * @param inquiries the inquiries
     * @param vocabulary the practice tags, for labels and ordering
     * @param proudFrom the least scale (0-10) that counts as proud work
     * @param threshold counts from 1 to {@code threshold - 1} are suppressed; 1 or less suppresses nothing
     * @return the report
     * @throws IllegalArgumentException if {@code proudFrom} is outside 0-10
     */
    public static ThemeReport of(Collection<InquiryRecord> inquiries, PracticeVocabulary vocabulary, int proudFrom,
            int threshold) {
        if (proudFrom < InquiryRecord.MIN_SCALE || proudFrom > InquiryRecord.MAX_SCALE) {
            throw new IllegalArgumentException("proudFrom must be from 0 to 10, not " + proudFrom);
        }
        List<InquiryRecord> all = new ArrayList<>(inquiries);
        all.sort(Comparator.comparing(InquiryRecord::id));
        List<InquiryRecord> proud = all.stream().filter(i -> i.scale() >= proudFrom).toList();
        TreeSet<String> teams = new TreeSet<>();
        TreeSet<String> quarters = new TreeSet<>();
        for (InquiryRecord i : all) {
            teams.add(i.team());
            quarters.add(quarter(i.date()));
        }
        List<String> order = new ArrayList<>(vocabulary.ids());
        TreeSet<String> used = new TreeSet<>(Comparator.comparingInt((String id) -> rank(order, id))
                .thenComparing(Function.identity()));
        proud.forEach(i -> used.addAll(i.practiceTags()));

        List<TagTheme> themes = new ArrayList<>();
        for (String tagId : used) {
            PracticeTag tag = vocabulary.tag(tagId).orElse(new PracticeTag(tagId, tagId, "not in the vocabulary"));
            SummaryReport summary = new SummaryReport("inquiry.theme." + tagId,
                    stratum("total", proud, tagId),
                    List.of(stratifier(BY_TEAM, teams, proud, tagId, InquiryRecord::team),
                            stratifier(BY_QUARTER, quarters, proud, tagId, i -> quarter(i.date()))));
            themes.add(new TagTheme(tag, Suppression.apply(summary, threshold)));
        }
        themes.sort(Comparator.comparingLong((TagTheme t) -> sortKey(t.summary()))
                .thenComparingInt(t -> rank(order, t.tag().id()))
                .thenComparing(t -> t.tag().id()));

        List<QualityNote> notes = new ArrayList<>();
        Map<String, Integer> noteCounts = new TreeMap<>();
        for (InquiryRecord i : all) {
            for (QualityNote n : EarsCheck.notes(i)) {
                notes.add(n);
                noteCounts.merge(n.code(), 1, Integer::sum);
            }
        }
        ShownCount proudShown = new ShownCount(proud.size() > 0 && proud.size() < threshold ? null : (long) proud.size());
        LOG.debug("learning themes: {} inquiries, {} practice tags, {} quality notes", all.size(), themes.size(),
                notes.size());
        return new ThemeReport(proudFrom, threshold, all.size(), proudShown, themes, notes, noteCounts);
    }

    /**
     * The calendar quarter of a date, written {@code YYYY-Qn}.
     *
     * @param date the date
     * @return its quarter, for example {@code 2025-Q3} for 2025-08-14
     */
    public static String quarter(LocalDate date) {
        return date.getYear() + "-Q" + ((date.getMonthValue() - 1) / 3 + 1);
    }

    // Shown counts, largest first; suppressed ones after every shown one.
    private static long sortKey(SuppressedSummary s) {
        Long n = s.total().numerator().value();
        return n == null ? 1 : -n;
    }

    private static int rank(List<String> order, String id) {
        int i = order.indexOf(id);
        return i < 0 ? Integer.MAX_VALUE : i;
    }

    private static StratifierReport stratifier(String id, TreeSet<String> values, List<InquiryRecord> proud,
            String tagId, Function<InquiryRecord, String> key) {
        Map<String, List<InquiryRecord>> groups = new LinkedHashMap<>();
        values.forEach(v -> groups.put(v, new ArrayList<>()));
        proud.forEach(i -> groups.get(key.apply(i)).add(i));
        List<StratumReport> strata = new ArrayList<>();
        groups.forEach((value, members) -> strata.add(stratum(value, members, tagId)));
        return new StratifierReport(id, strata);
    }

    private static StratumReport stratum(String name, List<InquiryRecord> proud, String tagId) {
        long den = proud.size();
        long num = proud.stream().filter(i -> i.practiceTags().contains(tagId)).count();
        BigDecimal value = den == 0 ? null
                : BigDecimal.valueOf(num * 100).divide(BigDecimal.valueOf(den), 1, RoundingMode.HALF_UP);
        return new StratumReport(name, new PopulationCounts(den, den, 0, num), value);
    }
}
