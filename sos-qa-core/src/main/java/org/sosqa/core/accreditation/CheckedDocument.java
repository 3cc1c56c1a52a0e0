package org.sosqa.core.accreditation;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;

import org.sosqa.core.Violation;

/**
 * The outcome of reading one accreditation document ({@link SelfAssessmentJson}, {@link PeerReviewJson}): the
 * document, or every problem found in it, each at its JSON Pointer.
 *
 * @param document the document, only when there are no violations
 * @param violations the problems, in document order; empty when the document is present
 * @param <T> what the document reads as
 */
public record CheckedDocument<T>(Optional<T> document, List<Violation> violations) {

    public CheckedDocument {
        Objects.requireNonNull(document, "document");
        violations = List.copyOf(violations);
    }

    /** Whether the document was valid. */
    public boolean valid() {
        return document.isPresent();
    }

    static <T> CheckedDocument<T> of(T document) {
        return new CheckedDocument<>(Optional.of(document), List.of());
    }

    static <T> CheckedDocument<T> invalid(List<Violation> violations) {
        return new CheckedDocument<>(Optional.empty(), violations);
    }

    /** Opens a file and checks it with {@code check}; an unreadable file is an {@link UncheckedIOException}. */
    static <T> CheckedDocument<T> read(Path file, Function<InputStream, CheckedDocument<T>> check) {
        try (InputStream in = Files.newInputStream(file)) {
            return check.apply(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
