package org.sosqa.core.survey;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * One measure's organisation-wide figure as shared with other organisations.
 *
 * @param measureId the measure
 * @param count its denominator (respondents who answered), or null when suppressed
 * @param value its value, or null when suppressed or not defined
 * @param suppressed whether it is hidden because the group is too small
 */
public record SharedFigure(String measureId, Long count, BigDecimal value, boolean suppressed) {

    public SharedFigure {
        Objects.requireNonNull(measureId, "measureId");
        if (suppressed && (count != null || value != null)) {
            throw new IllegalArgumentException("a suppressed figure shows no count and no value: " + measureId);
        }
    }
}
