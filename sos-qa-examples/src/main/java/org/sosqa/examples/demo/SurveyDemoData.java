package org.sosqa.examples.demo;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.TreeMap;

import org.sosqa.core.survey.ResponseType;
import org.sosqa.core.survey.SurveyInstrument;
import org.sosqa.core.survey.SurveyInstruments;
import org.sosqa.core.survey.SurveyItem;
import org.sosqa.core.survey.SurveyResponse;

/**
 * Synthetic family and staff survey responses for the demonstration organisation: invented, seeded, the same
 * for the same arguments. Teams differ (each gets its own level, drawn from the seed), every team improves a
 * little from one cycle to the next, about one answer in twenty is missing, and the last team of three or more
 * is small (two to four respondents a cycle) so that suppression shows. Free-text answers are drawn from a
 * short list of invented, general phrases that name no one.
 *
 * <p>The respondents' ids are {@code family-TEAM-CYCLE-N} and {@code staff-TEAM-CYCLE-N}.
 */
public final class SurveyDemoData {

    // Invented, general phrases that name no one: column 1 is what is working well, 2 the worries, 3 next steps.
    private static final String[][] FAMILY_TEXT = {
        {"The worker listened to us", "We know who is in our network now", "Meetings talked about good things too",
            "The plan is clear"},
        {"Too many different workers", "I did not always know why people were worried", "Meetings are long"},
        {"Keep the same worker", "More time with the children", "Share the plan with the school"},
    };
    private static final String[][] STAFF_TEXT = {
        {"My team talks through cases together", "Group supervision helps", "Families understand the map"},
        {"Caseloads are high", "Too much recording", "Forms do not match the practice"},
        {"More time for direct work", "Training on safety planning", "Fewer duplicate forms"},
    };

    private SurveyDemoData() {
    }

    /** Family survey responses to {@link SurveyInstruments#family()}. */
    public static List<SurveyResponse> family(long seed, List<String> teams, List<String> cycles) {
        return responses(SurveyInstruments.family(), "family", seed, teams, cycles, 12, 0.3);
    }

    /** Staff survey responses to {@link SurveyInstruments#staff()}. */
    public static List<SurveyResponse> staff(long seed, List<String> teams, List<String> cycles) {
        return responses(SurveyInstruments.staff(), "staff", seed ^ 0x5DEECE66DL, teams, cycles, 9, 0.3);
    }

    /**
     * Responses to any instrument.
     *
     * @param instrument the instrument
     * @param prefix the start of each respondent id
     * @param seed the seed
     * @param teams the teams, in order; with three or more the last is small
     * @param cycles the cycles, oldest first
     * @param typicalTeam about how many respond per team and cycle
     * @param improvement how much the mean rating rises per cycle
     * @return the responses, by team, then cycle
     */
    public static List<SurveyResponse> responses(SurveyInstrument instrument, String prefix, long seed,
            List<String> teams, List<String> cycles, int typicalTeam, double improvement) {
        SplittableRandom random = new SplittableRandom(seed);
        List<SurveyResponse> out = new ArrayList<>();
        for (int t = 0; t < teams.size(); t++) {
            double teamLevel = -0.7 + random.nextDouble() * 1.2;
            boolean small = teams.size() >= 3 && t == teams.size() - 1;
            for (int c = 0; c < cycles.size(); c++) {
                int n = small ? 2 + random.nextInt(3) : typicalTeam - 3 + random.nextInt(7);
                for (int i = 1; i <= n; i++) {
                    double level = 3.5 + teamLevel + improvement * c + gaussian(random) * 0.5;
                    out.add(respond(instrument, random, level, prefix + "-" + teams.get(t) + "-" + cycles.get(c) + "-" + i,
                            teams.get(t), cycles.get(c)));
                }
            }
        }
        return List.copyOf(out);
    }

    private static SurveyResponse respond(SurveyInstrument instrument, SplittableRandom random, double level,
            String id, String team, String cycle) {
        Map<String, Integer> ratings = new TreeMap<>();
        Map<String, String> text = new TreeMap<>();
        int freeText = 0;
        for (SurveyItem item : instrument.items()) {
            if (item.type() == ResponseType.FREE_TEXT) {
                String[][] banks = id.startsWith("staff") ? STAFF_TEXT : FAMILY_TEXT;
                String[] bank = banks[Math.min(freeText, banks.length - 1)];
                freeText++;
                if (random.nextInt(10) < 3) {
                    text.put(item.id(), bank[random.nextInt(bank.length)]);
                }
                continue;
            }
            if (random.nextInt(20) == 0) {
                continue; // not answered
            }
            double felt = level + gaussian(random) * 0.7;
            int rating = switch (item.type()) {
                case LIKERT_5 -> {
                    int r = clamp((int) Math.round(felt), 1, 5);
                    yield item.reverse() ? 6 - r : r;
                }
                case SCALE_0_10 -> clamp((int) Math.round((felt - 1) * 2.5), 0, 10);
                default -> felt >= 3 ? 1 : 0;
            };
            ratings.put(item.id(), rating);
        }
        return new SurveyResponse(id, team, cycle, ratings, text);
    }

    private static double gaussian(SplittableRandom random) {
        // Box-Muller written out, so the demo's numbers never depend on a JDK's own nextGaussian algorithm.
        double u = 1.0 - random.nextDouble();
        double v = random.nextDouble();
        return Math.sqrt(-2.0 * Math.log(u)) * Math.cos(2 * Math.PI * v);
    }

    private static int clamp(int x, int lo, int hi) {
        return Math.max(lo, Math.min(hi, x));
    }
}
