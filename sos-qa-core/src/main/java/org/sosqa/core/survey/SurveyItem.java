package org.sosqa.core.survey;

import java.util.Objects;

/**
 * One question of an instrument.
 *
 * @param id a stable id, unique in the instrument ({@code f1}, {@code tw2}); answers are keyed by it
 * @param text the question as respondents read it
 * @param type how it is answered
 * @param scale the id of the scale it belongs to, or {@code ""} for an item outside every scale
 * @param reverse whether agreeing is the negative answer, so a Likert rating r scores {@code 6 - r}
 * @param source where the item comes from ({@code "domain.md §2.6"}), or {@code ""} when not given
 */
public record SurveyItem(String id, String text, ResponseType type, String scale, boolean reverse, String source) {

    public SurveyItem {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(type, "type");
        scale = scale == null ? "" : scale;
        source = source == null ? "" : source;
        if (reverse && type != ResponseType.LIKERT_5) {
            throw new IllegalArgumentException("only a Likert item can be reverse scored: " + id);
        }
        if (!scale.isEmpty() && type != ResponseType.LIKERT_5) {
            throw new IllegalArgumentException("only Likert items belong to a scale: " + id);
        }
    }

    /** Whether the item belongs to a scale. */
    public boolean inScale() {
        return !scale.isEmpty();
    }
}
