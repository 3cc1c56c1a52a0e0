package org.sosqa.examples.demo;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.SplittableRandom;
import org.sosqa.core.CaseRecord;
import org.sosqa.core.CaseValidator;

/**
 * Generates the demonstration organisation from a seed: the same seed gives the same organisation, case
 * for case and word for word. About 2,000 children in 8 teams, three collection years ending on
 * {@link #REPORT_DATE}. Teams start at different levels of practice and improve at different rates, so
 * the organisation report shows strong and weak teams and a trend.
 *
 * <p>Every case passes {@link CaseValidator}: the tests check every case of several seeds. The generator does not
 * validate as it goes, because validation would take longer than the rest of the demonstration together.
 */
public final class DemoOrganisationGenerator {

    /** The seed {@code sos-qa demo} uses unless told otherwise. */
    public static final long DEFAULT_SEED = 20260331L;
    /** The day the demonstration report is written for: the end of the third collection year. */
    public static final LocalDate REPORT_DATE = LocalDate.of(2026, 3, 31);
    /** The first day of the first of the three collection years. */
    public static final LocalDate PERIOD_START = LocalDate.of(2023, 4, 1);
    /** About how many children the organisation works with over the three years. */
    public static final int TARGET_CHILDREN = 2000;

    static final String ORGANISATION = "org-demo";

    private DemoOrganisationGenerator() {
    }

    /**
     * The demonstration organisation.
     *
     * @param seed the seed
     * @return the organisation, every case valid
     */
    public static DemoOrganisation generate(long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        List<TeamProfile> teams = TeamProfile.all();
        List<CaseRecord> cases = new ArrayList<>();
        FamilyMaker maker = new FamilyMaker(random, teams);
        while (maker.childrenMade() < TARGET_CHILDREN) {
            for (CaseRecord c : maker.nextFamily()) {
                cases.add(c);
            }
        }
        cases.sort(Comparator.comparing(CaseRecord::id));
        return new DemoOrganisation(ORGANISATION, "Demo Borough Council (synthetic)", seed, PERIOD_START, REPORT_DATE,
                List.of(2024, 2025, 2026), 52_000L, teams.stream().map(TeamProfile::team).toList(), cases);
    }
}
