package org.sosqa.core.inquiry;

import java.util.Objects;

/**
 * A note on how an inquiry followed EARS (domain.md §5.1). Not an error: the record is still used; the
 * note tells whoever supports the facilitator what the conversation may have missed.
 *
 * @param inquiryId the inquiry
 * @param code the note's stable code, one of the {@code EarsCheck} constants ({@code ears.no-reflect})
 * @param message plain English, with no text of the inquiry
 */
public record QualityNote(String inquiryId, String code, String message) {

    /** Checks every part is present. */
    public QualityNote {
        Objects.requireNonNull(inquiryId, "inquiryId");
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(message, "message");
    }
}
