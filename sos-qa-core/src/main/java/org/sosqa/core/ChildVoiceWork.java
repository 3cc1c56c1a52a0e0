package org.sosqa.core;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;

/**
 * A piece of work with one child using a child's-voice tool.
 *
 * @param childId the child, one of the case's children
 * @param tool the tool used
 * @param date when it was done
 * @param sharedWithChild whether it was read back to, or given to, the child
 * @param childWords the child's own words, exactly as said, or null where none were recorded
 */
public record ChildVoiceWork(
        @NotNull @Identifier String childId,
        @NotNull ChildVoiceTool tool,
        @NotNull LocalDate date,
        boolean sharedWithChild,
        @Size(max = 4000) String childWords) {
}
