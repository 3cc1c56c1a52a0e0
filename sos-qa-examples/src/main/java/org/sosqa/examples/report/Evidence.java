package org.sosqa.examples.report;

import java.time.LocalDate;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.sosqa.core.CaseRecord;
import org.sosqa.rules.RulePackInfo;

/**
 * Everything one quality assurance cycle gathered about an organisation, from which every section of the
 * report is built. Gather it with {@link QualityCycle#run}.
 *
 * @param organisationId the organisation's id
 * @param organisationName its name
 * @param synthetic whether the data are made up (the demonstration organisation), said on every page
 * @param reportDate the day the report is for
 * @param collectionYears the collection years to report core data for, each named by the 31 March it ends on
 * @param teams team id to team name, in the order the report shows teams
 * @param childPopulation children under 18 in the area, for rates per 10,000; null where not known
 * @param cases every case, as recorded today
 * @param latest the audit of every case's latest map
 * @param current the audit of the cases open on the report date
 * @param yearEnds the audits of the cases open at the end of each collection year that has ended by the report
 *     date, as they stood then
 * @param rulePacks the rule packs that scored the audits
 */
public record Evidence(
        String organisationId,
        String organisationName,
        boolean synthetic,
        LocalDate reportDate,
        List<Integer> collectionYears,
        Map<String, String> teams,
        Long childPopulation,
        List<CaseRecord> cases,
        AuditSnapshot latest,
        AuditSnapshot current,
        List<AuditSnapshot> yearEnds,
        List<RulePackInfo> rulePacks) {

    /** Copies the collections, keeping the teams' order. */
    public Evidence {
        Objects.requireNonNull(organisationId, "organisationId");
        Objects.requireNonNull(organisationName, "organisationName");
        Objects.requireNonNull(reportDate, "reportDate");
        Objects.requireNonNull(latest, "latest");
        Objects.requireNonNull(current, "current");
        collectionYears = List.copyOf(collectionYears);
        teams = Collections.unmodifiableMap(new LinkedHashMap<>(teams));
        cases = List.copyOf(cases);
        yearEnds = List.copyOf(yearEnds);
        rulePacks = List.copyOf(rulePacks);
    }

    /** A team's name, or its id where the team is not listed. */
    public String teamName(String teamId) {
        return teams.getOrDefault(teamId, teamId);
    }
}
