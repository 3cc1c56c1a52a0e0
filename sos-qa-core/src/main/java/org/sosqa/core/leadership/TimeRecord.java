package org.sosqa.core.leadership;

import java.time.LocalDate;
import java.util.Collections;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * How one leader's working time divided between activities over a period, from a time diary or a
 * sampled week (domain.md §5.2).
 *
 * @param leaderId the leader's pseudonymous id
 * @param role the leader's role id ({@code team-manager}, {@code service-manager}, {@code director})
 * @param from the first day of the period
 * @param to the last day of the period, not before {@code from}
 * @param minutes minutes spent on each activity id, sorted by id; every value zero or more
 */
public record TimeRecord(String leaderId, String role, LocalDate from, LocalDate to, Map<String, Integer> minutes) {

    /**
     * Checks the parts and copies the minutes.
     *
     * @throws IllegalArgumentException if the period ends before it starts or a minute count is negative
     */
    public TimeRecord {
        Objects.requireNonNull(leaderId, "leaderId");
        Objects.requireNonNull(role, "role");
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        if (to.isBefore(from)) {
            throw new IllegalArgumentException("the period ends before it starts");
        }
        minutes = Collections.unmodifiableMap(new TreeMap<>(minutes));
        for (Integer m : minutes.values()) {
            if (m == null || m < 0) {
                throw new IllegalArgumentException("minutes must be zero or more");
            }
        }
    }

    /**
     * All the minutes recorded.
     *
     * @return the sum over every activity
     */
    public long totalMinutes() {
        return minutes.values().stream().mapToLong(Integer::longValue).sum();
    }
}
