package org.sosqa.core.leadership;

import java.math.BigDecimal;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import org.sosqa.core.measure.ShownCount;

/**
 * One role's time for practice against its target, as it may be shown. When the role has too few leaders
 * to show without revealing one person's diary ({@code suppressed}), every number but the suppressed
 * leader count is null and the activities are empty.
 *
 * @param role the role id, or {@code "all"} for every role together
 * @param leaders how many leaders recorded time in the role
 * @param suppressed whether the role's figures are hidden
 * @param practiceMinutes minutes on practice activities, or null when suppressed
 * @param totalMinutes all minutes recorded, or null when suppressed
 * @param practicePercent practice minutes as a percentage of all minutes (one decimal place), or null when
 *     suppressed or no time was recorded
 * @param targetPercent the organisation's target for the role, or null when it set none (always null for
 *     {@code "all"})
 * @param meetsTarget whether the role's pooled share reaches its target (equal counts as reaching), or null
 *     when there is no target, no time, or the role is suppressed
 * @param leadersMeetingTarget how many leaders' own share reaches the target; zero without a target
 * @param minutesByActivity minutes by activity id in catalogue order; empty when suppressed
 */
public record RoleTime(String role, ShownCount leaders, boolean suppressed, Long practiceMinutes, Long totalMinutes,
        BigDecimal practicePercent, Integer targetPercent, Boolean meetsTarget, ShownCount leadersMeetingTarget,
        Map<String, Long> minutesByActivity) {

    /** Copies the activities, keeping their order. */
    public RoleTime {
        Objects.requireNonNull(role, "role");
        Objects.requireNonNull(leaders, "leaders");
        Objects.requireNonNull(leadersMeetingTarget, "leadersMeetingTarget");
        minutesByActivity = Collections.unmodifiableMap(new LinkedHashMap<>(minutesByActivity));
    }
}
