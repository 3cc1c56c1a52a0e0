package org.sosqa.core.survey;

import java.util.Objects;

/**
 * A group of Likert items scored together (a domain of the staff survey, domain.md §2.5).
 *
 * @param id a stable id, unique in the instrument ({@code teamwork-climate})
 * @param title its title
 * @param source where it comes from ({@code "domain.md §2.5"}), or {@code ""}
 */
public record SurveyScale(String id, String title, String source) {

    public SurveyScale {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(title, "title");
        source = source == null ? "" : source;
    }
}
