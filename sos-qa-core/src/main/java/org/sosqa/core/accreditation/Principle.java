package org.sosqa.core.accreditation;

import java.util.Objects;

/**
 * One principle of a {@link Charter}.
 *
 * @param id a stable id ({@code working-relationships})
 * @param title a short title
 * @param text what an organisation that signs the charter commits to
 * @param source where the principle comes from (a domain.md section)
 */
public record Principle(String id, String title, String text, String source) {

    public Principle {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(source, "source");
    }
}
