package org.sosqa.core.measure;

import java.util.Objects;
import java.util.function.Predicate;

/**
 * A population's test over a subject, with the plain words that explain it in an individual report.
 *
 * @param description what a subject must be to pass, in words a person reads ("referred in the year")
 * @param test the test
 * @param <S> the subject type
 */
public record Criterion<S>(String description, Predicate<? super S> test) {

    public Criterion {
        Objects.requireNonNull(description, "description");
        Objects.requireNonNull(test, "test");
    }

    /** A criterion every subject passes. */
    public static <S> Criterion<S> always(String description) {
        return new Criterion<>(description, s -> true);
    }

    /** A criterion no subject passes (an absent denominator exclusion). */
    public static <S> Criterion<S> never(String description) {
        return new Criterion<>(description, s -> false);
    }

    /** Whether the subject passes. */
    public boolean test(S subject) {
        return test.test(subject);
    }
}
