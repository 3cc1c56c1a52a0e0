package org.sosqa.examples.demo;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import org.sosqa.core.inquiry.EarsPhase;
import org.sosqa.core.inquiry.InquiryRecord;
import org.sosqa.core.inquiry.InquirySubject;
import org.sosqa.core.inquiry.PracticeVocabulary;
import org.sosqa.core.inquiry.SubjectKind;
import org.sosqa.core.inquiry.Turn;

/**
 * Synthetic appreciative inquiry records for the demonstration organisation: seeded, so the same
 * arguments always give the same records. Each team leans on its own few practices (drawn from the
 * seed) and takes up one more as the period goes on; inquiries grow more frequent, prouder and more complete (fewer that never reflect) as the period
 * goes on, and a few are about a piece of work rather than a case. Every text is made up from templates;
 * no real person or case is behind any of it.
 */
public final class InquiryDemoData {

    private static final List<String> TAGS = List.copyOf(PracticeVocabulary.defaults().ids());
    private static final List<String> ROLES = List.of("team-manager", "practice-lead", "senior-practitioner");
    private static final List<String> ELICIT = List.of(
            "What piece of work with this family are you most proud of?",
            "Tell me about a time on this case when Signs of Safety really helped.",
            "What went well in the work you did this month?");
    private static final List<String> AMPLIFY = List.of(
            "What did you do that made the difference?",
            "Who else helped, and what did they do?",
            "What would the family say you did?",
            "How did you know it was working?");
    private static final List<String> REFLECT = List.of(
            "What does this work mean to you?",
            "What is the most important thing you learned?",
            "What would you do again next time?");
    private static final List<String> START_OVER = List.of("What else went well?", "Is there another moment you are proud of?");

    private InquiryDemoData() {
    }

    /**
     * The inquiries of an organisation over a period.
     *
     * @param seed the seed
     * @param teams the teams' ids (each team's inquiries carry its id as given)
     * @param caseIds case ids the inquiries may be about; when empty, every inquiry is about a piece of work
     * @param from the first day
     * @param to the last day, not before {@code from}
     * @return the inquiries, by date then id; ids are {@code ai-0001}, {@code ai-0002}, ...
     * @throws IllegalArgumentException if {@code to} is before {@code from}
     */
    public static List<InquiryRecord> inquiries(long seed, List<String> teams, List<String> caseIds, LocalDate from,
            LocalDate to) {
        if (to.isBefore(from)) {
            throw new IllegalArgumentException("the period ends before it starts");
        }
        SplittableRandom rnd = new SplittableRandom(seed);
        long days = ChronoUnit.DAYS.between(from, to) + 1;
        List<Draft> drafts = new ArrayList<>();
        for (String team : teams) {
            SplittableRandom teamRnd = rnd.split();
            List<String> favourites = favourites(teamRnd);
            double teamPride = teamRnd.nextDouble(-1.0, 1.0); // some teams rate their work higher
            double perMonth = teamRnd.nextDouble(1.0, 3.5);
            long months = Math.max(1, days / 30);
            for (long m = 0; m < months; m++) {
                double progress = months == 1 ? 1.0 : (double) m / (months - 1);
                int count = poisson(teamRnd, perMonth * (0.6 + 0.8 * progress));
                for (int i = 0; i < count; i++) {
                    long day = Math.min(days - 1, m * 30 + teamRnd.nextInt(30));
                    drafts.add(new Draft(team, from.plusDays(day), progress, favourites, teamPride, teamRnd.split()));
                }
            }
        }
        drafts.sort(Comparator.comparing(Draft::date).thenComparing(Draft::team));
        List<InquiryRecord> out = new ArrayList<>();
        for (int i = 0; i < drafts.size(); i++) {
            out.add(drafts.get(i).build(String.format(Locale.ROOT, "ai-%04d", i + 1), caseIds));
        }
        return List.copyOf(out);
    }

    private static List<String> favourites(SplittableRandom rnd) {
        List<String> pool = new ArrayList<>(TAGS);
        List<String> out = new ArrayList<>();
        // Three practices the team already leans on, then one it takes up as the period goes on.
        for (int i = 0; i < 4; i++) {
            out.add(pool.remove(rnd.nextInt(pool.size())));
        }
        return out;
    }

