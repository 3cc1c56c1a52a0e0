package org.sosqa.core.leadership;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * Leaders' time for practice, rolled up by role against the organisation's targets (domain.md §5.2).
 *
 * @param threshold roles with from 1 to {@code threshold - 1} leaders are suppressed (and, when exactly
 *     one role would be, the next smallest too, so it cannot be recovered from the total)
 * @param from the first day any record covers, or null when there were none
 * @param to the last day any record covers, or null when there were none
 * @param records how many time records were rolled up
 * @param roles one entry per role that recorded time or has a target, sorted by role id
 * @param all every role together
 */
public record TimeReport(int threshold, LocalDate from, LocalDate to, int records, List<RoleTime> roles,
        RoleTime all) {

    /** Copies the roles. */
    public TimeReport {
        roles = List.copyOf(roles);
        Objects.requireNonNull(all, "all");
    }
}
