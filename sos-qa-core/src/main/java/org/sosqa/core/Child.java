package org.sosqa.core;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.Map;

/**
 * A child on the case. No name and no date of birth: a pseudonymous id, and either the year of birth or
 * the age in whole years on the day the case opened.
 *
 * @param id pseudonymous id, unique within the case
 * @param yearOfBirth year of birth, or null when only the age is known
 * @param age age in whole years when the case opened, or null when the year of birth is given
 * @param characteristics what the local authority stratifies by (for example {@code gender},
 *     {@code ethnicity}, {@code disability}), as codes; sorted by key, never null
 */
public record Child(
        @NotNull @Identifier String id,
        @Min(1900) @Max(2100) Integer yearOfBirth,
        @Min(0) @Max(25) Integer age,
        @NotNull @Size(max = 32) Map<@Size(min = 1, max = 64) String, @NotNull @Size(max = 64) String> characteristics) {

    public Child {
        characteristics = Collections2.sortedCopy(characteristics);
    }

    /**
     * The child's age in whole years on a date, as near as the record allows.
     *
     * @param on the date
     * @param caseOpened the date the case opened, the reference for {@link #age()}
     * @return the age, or -1 when neither year of birth nor age is known
     */
    public int ageOn(java.time.LocalDate on, java.time.LocalDate caseOpened) {
        if (yearOfBirth != null) {
            return on.getYear() - yearOfBirth;
        }
        if (age != null && caseOpened != null) {
            return age + Math.max(0, on.getYear() - caseOpened.getYear());
        }
        return -1;
    }
}
