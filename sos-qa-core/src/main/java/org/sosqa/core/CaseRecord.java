package org.sosqa.core;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * One case as a case-management system holds it: who it is about, the assessment and plan as a history
 * of versions, the events core data is computed from, and any collaborative audits. Every identifier is
 * pseudonymous; the record holds no names and no dates of birth.
 *
 * <p>Read one from JSON with {@link SosQaJson#readCase(java.io.InputStream)}, which validates it, or
 * build one in code and check it with {@link CaseValidator}.
 *
 * @param id the case's pseudonymous id
 * @param organisation the organisation's id
 * @param team the team's id
 * @param worker the allocated worker's pseudonymous id
 * @param serviceStage where the case sits on the continuum of services
 * @param opened when the case opened
 * @param closed when it closed, or null while open
 * @param children the children on the case, at least one
 * @param people the people around the children
 * @param assessments the versions of the assessment and plan, oldest first
 * @param events case events, for core data
 * @param audits collaborative case audits
 */
public record CaseRecord(
        @NotNull @Identifier String id,
        @NotNull @Identifier String organisation,
        @NotNull @Identifier String team,
        @NotNull @Identifier String worker,
        @NotNull ServiceStage serviceStage,
        @NotNull LocalDate opened,
        LocalDate closed,
        @NotNull @Size(min = 1, max = 20) List<@NotNull @Valid Child> children,
        @NotNull @Size(max = 200) List<@NotNull @Valid Person> people,
        @NotNull @Size(max = 500) List<@NotNull @Valid Assessment> assessments,
        @NotNull @Size(max = 5000) List<@NotNull @Valid CaseEvent> events,
        @NotNull @Size(max = 100) List<@NotNull @Valid CollaborativeAudit> audits) {

    public CaseRecord {
        children = Collections2.copy(children);
        people = Collections2.copy(people);
        assessments = Collections2.copy(assessments);
        events = Collections2.copy(events);
        audits = Collections2.copy(audits);
    }

    /** The latest version of the assessment and plan, if there is one. */
    public Optional<Assessment> currentAssessment() {
        return assessments.isEmpty() ? Optional.empty() : Optional.of(assessments.get(assessments.size() - 1));
    }

    /** The person with an id, if the case has one. */
    public Optional<Person> person(String personId) {
        return people.stream().filter(p -> p.id().equals(personId)).findFirst();
    }

    /** Whether the case was open on a date. */
    public boolean isOpenOn(LocalDate date) {
        return !opened.isAfter(date) && (closed == null || !closed.isBefore(date));
    }
}
