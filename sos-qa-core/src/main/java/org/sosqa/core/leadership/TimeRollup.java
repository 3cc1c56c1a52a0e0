package org.sosqa.core.leadership;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.sosqa.core.measure.PopulationCounts;
import org.sosqa.core.measure.ShownCount;
import org.sosqa.core.measure.ShownStratum;
import org.sosqa.core.measure.StratifierReport;
import org.sosqa.core.measure.StratumReport;
import org.sosqa.core.measure.SummaryReport;
import org.sosqa.core.measure.SuppressedSummary;
import org.sosqa.core.measure.Suppression;

/**
 * Rolls leaders' time records up by role and compares each role's share of time on practice with the
 * organisation's target. A leader's several records in one role are pooled. Which roles may be shown is
 * decided by {@link Suppression} over the leader counts (the denominator) and the counts of leaders meeting
 * their target (the numerator), so a role's minutes are never shown when its leaders are too few, nor when
 * they could be recovered from the total by subtraction. Stateless.
 */
public final class TimeRollup {

    /**
     * The default threshold: roles with one or two leaders are suppressed. The library's own choice,
     * lower than {@link Suppression#DEFAULT_THRESHOLD} because most leadership roles have few holders and
     * the data are leaders' diaries, not children's records.
     */
    public static final int DEFAULT_THRESHOLD = 3;
    /** The role id of the row for every role together. */
    public static final String ALL = "all";

    private static final Logger LOG = LoggerFactory.getLogger(TimeRollup.class);

    private TimeRollup() {
    }

    /**
     * Rolls up with the {@link #DEFAULT_THRESHOLD}.
     *
     * @param records the time records
     * @param catalogue which activities are practice
     * @param targets the organisation's targets by role
     * @return the report
     */
    public static TimeReport byRole(Collection<TimeRecord> records, ActivityCatalogue catalogue, PracticeTargets targets) {
        return byRole(records, catalogue, targets, DEFAULT_THRESHOLD);
    }

    /**
     * Rolls up.
     *
     * @param records the time records
     * @param catalogue which activities are practice (an activity it does not know counts as not practice)
     * @param targets the organisation's targets by role
     * @param threshold roles with from 1 to {@code threshold - 1} leaders are suppressed; 1 or less shows all
     * @return the report
     */
    public static TimeReport byRole(Collection<TimeRecord> records, ActivityCatalogue catalogue, PracticeTargets targets,
            int threshold) {
        TreeSet<String> roles = new TreeSet<>(targets.percentByRole().keySet());
        // role -> leader -> activity -> minutes
        Map<String, Map<String, Map<String, Long>>> byRole = new TreeMap<>();
        LocalDate from = null;
        LocalDate to = null;
        for (TimeRecord r : records) {
            roles.add(r.role());
            Map<String, Long> leader = byRole.computeIfAbsent(r.role(), k -> new TreeMap<>())
                    .computeIfAbsent(r.leaderId(), k -> new TreeMap<>());
            r.minutes().forEach((activity, m) -> leader.merge(activity, m.longValue(), Long::sum));
            from = from == null || r.from().isBefore(from) ? r.from() : from;
            to = to == null || r.to().isAfter(to) ? r.to() : to;
        }
        List<Pooled> pooled = new ArrayList<>();
        for (String role : roles) {
            pooled.add(pool(role, byRole.getOrDefault(role, Map.of()), catalogue, targets.target(role).orElse(null)));
        }
        Pooled all = combine(pooled, catalogue);

        List<StratumReport> strata = new ArrayList<>();
        pooled.forEach(p -> strata.add(p.stratum()));
        SuppressedSummary shown = Suppression.apply(new SummaryReport("leadership.time-for-practice", all.stratum(),
                List.of(new StratifierReport("role", strata))), threshold);
        List<ShownStratum> shownRoles = shown.stratifiers().get("role");
        List<RoleTime> out = new ArrayList<>();
        for (int i = 0; i < pooled.size(); i++) {
            out.add(pooled.get(i).shown(shownRoles.get(i), catalogue));
        }
        LOG.debug("leaders' time rolled up: {} records, {} roles", records.size(), out.size());
        return new TimeReport(threshold, from, to, records.size(), out, all.shown(shown.total(), catalogue));
    }

    /** One role's pooled minutes, before suppression. */
    private record Pooled(String role, long leaders, long meeting, Map<String, Long> minutes, long practice,
            long total, Integer target) {

        StratumReport stratum() {
            return new StratumReport(role, new PopulationCounts(leaders, leaders, 0, meeting), null);
        }

        RoleTime shown(ShownStratum s, ActivityCatalogue catalogue) {
            ShownCount leaderCount = s.denominator();
            if (leaderCount.suppressed()) {
                return new RoleTime(role, leaderCount, true, null, null, null, target, null,
                        new ShownCount(null), Map.of());
            }
            Map<String, Long> ordered = new LinkedHashMap<>();
            for (Activity a : catalogue.activities()) {
                if (minutes.containsKey(a.id())) {
                    ordered.put(a.id(), minutes.get(a.id()));
                }
            }
            minutes.forEach(ordered::putIfAbsent); // activities the catalogue does not know, after
            BigDecimal percent = total == 0 ? null
                    : BigDecimal.valueOf(practice * 100).divide(BigDecimal.valueOf(total), 1, RoundingMode.HALF_UP);
            Boolean meets = target == null || total == 0 ? null : reaches(practice, total, target);
            return new RoleTime(role, leaderCount, false, practice, total, percent, target, meets,
                    s.numerator(), ordered);
        }
    }

    private static Pooled pool(String role, Map<String, Map<String, Long>> leaders, ActivityCatalogue catalogue,
            Integer target) {
        Map<String, Long> minutes = new TreeMap<>();
        long meeting = 0;
        for (Map<String, Long> leader : leaders.values()) {
            leader.forEach((a, m) -> minutes.merge(a, m, Long::sum));
            long practice = practice(leader, catalogue);
            long total = sum(leader);
            if (target != null && total > 0 && reaches(practice, total, target)) {
                meeting++;
            }
        }
        return new Pooled(role, leaders.size(), meeting, minutes, practice(minutes, catalogue), sum(minutes), target);
    }

    private static Pooled combine(List<Pooled> roles, ActivityCatalogue catalogue) {
        Map<String, Long> minutes = new TreeMap<>();
        long leaders = 0;
        long meeting = 0;
        for (Pooled p : roles) {
            p.minutes().forEach((a, m) -> minutes.merge(a, m, Long::sum));
            leaders += p.leaders();
            meeting += p.meeting();
        }
        return new Pooled(ALL, leaders, meeting, minutes, practice(minutes, catalogue), sum(minutes), null);
    }

    // Exact: practice / total >= target / 100, without rounding the share first.
    private static boolean reaches(long practice, long total, int target) {
        return practice * 100 >= (long) target * total;
    }

    private static long practice(Map<String, Long> minutes, ActivityCatalogue catalogue) {
        return minutes.entrySet().stream().filter(e -> catalogue.isPractice(e.getKey()))
                .mapToLong(Map.Entry::getValue).sum();
    }

    private static long sum(Map<String, Long> minutes) {
        return minutes.values().stream().mapToLong(Long::longValue).sum();
    }
}
