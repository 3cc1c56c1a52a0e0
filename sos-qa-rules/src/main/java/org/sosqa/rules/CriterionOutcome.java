package org.sosqa.rules;

import java.util.List;
import java.util.Objects;
import org.sosqa.core.accreditation.AwardLevel;

/**
 * Whether a self-assessment meets one accreditation criterion, and the evidence behind the answer.
 *
 * @param id the criterion's id ({@code silver.impact.depth})
 * @param level the level it belongs to
 * @param title what it asks for, in a few words
 * @param met whether it is met
 * @param evidence the evidence looked at, one line each
 * @param missing what is missing, one line each; empty when met
 */
public record CriterionOutcome(String id, AwardLevel level, String title, boolean met, List<String> evidence,
        List<String> missing) {

    public CriterionOutcome {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(level, "level");
        Objects.requireNonNull(title, "title");
        evidence = List.copyOf(evidence);
        missing = List.copyOf(missing);
    }
}
