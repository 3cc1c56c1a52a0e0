/**
 * Leading for practice (domain.md §5.2): how leaders' time divides between practice (observing practice,
 * supervision, appreciative inquiry, mapping with families) and demands that do not touch it, rolled up by
 * role against targets the organisation sets; and the organisation's 0-10 implementation self-rating with
 * the anchors of §5.2, tracked over time.
 *
 * <p>Entry points: {@link org.sosqa.core.leadership.LeadershipRecords} reads time records, targets and
 * ratings from JSON with located errors; {@link org.sosqa.core.leadership.ActivityCatalogue} says which
 * activities are practice (the library's own catalogue, extendable); {@link org.sosqa.core.leadership.TimeRollup}
 * rolls time up by role, suppressing small roles with {@link org.sosqa.core.measure.Suppression};
 * {@link org.sosqa.core.leadership.RatingTrend} tracks the self-ratings against
 * {@link org.sosqa.core.leadership.RatingAnchors}.
 *
 * <p>No published "time for practice" instrument exists (domain.md §5.2, "not found"): the activity
 * catalogue, the midpoint anchor and the default suppression threshold are the library's own. Reasons
 * given for a rating are free text and are never logged; only ids and counts are.
 */
package org.sosqa.core.leadership;
