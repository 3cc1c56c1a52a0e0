package org.sosqa.core.accreditation;

import java.util.Objects;

/**
 * One cycle of the quality assurance work a self-assessment draws on: an audit round, a survey wave, a
 * collection year. Cycles are numbered from 1, oldest first.
 *
 * @param number the cycle's number, from 1
 * @param label what people call it ({@code 2024-25})
 */
public record Cycle(int number, String label) {

    public Cycle {
        if (number < 1) {
            throw new IllegalArgumentException("a cycle is numbered from 1");
        }
        Objects.requireNonNull(label, "label");
    }
}
