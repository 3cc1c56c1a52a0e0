package org.sosqa.core.leadership;

import java.util.Objects;

/**
 * Something a leader spends time on, classed as practice or not (domain.md §5.2: leaders' "close contact
 * with direct work with families" against "feeding the system").
 *
 * @param id the activity's id, as time records use it ({@code observing-practice})
 * @param label its name for people
 * @param practice whether time on it counts as time for practice
 * @param source where it comes from: a domain.md section, "library's own", or an organisation's note
 */
public record Activity(String id, String label, boolean practice, String source) {

    /** Checks every part is present. */
    public Activity {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(label, "label");
        Objects.requireNonNull(source, "source");
    }
}
