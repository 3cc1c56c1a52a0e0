package org.sosqa.examples.demo;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SplittableRandom;
import org.sosqa.core.leadership.ImplementationRating;
import org.sosqa.core.leadership.PracticeTargets;
import org.sosqa.core.leadership.TimeRecord;

/**
 * Synthetic leadership data for the demonstration organisation, seeded: leaders' sampled weeks of time
 * (one week per leader per quarter), the organisation's practice targets, and its implementation
 * self-ratings twice a year. Leaders are a team manager and a practice lead per team, three service
 * managers and a director; time for practice grows slowly over the period, unevenly by team, and
 * the self-rating creeps up with the odd setback. Made up throughout.
 */
public final class LeadershipDemoData {

    private static final int WEEK_MINUTES = 37 * 60;
    private static final List<String> PRACTICE = List.of("observing-practice", "supervision", "appreciative-inquiry",
            "mapping-with-families", "case-audit");
    private static final List<String> OTHER = List.of("meetings-not-about-practice", "performance-and-reporting",
            "recording-and-admin", "staffing-and-budget", "other");

    private LeadershipDemoData() {
    }

    /**
     * The demonstration organisation's targets: the share of time each role should spend on practice.
     * Illustrative only; the library sets no targets (domain.md §5.2 found no published standard).
     *
     * @return team managers 40%, practice leads 50%, service managers 25%, the director 15%
     */
    public static PracticeTargets targets() {
        return new PracticeTargets(Map.of("team-manager", 40, "practice-lead", 50, "service-manager", 25, "director", 15));
    }

    /**
     * Leaders' sampled weeks over a period: for each calendar quarter that starts in the period, each
     * leader records the first full Monday-to-Friday week of that quarter.
     *
     * @param seed the seed
     * @param teams the teams' ids; one team manager each
     * @param from the first day
     * @param to the last day
     * @return the records, by week then leader id
     */
    public static List<TimeRecord> timeRecords(long seed, List<String> teams, LocalDate from, LocalDate to) {
        if (to.isBefore(from)) {
            throw new IllegalArgumentException("the period ends before it starts");
        }
        SplittableRandom rnd = new SplittableRandom(seed);
        Map<String, Leader> leaders = new LinkedHashMap<>();
        for (int i = 0; i < teams.size(); i++) {
            leaders.put("tm-" + slug(teams.get(i)), new Leader("team-manager", 0.30 + rnd.nextDouble(-0.10, 0.08)));
        }
        for (String team : teams) {
            leaders.put("pl-" + slug(team), new Leader("practice-lead", 0.45 + rnd.nextDouble(-0.1, 0.1)));
        }
        for (int i = 0; i < 3; i++) {
            leaders.put(String.format(Locale.ROOT, "sm-%02d", i + 1), new Leader("service-manager", 0.18 + rnd.nextDouble(-0.05, 0.05)));
        }
        leaders.put("dir-01", new Leader("director", 0.10 + rnd.nextDouble(-0.04, 0.04)));

        List<LocalDate> weeks = new ArrayList<>();
        LocalDate q = from.withDayOfMonth(1).withMonth(((from.getMonthValue() - 1) / 3) * 3 + 1);
        for (; !q.isAfter(to); q = q.plusMonths(3)) {
            LocalDate monday = q.with(TemporalAdjusters.nextOrSame(DayOfWeek.MONDAY));
            if (!monday.isBefore(from) && !monday.plusDays(4).isAfter(to)) {
                weeks.add(monday);
            }
        }
        List<TimeRecord> out = new ArrayList<>();
        for (int w = 0; w < weeks.size(); w++) {
            double progress = weeks.size() == 1 ? 1.0 : (double) w / (weeks.size() - 1);
            for (Map.Entry<String, Leader> e : leaders.entrySet()) {
                Leader l = e.getValue();
                double share = Math.max(0.02, Math.min(0.9, l.baseShare() + 0.12 * progress + rnd.nextDouble(-0.06, 0.06)));
                int total = WEEK_MINUTES + 30 * rnd.nextInt(-4, 9);
                int practice = (int) Math.round(total * share);
                Map<String, Integer> minutes = new LinkedHashMap<>();
                split(rnd, practice, PRACTICE, minutes);
                split(rnd, total - practice, OTHER, minutes);
                out.add(new TimeRecord(e.getKey(), l.role(), weeks.get(w), weeks.get(w).plusDays(4), minutes));
            }
        }
        return List.copyOf(out);
    }

    /**
     * The organisation's implementation self-ratings, on the last day of March and of September in the
     * period: they start low (2-4) and rise by about one point a year, with the odd step back.
     *
     * @param seed the seed
     * @param from the first day
     * @param to the last day
     * @return the ratings, oldest first
     */
    public static List<ImplementationRating> ratings(long seed, LocalDate from, LocalDate to) {
        SplittableRandom rnd = new SplittableRandom(seed);
        List<ImplementationRating> out = new ArrayList<>();
        double level = 2 + rnd.nextInt(3);
        for (int year = from.getYear(); year <= to.getYear(); year++) {
            for (LocalDate d : List.of(LocalDate.of(year, 3, 31), LocalDate.of(year, 9, 30))) {
                if (d.isBefore(from) || d.isAfter(to)) {
                    continue;
                }
                int rating = (int) Math.max(0, Math.min(10, Math.round(level + rnd.nextDouble(-0.7, 0.7))));
                out.add(new ImplementationRating(d, rating, "leadership-team", List.of(
                        "Synthetic reason: supervision aligned in " + (rnd.nextInt(4) + 1) + " of 4 services.",
                        "Synthetic reason: forms still duplicate the map in places.")));
                level += rnd.nextDouble(0.0, 1.0);
            }
        }
        return List.copyOf(out);
    }

    private static void split(SplittableRandom rnd, int minutes, List<String> activities, Map<String, Integer> out) {
        double[] weights = new double[activities.size()];
        double sum = 0;
        for (int i = 0; i < weights.length; i++) {
            weights[i] = rnd.nextDouble(0.2, 1.0);
            sum += weights[i];
        }
        int left = minutes;
        for (int i = 0; i < weights.length; i++) {
            int m = i == weights.length - 1 ? left : (int) Math.round(minutes * weights[i] / sum);
            m = Math.min(m, left);
            out.put(activities.get(i), m);
            left -= m;
        }
    }

    private static String slug(String team) {
        String s = team.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("(^-|-$)", "");
        return s.isEmpty() ? "team" : s;
    }

    private record Leader(String role, double baseShare) {
    }
}
