package org.sosqa.core.coredata;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

import org.sosqa.core.measure.Measure;
import org.sosqa.core.measure.MeasureEvaluator;
import org.sosqa.core.measure.StratumReport;

/**
 * The in-memory computation of the indicators as {@code StatutoryIndicators.compute} did it before the
 * {@link IndicatorTally} existed (every episode of every child in lists, each measure evaluated by
 * {@link MeasureEvaluator#evaluate}), kept in the tests as the independent reference the streaming path must
 * equal.
 */
final class ReferenceIndicators {

    private ReferenceIndicators() {
    }

    static IndicatorReport compute(CoreData data, CollectionYear year, WorkingDayCalendar calendar,
            Long childPopulation) {
        List<Indicator> out = new ArrayList<>();
        var referrals = all(data, ChildEpisodes::referrals);
        var assessments = all(data, ChildEpisodes::assessments);
        var section47s = all(data, ChildEpisodes::section47s);
        var plans = all(data, ChildEpisodes::plans);
        Indicator rereferral = rate(StatutoryIndicators.rereferralMeasure(year), referrals);
        out.add(count("referrals", "Referrals in the year", rereferral.denominator()));
        out.add(new Indicator("rereferrals-12m", "Re-referrals within 12 months of a previous referral",
                rereferral.numerator(), rereferral.denominator(), BigDecimal.valueOf(rereferral.numerator())));
        out.add(rereferral);
        out.add(rate(StatutoryIndicators.assessmentMeasure(year, calendar), assessments));
        out.add(rate(StatutoryIndicators.icpcMeasure(year, calendar), section47s));
        Indicator subsequent = rate(StatutoryIndicators.subsequentPlanMeasure(year), plans);
        out.add(count("cpp-starts", "Child protection plans started in the year", subsequent.denominator()));
        out.add(subsequent);
        out.add(rate(StatutoryIndicators.subsequentPlanWithinTwoYearsMeasure(year), plans));
        long ended = plans.stream().filter(p -> year.contains(p.episode().end())).count();
        out.add(count("cpp-ended", "Child protection plans ended in the year", ended));
        for (StatutoryIndicators.DurationBand band : StatutoryIndicators.DurationBand.values()) {
            out.add(rate(StatutoryIndicators.durationMeasure(year, band), plans));
        }
        out.add(rate(StatutoryIndicators.openTwoYearsMeasure(year), plans));
        if (childPopulation != null) {
            long lookedAfter = data.children().stream()
                    .filter(c -> c.lookedAfter().stream().anyMatch(l -> l.openOn(year.end()))).count();
            BigDecimal rate = childPopulation <= 0 ? null : BigDecimal.valueOf(lookedAfter * 10_000L)
                    .divide(BigDecimal.valueOf(childPopulation), 0, RoundingMode.HALF_UP);
            out.add(new Indicator("cla-per-10000", "Children looked after at 31 March per 10,000 children under 18",
                    lookedAfter, childPopulation, rate));
        }
        return new IndicatorReport(year, out, data.problems(), leftOut(data.problems()));
    }

    private static <T> List<EpisodeOf<T>> all(CoreData data, Function<ChildEpisodes, List<T>> episodes) {
        List<EpisodeOf<T>> out = new ArrayList<>();
        for (ChildEpisodes c : data.children()) {
            for (T e : episodes.apply(c)) {
                out.add(new EpisodeOf<>(c, e));
            }
        }
        return out;
    }

    private static <T> Indicator rate(Measure<EpisodeOf<T>> measure, List<EpisodeOf<T>> subjects) {
        List<EpisodeOf<T>> in = subjects.stream().filter(s -> measure.initialPopulation().test(s)).toList();
        StratumReport total = MeasureEvaluator.evaluate(measure, in, s -> s.child().childId()).summary().total();
        return new Indicator(measure.id(), measure.title(), total.counts().numerator(),
                total.counts().effectiveDenominator(), total.value());
    }

    private static Indicator count(String id, String title, long n) {
        return new Indicator(id, title, n, null, BigDecimal.valueOf(n));
    }

    /** Left-out counts as {@code CoreData.leftOut()} counted them before {@code LeftOut.count}. */
    static List<LeftOut> leftOut(List<DataProblem> problems) {
        java.util.Map<String, LeftOut> counts = new java.util.TreeMap<>();
        for (DataProblem p : problems) {
            String key = String.format("%02d%02d", p.record().ordinal(), p.kind().ordinal());
            LeftOut old = counts.get(key);
            counts.put(key, new LeftOut(p.record(), p.kind(), old == null ? 1 : old.count() + 1));
        }
        return counts.values().stream().sorted(java.util.Comparator.comparing(LeftOut::record)
                .thenComparing(LeftOut::reason)).toList();
    }
}
