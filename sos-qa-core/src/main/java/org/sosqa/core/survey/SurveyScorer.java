package org.sosqa.core.survey;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

import org.sosqa.core.measure.Measure;
import org.sosqa.core.measure.MeasureEvaluator;
import org.sosqa.core.measure.ShownCount;
import org.sosqa.core.measure.Stratifier;
import org.sosqa.core.measure.SuppressedSummary;
import org.sosqa.core.measure.Suppression;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Scores responses to an instrument. Stateless and thread-safe; the same responses give equal reports. */
public final class SurveyScorer {

    /** No group smaller than this is ever shown, and no threshold below it is accepted. */
    public static final int MINIMUM_GROUP = Suppression.DEFAULT_THRESHOLD;

    private static final Logger LOG = LoggerFactory.getLogger(SurveyScorer.class);

    private SurveyScorer() {
    }

    /** Scores with the minimum group of {@value #MINIMUM_GROUP}. */
    public static SurveyReport score(SurveyInstrument instrument, Collection<SurveyResponse> responses,
            List<Stratifier<SurveyResponse>> stratifiers) {
        return score(instrument, responses, stratifiers, MINIMUM_GROUP);
    }

    /**
     * Scores responses.
     *
     * @param instrument the instrument they answered
     * @param responses valid responses (see {@link SurveyResponses}), in any order
     * @param stratifiers how to split every result, for example {@link SurveyMeasures#BY_TEAM}
     * @param threshold the smallest group shown, at least {@value #MINIMUM_GROUP}
     * @return the suppressed report
     * @throws IllegalArgumentException if the threshold is below {@value #MINIMUM_GROUP}
     */
    public static SurveyReport score(SurveyInstrument instrument, Collection<SurveyResponse> responses,
            List<Stratifier<SurveyResponse>> stratifiers, int threshold) {
        if (threshold < MINIMUM_GROUP) {
            throw new IllegalArgumentException("no group smaller than " + MINIMUM_GROUP + " is reported; threshold "
                    + threshold + " is too low");
        }
        List<Measure<SurveyResponse>> measures = SurveyMeasures.of(instrument, stratifiers);
        SuppressedSummary respondents = null;
        List<SurveyResult> results = new ArrayList<>();
        for (Measure<SurveyResponse> m : measures) {
            SuppressedSummary shown = Suppression.applyToGroups(
                    MeasureEvaluator.evaluate(m, responses, SurveyResponse::respondentId).summary(), threshold);
            if (m.id().equals(SurveyMeasures.RESPONDENTS)) {
                respondents = shown;
            } else {
                results.add(new SurveyResult(m.id(), m.title(), m.scoring(), shown));
            }
        }
        boolean hidden = respondents.total().denominator().suppressed();
        List<FreeTextCount> freeText = new ArrayList<>();
        for (SurveyItem item : instrument.items()) {
            if (item.type() == ResponseType.FREE_TEXT) {
                long n = responses.stream().filter(r -> r.freeText().containsKey(item.id())).count();
                freeText.add(new FreeTextCount(item.id(), new ShownCount(hidden ? null : n)));
            }
        }
        LOG.debug("scored {} responses to instrument {} {} over {} measures", responses.size(), instrument.id(),
                instrument.version(), measures.size());
        return new SurveyReport(instrument.id(), instrument.version(), threshold,
                stratifiers.stream().map(Stratifier::id).toList(), respondents, results, freeText);
    }
}
