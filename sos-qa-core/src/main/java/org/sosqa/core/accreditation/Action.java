package org.sosqa.core.accreditation;

import java.time.LocalDate;
import java.util.Objects;

/**
 * One specific action of the plan, SMART as Athena Swan asks (domain.md §4.1): who owns it, by when, and
 * how success will be seen, named as a measure of one of the streams so that it can be followed cycle by
 * cycle.
 *
 * @param id a stable id within the plan
 * @param description what will be done
 * @param owner who owns it: a role ({@code Head of practice}), not a person's name
 * @param due when it is due
 * @param successMeasure the id of the measure that will show success ({@code breadth.danger-statement})
 * @param status how far it has got
 */
public record Action(String id, String description, String owner, LocalDate due, String successMeasure,
        ActionStatus status) {

    public Action {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(description, "description");
        Objects.requireNonNull(owner, "owner");
        Objects.requireNonNull(due, "due");
        Objects.requireNonNull(successMeasure, "successMeasure");
        Objects.requireNonNull(status, "status");
    }
}
