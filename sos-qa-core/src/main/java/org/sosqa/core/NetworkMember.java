package org.sosqa.core;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * A member of the child's safety network: someone who knows the danger statement and takes a part in
 * the plan (domain.md §1.3, "Safety network").
 *
 * @param personId the person, one of the case's people
 * @param role what they do in the network, for example "checks in after school"
 * @param knowsTheWorries whether they have been told the worries in full
 */
public record NetworkMember(
        @NotNull @Identifier String personId,
        @Size(max = 1000) String role,
        boolean knowsTheWorries) {
}
