package org.sosqa.rules.facts;

/**
 * How the worker's number on the overall judgement has moved across the versions of the map.
 *
 * @param path JSON Pointer to the current version's judgement
 * @param points how many versions carry a worker's number on the judgement
 * @param daysUnchanged for how many days, up to the current map, the number has stayed the same
 */
public record TrajectoryFact(String path, int points, long daysUnchanged) {
}
