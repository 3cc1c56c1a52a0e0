package org.sosqa.core.inquiry;

import java.util.Objects;

/**
 * One question and its answer in an appreciative inquiry, tagged with its EARS phase (domain.md §5.1:
 * "EARS turns as ordered question/answer pairs tagged E/A/R/S"). Both texts are free text: the library
 * never logs them nor puts them in a message.
 *
 * @param phase the EARS phase
 * @param question the question asked
 * @param answer the answer given
 */
public record Turn(EarsPhase phase, String question, String answer) {

    /** Checks every part is present. */
    public Turn {
        Objects.requireNonNull(phase, "phase");
        Objects.requireNonNull(question, "question");
        Objects.requireNonNull(answer, "answer");
    }

    /** Only the phase: the texts are free text and stay out of logs and exception messages. */
    @Override
    public String toString() {
        return "Turn[" + phase + "]";
    }
}
