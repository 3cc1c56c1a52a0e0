package org.sosqa.rules.facts;

/**
 * A member of the safety network in the current map.
 *
 * @param path JSON Pointer to the member
 * @param personId the person's id
 * @param natural whether they are naturally connected to the child rather than a professional
 * @param knowsTheWorries whether they know the worries
 */
public record NetworkMemberFact(String path, String personId, boolean natural, boolean knowsTheWorries) {
}