    private static int poisson(SplittableRandom rnd, double mean) {
        double l = Math.exp(-mean);
        double p = 1.0;
        int k = 0;
        do {
            k++;
            p *= rnd.nextDouble();
        } while (p > l);
        return k - 1;
    }

    private record Draft(String team, LocalDate date, double progress, List<String> favourites, double teamPride,
            SplittableRandom rnd) {

        InquiryRecord build(String id, List<String> caseIds) {
            boolean aboutCase = !caseIds.isEmpty() && rnd.nextInt(10) < 8;
            InquirySubject subject = aboutCase
                    ? new InquirySubject(SubjectKind.CASE, caseIds.get(rnd.nextInt(caseIds.size())))
                    : new InquirySubject(SubjectKind.WORK, "work-" + id);
            List<String> tags = new ArrayList<>();
            for (int i = 0; i < 3; i++) {
                if (rnd.nextInt(100) < 60) {
                    tags.add(favourites.get(i));
                }
            }
            if (rnd.nextDouble() < 0.7 * progress) {
                tags.add(favourites.get(3));
            }
            if (rnd.nextInt(100) < 30) {
                String other = TAGS.get(rnd.nextInt(TAGS.size()));
                if (!tags.contains(other)) {
                    tags.add(other);
                }
            }
            // Early on a third of inquiries never reflect; by the end, almost none.
            boolean reflects = rnd.nextDouble() > 0.35 * (1 - progress);
            boolean startsOver = rnd.nextInt(100) < 25;
            List<Turn> turns = new ArrayList<>();
            turns.add(new Turn(EarsPhase.ELICIT, pick(ELICIT), "The work on " + describe(tags) + "."));
            int amplify = 1 + rnd.nextInt(3);
            for (int i = 0; i < amplify; i++) {
                turns.add(new Turn(EarsPhase.AMPLIFY, pick(AMPLIFY), "I " + behaviour(tags) + "."));
            }
            if (reflects) {
                turns.add(new Turn(EarsPhase.REFLECT, pick(REFLECT), "It showed me that " + meaning() + "."));
            }
            if (startsOver && reflects) {
                turns.add(new Turn(EarsPhase.START_OVER, pick(START_OVER), "The meeting with the network."));
                turns.add(new Turn(EarsPhase.AMPLIFY, pick(AMPLIFY), "I " + behaviour(tags) + "."));
                turns.add(new Turn(EarsPhase.REFLECT, pick(REFLECT), "It showed me that " + meaning() + "."));
            }
            List<String> behaviours = new ArrayList<>();
            for (int i = 0; i < amplify; i++) {
                behaviours.add(behaviour(tags));
            }
            List<String> meanings = reflects ? List.of(meaning()) : List.of();
            double mean = 5.5 + 2.5 * progress + teamPride;
            int scale = (int) Math.max(0, Math.min(10, Math.round(mean + rnd.nextDouble(-2.0, 2.0))));
            return new InquiryRecord(id, date, team, subject, ROLES.get(rnd.nextInt(ROLES.size())), turns, behaviours,
                    meanings, scale, tags);
        }

        private String pick(List<String> options) {
            return options.get(rnd.nextInt(options.size()));
        }

        private String describe(List<String> tags) {
            return tags.isEmpty() ? "this family's plan" : "the " + tags.get(0).replace('-', ' ') + " with this family";
        }

        private String behaviour(List<String> tags) {
            List<String> ways = List.of("asked the family who they trusted before the meeting",
                    "wrote the worries in the family's own words", "read the plan back to the child",
                    "scaled with each parent separately", "rang the network member the evening before",
                    "drew the three houses with the child at school");
            String way = ways.get(rnd.nextInt(ways.size()));
            return tags.isEmpty() ? way : way + " (" + tags.get(rnd.nextInt(tags.size())).replace('-', ' ') + ")";
        }

        private String meaning() {
            List<String> meanings = List.of("families can find their own safety people",
                    "plain words keep everyone with us", "the child's view changes the plan",
                    "taking time early saves time later");
            return meanings.get(rnd.nextInt(meanings.size()));
        }
    }
}
