package org.sosqa.core;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import jakarta.validation.ReportAsSingleViolation;
import jakarta.validation.constraints.Pattern;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A pseudonymous identifier: letters, digits and {@code . _ : -}, 1 to 64 characters, starting with a
 * letter or digit; null is valid, so combine with {@code @NotNull} where the id is required. The pattern deliberately refuses spaces, so a person's name cannot be used as an id
 * by mistake.
 */
@Documented
@Constraint(validatedBy = {})
@Pattern(regexp = Identifier.PATTERN)
@ReportAsSingleViolation
@Target({ElementType.FIELD, ElementType.METHOD, ElementType.PARAMETER, ElementType.TYPE_USE,
    ElementType.RECORD_COMPONENT, ElementType.ANNOTATION_TYPE})
@Retention(RetentionPolicy.RUNTIME)
public @interface Identifier {

    /** The regular expression every identifier matches. */
    String PATTERN = "^[A-Za-z0-9][A-Za-z0-9._:-]{0,63}$";

    /** The message of a violation. */
    String message() default "must be a pseudonymous identifier: 1-64 letters, digits or . _ : - (no spaces)";

    /** The validation groups. */
    Class<?>[] groups() default {};

    /** The payload. */
    Class<? extends Payload>[] payload() default {};
}
