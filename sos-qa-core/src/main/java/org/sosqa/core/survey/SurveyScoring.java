package org.sosqa.core.survey;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;

/**
 * The scoring rules, in one place so the guide (docs/surveys.md) and the code say the same thing.
 *
 * <ul>
 * <li><b>Reverse items.</b> A reverse-scored Likert rating r counts as {@code 6 - r} everywhere: in scale
 *     scores and in agreeing. For a reverse item, "agreeing" means disagreeing with its words.</li>
 * <li><b>Agreeing.</b> A Likert item is agreed with when its (reversed) rating is {@value #AGREE_AT} or 5
 *     (agree or strongly agree). A respondent agrees with a scale when the mean of its answered items is at
 *     least {@value #AGREE_AT}, that is a scale score of at least 75 (the Safety Attitudes Questionnaire's
 *     "percent positive", domain.md §2.5).</li>
 * <li><b>Scale score.</b> The mean of the answered items of the scale, put on 0-100: {@code (mean - 1) x 25},
 *     kept to four decimals for each respondent; a group's score is the mean of its respondents', one
 *     decimal, half-up.</li>
 * <li><b>Missing answers.</b> An unanswered item is left out, never counted as zero or as neutral. A
 *     respondent has a scale score only when at least half the scale's items (rounded up) are answered;
 *     otherwise they are left out of that scale's denominator, and still count as respondents.</li>
 * </ul>
 */
public final class SurveyScoring {

    /** The lowest (reversed) Likert rating that counts as agreeing: 4, agree. */
    public static final int AGREE_AT = 4;

    private static final BigDecimal TWENTY_FIVE = BigDecimal.valueOf(25);

    private SurveyScoring() {
    }

    /** The rating as it is scored: {@code 6 - r} for a reverse item, else r; null when not answered. */
    public static Integer itemScore(SurveyItem item, SurveyResponse response) {
        Integer r = response.rating(item.id());
        if (r == null) {
            return null;
        }
        return item.reverse() ? 6 - r : r;
    }

    /** Whether the respondent agreed with a Likert item (after reversal); false when not answered. */
    public static boolean agrees(SurveyItem item, SurveyResponse response) {
        Integer s = itemScore(item, response);
        return s != null && s >= AGREE_AT;
    }

    /** How many answered items a scale of {@code items} items needs: half, rounded up, and at least one. */
    public static int needed(int items) {
        return Math.max(1, (items + 1) / 2);
    }

    /** Whether the respondent answered enough of the scale's items to be scored on it. */
    public static boolean scored(List<SurveyItem> scaleItems, SurveyResponse response) {
        long answered = scaleItems.stream().filter(i -> response.rating(i.id()) != null).count();
        return answered >= needed(scaleItems.size());
    }

    /** The respondent's scale score on 0-100 (four decimals), or null when too few items are answered. */
    public static BigDecimal scaleScore(List<SurveyItem> scaleItems, SurveyResponse response) {
        if (!scored(scaleItems, response)) {
            return null;
        }
        int sum = 0;
        int n = 0;
        for (SurveyItem item : scaleItems) {
            Integer s = itemScore(item, response);
            if (s != null) {
                sum += s;
                n++;
            }
        }
        // (sum / n - 1) * 25 = (sum - n) * 25 / n, exact until the one division.
        return BigDecimal.valueOf(sum - n).multiply(TWENTY_FIVE).divide(BigDecimal.valueOf(n), 4, RoundingMode.HALF_UP);
    }

    /** Whether the respondent agrees with the scale: a mean of at least {@value #AGREE_AT}, a score of 75 or more. */
    public static boolean agreesWithScale(List<SurveyItem> scaleItems, SurveyResponse response) {
        BigDecimal score = scaleScore(scaleItems, response);
        return score != null && score.compareTo(BigDecimal.valueOf((AGREE_AT - 1) * 25L)) >= 0;
    }
}
