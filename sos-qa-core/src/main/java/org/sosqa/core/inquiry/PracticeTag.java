package org.sosqa.core.inquiry;

import java.util.Objects;

/**
 * One Signs of Safety practice or tool an inquiry can name as lying behind the work (domain.md §5.1:
 * "transferable practice tags").
 *
 * @param id the tag's id, as records use it ({@code words-and-pictures})
 * @param label its name for people
 * @param source where it comes from: a domain.md section for the library's own tags, or whatever an
 *     organisation writes for its own
 */
public record PracticeTag(String id, String label, String source) {

    /** Checks every part is present. */
    public PracticeTag {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(label, "label");
        Objects.requireNonNull(source, "source");
    }
}
