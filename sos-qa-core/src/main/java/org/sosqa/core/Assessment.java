package org.sosqa.core;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;

/**
 * One dated version of the assessment and plan (the Signs of Safety "map"): what we are worried about,
 * what is working well, what needs to happen, and the judgement on a 0-10 scale (domain.md §1 and §6
 * item 1). A case holds a history of these, so practice can be seen to move over time.
 *
 * @param version the version number, from 1, increasing with date
 * @param date the date of this version
 * @param participants who took part in building it
 * @param harmStatements what has happened to the child
 * @param dangerStatements what could happen if nothing changes, each with its safety goal and scale
 * @param judgement the overall safety judgement, or null where none was made
 * @param complicatingFactors what makes the worries harder to resolve
 * @param strengths existing strengths
 * @param existingSafety protective action already shown when the danger was present
 * @param nextSteps who will do what by when
 * @param safetyNetwork the safety network
 * @param safetyPlan the current safety plan, or null where there is none
 * @param childVoice work with the children using child's-voice tools
 * @param familyPosition the family's position on the worries, or null where not recorded
 */
public record Assessment(
        @Min(1) int version,
        @NotNull LocalDate date,
        @NotNull @Size(max = 100) List<@NotNull @Valid Participant> participants,
        @NotNull @Size(max = 50) List<@NotNull @Valid HarmStatement> harmStatements,
        @NotNull @Size(max = 50) List<@NotNull @Valid DangerStatement> dangerStatements,
        @Valid SafetyScale judgement,
        @NotNull @Size(max = 100) List<@NotNull @Valid ComplicatingFactor> complicatingFactors,
        @NotNull @Size(max = 100) List<@NotNull @Valid ExistingStrength> strengths,
        @NotNull @Size(max = 100) List<@NotNull @Valid ExistingSafety> existingSafety,
        @NotNull @Size(max = 200) List<@NotNull @Valid NextStep> nextSteps,
        @NotNull @Size(max = 100) List<@NotNull @Valid NetworkMember> safetyNetwork,
        @Valid SafetyPlan safetyPlan,
        @NotNull @Size(max = 200) List<@NotNull @Valid ChildVoiceWork> childVoice,
        @Valid FamilyPosition familyPosition) {

    public Assessment {
        participants = Collections2.copy(participants);
        harmStatements = Collections2.copy(harmStatements);
        dangerStatements = Collections2.copy(dangerStatements);
        complicatingFactors = Collections2.copy(complicatingFactors);
        strengths = Collections2.copy(strengths);
        existingSafety = Collections2.copy(existingSafety);
        nextSteps = Collections2.copy(nextSteps);
        safetyNetwork = Collections2.copy(safetyNetwork);
        childVoice = Collections2.copy(childVoice);
    }
}
