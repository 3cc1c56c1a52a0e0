package org.sosqa.core.inquiry;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * The record of one appreciative inquiry conversation about a case or a piece of work (domain.md §5.1,
 * whose "[inference] record fields" this follows): the EARS turns in order, the behaviours found, what
 * they meant, the 0-10 scale of pride, and the practice tags that say which Signs of Safety practices lay
 * behind the work.
 *
 * @param id the inquiry's pseudonymous id
 * @param date when the conversation took place
 * @param team the team whose work it was (an id)
 * @param subject the case or piece of work
 * @param facilitatorRole the role of the person who led the inquiry (an id such as {@code team-manager})
 * @param turns the questions and answers in order; free text
 * @param behaviours what the person did that made the difference; free text
 * @param meanings what the work meant and the learning; free text
 * @param scale the person's 0-10 scaling of the work (10: as proud as can be)
 * @param practiceTags ids from the {@link PracticeVocabulary}, in the order recorded
 */
public record InquiryRecord(String id, LocalDate date, String team, InquirySubject subject, String facilitatorRole,
        List<Turn> turns, List<String> behaviours, List<String> meanings, int scale, List<String> practiceTags) {

    /** The least scale. */
    public static final int MIN_SCALE = 0;
    /** The greatest scale. */
    public static final int MAX_SCALE = 10;

    /**
     * Checks the parts and copies the lists.
     *
     * @throws IllegalArgumentException if the scale is outside 0-10
     */
    public InquiryRecord {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(team, "team");
        Objects.requireNonNull(subject, "subject");
        Objects.requireNonNull(facilitatorRole, "facilitatorRole");
        turns = List.copyOf(turns);
        behaviours = List.copyOf(behaviours);
        meanings = List.copyOf(meanings);
        practiceTags = List.copyOf(practiceTags);
        if (scale < MIN_SCALE || scale > MAX_SCALE) {
            throw new IllegalArgumentException("scale must be from 0 to 10, not " + scale);
        }
    }

    /** Ids and counts only: the record holds free text that must not reach a log. */
    @Override
    public String toString() {
        return "InquiryRecord[" + id + ", " + date + ", team " + team + ", " + turns.size() + " turns, scale "
                + scale + ", tags " + practiceTags + "]";
    }
}
