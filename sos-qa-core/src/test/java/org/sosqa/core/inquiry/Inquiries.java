package org.sosqa.core.inquiry;

import java.time.LocalDate;
import java.util.List;

/** Inquiry records built in code for tests. */
final class Inquiries {

    private Inquiries() {
    }

    /** A complete EARS inquiry (elicit, amplify, reflect) with a behaviour and a meaning. */
    static InquiryRecord inquiry(String id, String team, String date, int scale, String... tags) {
        return new InquiryRecord(id, LocalDate.parse(date), team, new InquirySubject(SubjectKind.CASE, "case-" + id),
                "team-manager",
                List.of(new Turn(EarsPhase.ELICIT, "What piece of work are you proud of?", "The network meeting"),
                        new Turn(EarsPhase.AMPLIFY, "What did you do?", "I rang the grandmother first"),
                        new Turn(EarsPhase.REFLECT, "What does it mean to you?", "Families find their own people")),
                List.of("rang the grandmother before the meeting"), List.of("the family owned the plan"), scale,
                List.of(tags));
    }

    /** An inquiry with the given phases in order and the given behaviours and meanings. */
    static InquiryRecord withPhases(List<EarsPhase> phases, List<String> behaviours, List<String> meanings) {
        return new InquiryRecord("ai-1", LocalDate.parse("2025-05-01"), "team-a",
                new InquirySubject(SubjectKind.WORK, "work-1"), "practice-lead",
                phases.stream().map(p -> new Turn(p, "q", "a")).toList(), behaviours, meanings, 8, List.of());
    }
}
