package org.sosqa.core.survey;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import org.sosqa.core.measure.Criterion;
import org.sosqa.core.measure.ImprovementNotation;
import org.sosqa.core.measure.Measure;
import org.sosqa.core.measure.Scoring;
import org.sosqa.core.measure.Stratifier;

/**
 * An instrument's measures, in instrument order. The initial population of every one is every respondent, so
 * that group-size suppression hides the same small groups in all of them.
 *
 * <ul>
 * <li>{@code respondents}: everyone who responded (a proportion whose denominator is the group size).</li>
 * <li>{@code scale.ID.score}: continuous variable, the mean scale score (0-100) over respondents with
 *     enough answers.</li>
 * <li>{@code scale.ID.agreeing}: proportion of those respondents agreeing with the scale.</li>
 * <li>{@code item.ID.agreeing}: for each Likert item, the proportion of those who answered it who agreed.</li>
 * <li>{@code item.ID.mean}: for each 0-10 item, the mean rating, one decimal.</li>
 * <li>{@code item.ID.yes}: for each yes-no item, the proportion answering yes.</li>
 * </ul>
 * Free-text items have no measure.
 */
public final class SurveyMeasures {

    /** The id of the respondents measure. */
    public static final String RESPONDENTS = "respondents";

    /** Splits by the respondent's team. */
    public static final Stratifier<SurveyResponse> BY_TEAM = new Stratifier<>("team", "Team", SurveyResponse::team);

    /** Splits by survey cycle. */
    public static final Stratifier<SurveyResponse> BY_CYCLE = new Stratifier<>("cycle", "Cycle", SurveyResponse::cycle);

    private SurveyMeasures() {
    }

    /** The stratifier with this id ({@code team} or {@code cycle}), or null. */
    public static Stratifier<SurveyResponse> stratifier(String id) {
        return switch (id) {
            case "team" -> BY_TEAM;
            case "cycle" -> BY_CYCLE;
            default -> null;
        };
    }

    /**
     * The measures of an instrument.
     *
     * @param instrument the instrument
     * @param stratifiers how each measure is split; may be empty
     * @return the respondents measure first, then per scale its score and agreeing, then per item
     */
    public static List<Measure<SurveyResponse>> of(SurveyInstrument instrument,
            List<Stratifier<SurveyResponse>> stratifiers) {
        Criterion<SurveyResponse> everyone = Criterion.always("responded to " + instrument.id());
        List<Measure<SurveyResponse>> out = new ArrayList<>();
        out.add(proportion(RESPONDENTS, "Respondents", "Everyone who responded.", everyone, everyone,
                everyone, stratifiers));
        for (SurveyScale scale : instrument.scales()) {
            List<SurveyItem> items = instrument.itemsOf(scale.id());
            Criterion<SurveyResponse> scored = new Criterion<>("answered at least " + SurveyScoring.needed(items.size())
                    + " of the " + items.size() + " items of " + scale.id(), r -> SurveyScoring.scored(items, r));
            out.add(new Measure<>("scale." + scale.id() + ".score", scale.title() + ": scale score (0-100)",
                    "Mean scale score; " + scale.source(), Scoring.CONTINUOUS_VARIABLE, ImprovementNotation.INCREASE,
                    everyone, scored, Criterion.never("no exclusion"), Criterion.never("no numerator"),
                    r -> SurveyScoring.scaleScore(items, r), BigDecimal.ONE, 1, stratifiers));
            out.add(proportion("scale." + scale.id() + ".agreeing", scale.title() + ": % agreeing",
                    "Respondents whose mean over the scale is agree or above; " + scale.source(), everyone, scored,
                    new Criterion<>("mean of " + scale.id() + " at least agree", r -> SurveyScoring.agreesWithScale(items, r)),
                    stratifiers));
        }
        for (SurveyItem item : instrument.items()) {
            Criterion<SurveyResponse> answered = new Criterion<>("answered " + item.id(), r -> r.rating(item.id()) != null);
            switch (item.type()) {
                case LIKERT_5 -> out.add(proportion("item." + item.id() + ".agreeing", item.id() + ": % agreeing",
                        (item.reverse() ? "Reverse scored: agreeing is disagreeing with the words; " : "") + item.source(),
                        everyone, answered,
                        new Criterion<>((item.reverse() ? "disagreed with " : "agreed with ") + item.id(),
                                r -> SurveyScoring.agrees(item, r)), stratifiers));
                case SCALE_0_10 -> out.add(new Measure<>("item." + item.id() + ".mean", item.id() + ": mean (0-10)",
                        "Mean rating; " + item.source(), Scoring.CONTINUOUS_VARIABLE, ImprovementNotation.INCREASE,
                        everyone, answered, Criterion.never("no exclusion"), Criterion.never("no numerator"),
                        r -> BigDecimal.valueOf(r.rating(item.id())), BigDecimal.ONE, 1, stratifiers));
                case YES_NO -> out.add(proportion("item." + item.id() + ".yes", item.id() + ": % yes", item.source(),
                        everyone, answered, new Criterion<>("answered yes to " + item.id(),
                                r -> Integer.valueOf(1).equals(r.rating(item.id()))), stratifiers));
                case FREE_TEXT -> {
                    // counted in the report, never scored
                }
            }
        }
        return List.copyOf(out);
    }

    private static Measure<SurveyResponse> proportion(String id, String title, String description,
            Criterion<SurveyResponse> everyone, Criterion<SurveyResponse> denominator,
            Criterion<SurveyResponse> numerator, List<Stratifier<SurveyResponse>> stratifiers) {
        return new Measure<>(id, title, description, Scoring.PROPORTION, ImprovementNotation.INCREASE, everyone,
                denominator, Criterion.never("no exclusion"), numerator, null, BigDecimal.valueOf(100), 1,
                stratifiers);
    }
}
