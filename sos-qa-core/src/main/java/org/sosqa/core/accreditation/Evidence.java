package org.sosqa.core.accreditation;

import java.math.BigDecimal;
import java.util.Objects;
import org.sosqa.core.measure.ImprovementNotation;

/**
 * One piece of evidence for one cycle: a measure's value from one of the quality assurance streams, or an
 * item of narrative or of support given. The same shape holds a breadth measure, a survey scale, a core
 * data indicator and a depth audit summary, so that any stream's results become evidence in a few lines
 * (see {@link EvidenceFrom}).
 *
 * @param stream where it comes from
 * @param measureId the measure's id ({@code breadth.danger-statement}); for narrative and support, the
 *     item's id
 * @param title a short title
 * @param cycle the number of the cycle it belongs to, from 1
 * @param value the measure's value; null for narrative and support items, and for a measure whose
 *     denominator was empty
 * @param improvement whether a higher or lower value is better; null where there is no value to compare
 * @param count how many subjects (cases, responses, referrals) are behind the value; 0 for narrative
 * @param text the narrative, for narrative and support items; null for measures. May hold personal data:
 *     never logged
 */
public record Evidence(EvidenceStream stream, String measureId, String title, int cycle, BigDecimal value,
        ImprovementNotation improvement, long count, String text) {

    public Evidence {
        Objects.requireNonNull(stream, "stream");
        Objects.requireNonNull(measureId, "measureId");
        Objects.requireNonNull(title, "title");
        if (cycle < 1) {
            throw new IllegalArgumentException("cycles are numbered from 1");
        }
        if (count < 0) {
            throw new IllegalArgumentException("count must not be negative");
        }
        if (value != null && improvement == null) {
            throw new IllegalArgumentException("a value needs its improvement notation: " + measureId);
        }
    }

    /**
     * A measure's value.
     *
     * @param stream the stream
     * @param measureId the measure's id
     * @param title its title
     * @param cycle the cycle
     * @param value the value, or null when its denominator was empty
     * @param improvement whether higher or lower is better
     * @param count subjects behind the value
     * @return the evidence
     */
    public static Evidence measure(EvidenceStream stream, String measureId, String title, int cycle,
            BigDecimal value, ImprovementNotation improvement, long count) {
        return new Evidence(stream, measureId, title, cycle, value, Objects.requireNonNull(improvement, "improvement"),
                count, null);
    }

    /**
     * An item of narrative ({@link EvidenceStream#NARRATIVE}) or of support given
     * ({@link EvidenceStream#SUPPORT_GIVEN}).
     *
     * @param stream the stream
     * @param id the item's id
     * @param title its title
     * @param cycle the cycle
     * @param text what it says
     * @return the evidence
     */
    public static Evidence narrative(EvidenceStream stream, String id, String title, int cycle, String text) {
        return new Evidence(stream, id, title, cycle, null, null, 0, Objects.requireNonNull(text, "text"));
    }

    /**
     * Whether this evidence has a value that can be compared with another cycle's.
     *
     * @return true when there is a value
     */
    public boolean hasValue() {
        return value != null;
    }

    /**
     * The evidence in one line for a person, without the narrative text:
     * {@code DEPTH cycle 2: depth.mean-score = 6.4 (n=40)}.
     *
     * @return the line
     */
    public String describe() {
        String head = stream + " cycle " + cycle + ": " + measureId;
        if (value != null) {
            return head + " = " + value.toPlainString() + " (n=" + count + ")";
        }
        return text != null ? head + " (" + title + ")" : head + " = no value (n=" + count + ")";
    }
}
