package org.sosqa.core;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;

/**
 * A rule of everyday living in the safety plan, with the people who make sure it is kept and the
 * dangers it addresses (domain.md §1.3, "Safety plan").
 *
 * @param id id, unique within the plan
 * @param text the rule as written
 * @param keptBy the people who make sure it is kept (ids of the case's people); never null
 * @param addresses the danger statements it addresses (ids in the same assessment version); never null
 */
public record PlanRule(
        @NotNull @Identifier String id,
        @NotBlank @Size(max = 4000) String text,
        @NotNull @Size(max = 50) List<@NotNull @Identifier String> keptBy,
        @NotNull @Size(max = 50) List<@NotNull @Identifier String> addresses) {

    public PlanRule {
        keptBy = Collections2.copy(keptBy);
        addresses = Collections2.copy(addresses);
    }
}
