package org.sosqa.core.accreditation;

import java.util.Objects;

/**
 * A member of a peer-review panel (domain.md §4.1, §4.2: practice leaders from other accredited
 * organisations, an analyst, a reviewer with lived experience).
 *
 * @param id the reviewer's id within the review, not their name
 * @param role their role on the panel ({@code practice leader}, {@code analyst}, {@code lived experience})
 */
public record Reviewer(String id, String role) {

    public Reviewer {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(role, "role");
    }
}
