package org.sosqa.examples.bench;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.sosqa.core.CaseRecord;
import org.sosqa.core.coredata.CaseEpisodeStream;
import org.sosqa.core.coredata.CollectionYear;
import org.sosqa.core.coredata.IndicatorReport;
import org.sosqa.core.coredata.IndicatorTally;
import org.sosqa.core.coredata.WorkingDayCalendar;
import org.sosqa.core.measure.Dashboard;
import org.sosqa.core.measure.DashboardReport;
import org.sosqa.core.measure.Interval;
import org.sosqa.core.measure.MeasureDefinitions;
import org.sosqa.core.measure.Suppression;

/**
 * Issue 5's whole job over cases streamed once: the 14 default dashboard measures' quarterly series over the
 * five years (rolled up by service stage, team and worker) and the statutory indicators of the five
 * collection years 2021-22 to 2025-26 from the cases' events, each case handed to both and kept by neither.
 * One per thread; {@link #merge} another thread's.
 */
final class AllMeasures {

    /** The five collection years the cases span. */
    static final List<CollectionYear> YEARS = List.of(new CollectionYear(2022), new CollectionYear(2023),
            new CollectionYear(2024), new CollectionYear(2025), new CollectionYear(2026));

    private final Dashboard dashboard;
    private final IndicatorTally tally;
    private final CaseEpisodeStream episodes;

    AllMeasures(WorkingDayCalendar calendar) {
        List<LocalDate> quarters = Interval.QUARTER.ends(DashboardCases.START, DashboardCases.END);
        dashboard = new Dashboard(MeasureDefinitions.defaults(), quarters, Dashboard.ALL_LEVELS);
        tally = new IndicatorTally(YEARS, calendar);
        episodes = new CaseEpisodeStream(tally);
    }

    void add(CaseRecord c) {
        dashboard.add(c);
        episodes.accept(c);
    }

    /** Closes the last group of cases; call once after the last case. */
    AllMeasures finish() {
        episodes.finish();
        return this;
    }

    void merge(AllMeasures other) {
        dashboard.merge(other.dashboard);
        tally.merge(other.tally);
    }

    long children() {
        return tally.children();
    }

    long notGrouped() {
        return episodes.notGrouped();
    }

    /** The dashboard's report and each year's indicators. */
    Result report() {
        List<IndicatorReport> indicators = new ArrayList<>();
        for (CollectionYear y : YEARS) {
            indicators.add(tally.report(y, null));
        }
        return new Result(dashboard.report(Suppression.DEFAULT_THRESHOLD), indicators);
    }

    /** Everything issue 5 asks for over the cases. */
    record Result(DashboardReport dashboard, List<IndicatorReport> indicators) {
    }
}
