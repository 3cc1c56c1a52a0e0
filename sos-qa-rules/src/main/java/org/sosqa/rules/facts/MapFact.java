package org.sosqa.rules.facts;

import java.time.LocalDate;
import org.sosqa.core.ServiceStage;

/**
 * The case and its current map (the latest version of the assessment and plan). There is always exactly
 * one per audit; where the case has no assessment yet, {@code exists} is false and the counts are 0.
 *
 * @param caseId the case's id
 * @param serviceStage the case's service stage
 * @param exists whether the case has any version of the assessment and plan
 * @param path JSON Pointer to the current version, or {@code /assessments} where there is none
 * @param date the date of the current version, or null
 * @param versions how many versions the case has
 * @param dangerStatements how many danger statements the current version has
 * @param harmStatements how many harm statements
 * @param strengths how many existing strengths
 * @param existingSafety how many items of existing safety
 * @param nextSteps how many next steps
 * @param hasSafetyPlan whether there is a safety plan
 * @param familyTookPart whether a parent or caregiver took part in building it
 * @param networkTookPart whether a network member took part
 * @param familyPositionInOwnWords whether the family's position is recorded in their own words
 * @param naturalNetworkMembers how many different people in the network are not professionals
 */
public record MapFact(
        String caseId,
        ServiceStage serviceStage,
        boolean exists,
        String path,
        LocalDate date,
        int versions,
        int dangerStatements,
        int harmStatements,
        int strengths,
        int existingSafety,
        int nextSteps,
        boolean hasSafetyPlan,
        boolean familyTookPart,
        boolean networkTookPart,
        boolean familyPositionInOwnWords,
        int naturalNetworkMembers) {

    /** Whether the case is at the child protection stage. */
    public boolean childProtection() {
        return serviceStage == ServiceStage.CHILD_PROTECTION;
    }
}
