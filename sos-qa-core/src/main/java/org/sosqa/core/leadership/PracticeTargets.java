package org.sosqa.core.leadership;

import java.util.Collections;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * The share of working time an organisation wants each leadership role to spend on practice, as whole
 * percentages. The organisation sets them: the library ships no targets, because domain.md §5.2 found no
 * published standard (the demonstration organisation has its own, for illustration only).
 *
 * @param percentByRole the target percentage (0-100) by role id, sorted by role
 */
public record PracticeTargets(Map<String, Integer> percentByRole) {

    /**
     * Checks and copies the targets.
     *
     * @throws IllegalArgumentException if a target is outside 0-100
     */
    public PracticeTargets {
        percentByRole = Collections.unmodifiableMap(new TreeMap<>(percentByRole));
        for (Integer p : percentByRole.values()) {
            if (p == null || p < 0 || p > 100) {
                throw new IllegalArgumentException("a target is a whole percentage from 0 to 100");
            }
        }
    }

    /**
     * A role's target.
     *
     * @param role the role id
     * @return the target percentage, or empty when the organisation set none for the role
     */
    public Optional<Integer> target(String role) {
        return Optional.ofNullable(percentByRole.get(role));
    }
}
