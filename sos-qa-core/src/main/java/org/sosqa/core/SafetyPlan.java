package org.sosqa.core;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;

/**
 * The current safety plan: rules for everyday living with named people, and its reviews
 * (domain.md §1.3, "Safety plan"). A plan counts for nothing until people see it working, so reviews
 * are part of it.
 *
 * @param agreed when the plan was agreed, or null where not recorded
 * @param reviews the dates it was reviewed, oldest first; never null
 * @param nextReview when it is next due for review, or null
 * @param rules the rules; never null
 */
public record SafetyPlan(
        LocalDate agreed,
        @NotNull @Size(max = 200) List<@NotNull LocalDate> reviews,
        LocalDate nextReview,
        @NotNull @Size(max = 200) List<@NotNull @Valid PlanRule> rules) {

    public SafetyPlan {
        reviews = Collections2.copy(reviews);
        rules = Collections2.copy(rules);
    }
}
