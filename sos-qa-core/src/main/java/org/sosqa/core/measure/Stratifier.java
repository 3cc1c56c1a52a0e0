package org.sosqa.core.measure;

import java.util.Objects;
import java.util.function.Function;

/**
 * Splits a measure's populations by one characteristic of the subject: team, worker, service stage, the
 * child's age band, or any child characteristic. Every subject falls in exactly one stratum, so strata add up
 * to the total; a subject whose characteristic is unknown falls in {@link #UNKNOWN}.
 *
 * @param id the stratifier's id ({@code team}, {@code age-band})
 * @param title its title
 * @param stratum the subject's stratum; null means {@link #UNKNOWN}
 * @param <S> the subject type
 */
public record Stratifier<S>(String id, String title, Function<? super S, String> stratum) {

    /** The stratum of a subject whose characteristic is not known. */
    public static final String UNKNOWN = "unknown";

    public Stratifier {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(stratum, "stratum");
    }

    /** The subject's stratum, never null. */
    public String stratumOf(S subject) {
        String value = stratum.apply(subject);
        return value == null || value.isBlank() ? UNKNOWN : value;
    }

    /**
     * The age band of an age in whole years, as the DfE children in need statistics band it:
     * {@code under-1}, {@code 1-4}, {@code 5-9}, {@code 10-15}, {@code 16-17}, {@code 18-plus}; a negative age
     * (not known) is {@link #UNKNOWN}.
     */
    public static String ageBand(int age) {
        if (age < 0) {
            return UNKNOWN;
        }
        if (age < 1) {
            return "under-1";
        }
        if (age <= 4) {
            return "1-4";
        }
        if (age <= 9) {
            return "5-9";
        }
        if (age <= 15) {
            return "10-15";
        }
        return age <= 17 ? "16-17" : "18-plus";
    }
}
