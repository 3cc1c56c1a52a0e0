package org.sosqa.core.measure;

/**
 * A count as it may be shown: the number, or suppressed. A suppressed count is never shown as zero.
 *
 * @param value the count, or null when suppressed
 */
public record ShownCount(Long value) {

    /** What a suppressed count is shown as. */
    public static final String SUPPRESSED = "suppressed";

    /** Whether the count is hidden. */
    public boolean suppressed() {
        return value == null;
    }

    /** The number, or {@value #SUPPRESSED}. */
    @Override
    public String toString() {
        return value == null ? SUPPRESSED : value.toString();
    }
}
