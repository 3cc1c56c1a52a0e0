package org.sosqa.core.internal;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.ElementKind;
import jakarta.validation.Path;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.lang.annotation.Annotation;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.hibernate.validator.PredefinedScopeHibernateValidator;
import org.hibernate.validator.messageinterpolation.ParameterMessageInterpolator;
import org.sosqa.core.CaseRecord;
import org.sosqa.core.Identifier;
import org.sosqa.core.Violation;

/**
 * The Jakarta constraints declared on the model, checked by Hibernate Validator. One validator, built
 * once: it is thread-safe. Messages are interpolated without Expression Language
 * ({@link ParameterMessageInterpolator}), in English whatever the JVM's locale, and rephrased to match the
 * schema step's wording. Each problem is reported once: record accessors are not getters to Hibernate
 * Validator, so a component's constraint is checked on its field only; a set removes any repeat anyway.
 */
final class BeanValidation {

    /** The built-in constraints the model uses ({@link Identifier} is composed of {@link Pattern}). */
    private static final Set<String> CONSTRAINTS = Set.of(NotNull.class.getName(), NotBlank.class.getName(),
            Size.class.getName(), Min.class.getName(), Max.class.getName(), Pattern.class.getName());

    // The predefined scope is Hibernate Validator's bootstrap for a known set of beans: it builds their metadata
    // once, up front, and loads the validators of the listed built-in constraints only, instead of all of them.
    // That made the first read of a document about 250 ms faster from a cold JVM.
    private static final Validator VALIDATOR = Validation.byProvider(PredefinedScopeHibernateValidator.class)
            .configure()
            .builtinConstraints(CONSTRAINTS)
            .initializeBeanMetaData(ModelClasses.reachableFrom(CaseRecord.class))
            .defaultLocale(Locale.ENGLISH)
            .locales(Locale.ENGLISH)
            .messageInterpolator(new ParameterMessageInterpolator(Set.of(Locale.ENGLISH), Locale.ENGLISH, false))
            .buildValidatorFactory()
            .getValidator();

    private BeanValidation() {
    }

    static Set<Violation> validate(CaseRecord record) {
        Set<Violation> out = new LinkedHashSet<>();
        for (ConstraintViolation<CaseRecord> cv : VALIDATOR.validate(record)) {
            String pointer = pointer(cv.getPropertyPath());
            out.add(new Violation(pointer, message(pointer, cv)));
        }
        return out;
    }

    /** {@code assessments[0].dangerStatements[1].safetyGoal.text} as {@code /assessments/0/dangerStatements/1/safetyGoal/text}. */
    static String pointer(Path path) {
        StringBuilder sb = new StringBuilder();
        for (Path.Node node : path) {
            if (node.getIndex() != null) {
                sb.append('/').append(node.getIndex());
            } else if (node.getKey() != null) {
                sb.append('/').append(Pointers.escape(String.valueOf(node.getKey())));
            }
            if (node.getKind() == ElementKind.PROPERTY && node.getName() != null) {
                sb.append('/').append(Pointers.escape(node.getName()));
            }
        }
        return sb.toString();
    }

    private static String message(String pointer, ConstraintViolation<?> cv) {
        String subject = SchemaMessages.subject(pointer);
        Annotation a = cv.getConstraintDescriptor().getAnnotation();
        Object value = cv.getInvalidValue();
        if (a instanceof NotNull) {
            return pointer.matches(".*/\\d+$") ? subject + " must not be null" : "required property " + subject + " is missing";
        }
        if (a instanceof NotBlank) {
            return subject + " must not be blank";
        }
        if (a instanceof Identifier) {
            return subject + " is not a valid identifier: use 1 to 64 letters, digits or . _ : -, "
                    + "starting with a letter or digit, and no spaces";
        }
        if (a instanceof Min min) {
            return subject + " must be at least " + min.value() + found(value);
        }
        if (a instanceof Max max) {
            return subject + " must be at most " + max.value() + found(value);
        }
        if (a instanceof Size size) {
            return sizeMessage(subject, size, value);
        }
        return subject + " " + cv.getMessage();
    }

    private static String sizeMessage(String subject, Size size, Object value) {
        if (value instanceof CharSequence s) {
            int n = Character.codePointCount(s, 0, s.length());
            if (n > size.max()) {
                return subject + " must be at most " + size.max() + " characters long (found " + n + ")";
            }
            return size.min() == 1 ? subject + " must not be empty"
                    : subject + " must be at least " + size.min() + " characters long (found " + n + ")";
        }
        int n = value instanceof Collection<?> c ? c.size() : value instanceof Map<?, ?> m ? m.size() : -1;
        String unit = value instanceof Map<?, ?> ? " entries" : " items";
        if (n > size.max()) {
            return subject + " must have at most " + size.max() + unit + " (found " + n + ")";
        }
        String least = size.min() == 1 ? (value instanceof Map<?, ?> ? " entry" : " item") : unit;
        return subject + " must have at least " + size.min() + least + (n >= 0 ? " (found " + n + ")" : "");
    }

    private static String found(Object value) {
        return value instanceof Number ? " (found " + value + ")" : "";
    }
}
