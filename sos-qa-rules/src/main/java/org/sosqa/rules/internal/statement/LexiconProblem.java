package org.sosqa.rules.internal.statement;

import java.util.Objects;

/**
 * One thing wrong with a lexicon file.
 *
 * @param file the file as the author knows it (a path, or the bundled resource's name)
 * @param line the 1-based line, or 0 where the problem concerns the whole file
 * @param message what is wrong, in the author's terms
 */
public record LexiconProblem(String file, int line, String message) {

    public LexiconProblem {
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(message, "message");
    }

    /** {@code file:line: message}, or {@code file: message} for a whole file. */
    @Override
    public String toString() {
        return line > 0 ? file + ":" + line + ": " + message : file + ": " + message;
    }
}
