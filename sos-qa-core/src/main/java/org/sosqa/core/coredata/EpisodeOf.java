package org.sosqa.core.coredata;

/**
 * The subject of a statutory measure: one episode of one child.
 *
 * @param child the child, with all of their episodes (re-referral and subsequent-plan tests look at the others)
 * @param episode the episode
 * @param <T> the episode type
 */
public record EpisodeOf<T>(ChildEpisodes child, T episode) {
}
