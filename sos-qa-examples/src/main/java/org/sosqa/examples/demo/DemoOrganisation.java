package org.sosqa.examples.demo;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import org.sosqa.core.CaseRecord;

/**
 * A generated, entirely synthetic local authority: its teams and its cases over three collection years.
 *
 * @param id the organisation's id, as every case carries it
 * @param name its name as people read it
 * @param seed the seed it was generated from
 * @param periodStart the first day of the first collection year (1 April)
 * @param reportDate the day the report is written for: the last day of the last collection year (31 March)
 * @param collectionYears the collection years covered, each named by the 31 March it ends on, oldest first
 * @param childPopulation children under 18 living in the (imaginary) area, for rates per 10,000
 * @param teams the teams, in the order reports show them
 * @param cases every case, valid, in id order
 */
public record DemoOrganisation(
        String id,
        String name,
        long seed,
        LocalDate periodStart,
        LocalDate reportDate,
        List<Integer> collectionYears,
        long childPopulation,
        List<DemoTeam> teams,
        List<CaseRecord> cases) {

    /** Copies the lists, so the organisation cannot change once made. */
    public DemoOrganisation {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(periodStart, "periodStart");
        Objects.requireNonNull(reportDate, "reportDate");
        collectionYears = List.copyOf(collectionYears);
        teams = List.copyOf(teams);
        cases = List.copyOf(cases);
    }

    /** How many distinct children the cases are about. */
    public long childCount() {
        return cases.stream().flatMap(c -> c.children().stream()).map(c -> c.id()).distinct().count();
    }
}
