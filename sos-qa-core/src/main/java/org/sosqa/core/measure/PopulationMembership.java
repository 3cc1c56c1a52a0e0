package org.sosqa.core.measure;

/**
 * Whether one subject is in one population, and why, for an individual report.
 *
 * @param population the population
 * @param member whether the subject is in it
 * @param reason the criterion in words, prefixed {@code "not: "} when the subject failed it, or why the
 *     criterion was not considered at all
 */
public record PopulationMembership(Population population, boolean member, String reason) {
}
