package org.sosqa.examples.report;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.sosqa.core.CaseRecord;
import org.sosqa.core.SosQaJson;
import org.sosqa.rules.AuditReport;
import org.sosqa.rules.CriterionResult;
import org.sosqa.rules.DomainScore;
import org.sosqa.rules.Finding;
import org.sosqa.rules.Grade;
import org.sosqa.rules.RaterAgreement;

/**
 * Depth: the practice-depth audit of the cases (domain.md §2.3). Grades and domain scores by team for the
 * cases open on the report date, the share good or better at each year end, the criteria most often
 * missed, how far the auditors' own ratings agree with the rules', and example findings with the words
 * the rules found highlighted.
 */
final class DepthSection implements ReportSection {

    /** The findings shown as examples: a rule and whether it was met, in the order shown. */
    private static final List<Map.Entry<String, Boolean>> EXAMPLES = List.of(
            Map.entry("depth.danger.jargon", false),
            Map.entry("depth.danger.who-is-worried", true),
            Map.entry("depth.goal.positive", false),
            Map.entry("depth.goal.sustained", true));

    private final InstrumentTitles titles = InstrumentTitles.load();

    @Override
    public String key() {
        return "depth";
    }

    record TeamDepth(String team, String name, int cases, Map<Grade, Integer> grades, BigDecimal goodOrBetterPercent,
            BigDecimal meanScore, Map<String, BigDecimal> domains) {
    }

    record YearDepth(LocalDate day, int cases, BigDecimal goodOrBetterPercent, BigDecimal meanScore,
            Map<String, BigDecimal> goodOrBetterByTeam, Map<String, BigDecimal> domains) {
    }

    record Missed(String criterion, String title, int applicable, int notMet, BigDecimal percent) {
    }

    record Agreement(int pairs, BigDecimal exactAgreementPercent, BigDecimal weightedKappa) {
    }

    record ExampleFinding(String caseId, String path, String rule, boolean met, String message, String text,
            int start, int end) {
    }

    record Depth(LocalDate day, int casesAudited, Map<Grade, Integer> grades, BigDecimal goodOrBetterPercent,
            List<TeamDepth> byTeam, List<YearDepth> byYear, List<Missed> mostMissed, Agreement raterAgreement,
            List<ExampleFinding> examples, String rulePack) {
    }

    @Override
    public Section build(Evidence e) {
        AuditSnapshot current = e.current();
        List<TeamDepth> byTeam = new ArrayList<>();
        for (String team : e.teams().keySet()) {
            List<AuditReport> reports = reportsOf(current, team);
            byTeam.add(new TeamDepth(team, e.teamName(team), reports.size(), grades(reports), goodOrBetter(reports),
                    meanScore(reports), domainMeans(reports)));
        }
        List<YearDepth> byYear = new ArrayList<>();
        for (AuditSnapshot s : e.yearEnds()) {
            Map<String, BigDecimal> teams = new LinkedHashMap<>();
            for (String team : e.teams().keySet()) {
                teams.put(team, goodOrBetter(reportsOf(s, team)));
            }
            byYear.add(new YearDepth(s.day(), s.reports().size(), goodOrBetter(s.reports()), meanScore(s.reports()),
                    teams, domainMeans(s.reports())));
        }
        List<Missed> missed = mostMissed(current.reports());
        RaterAgreement agreement = RaterAgreement.of(e.latest().reports(), 0, 3);
        Agreement raters = new Agreement(agreement.pairs(), Numbers.oneDecimal(agreement.exactAgreement() * 100),
                agreement.weightedKappa() == null ? null
                        : BigDecimal.valueOf(agreement.weightedKappa()).setScale(2, java.math.RoundingMode.HALF_UP));
        List<ExampleFinding> examples = examples(current);
        String pack = e.rulePacks().isEmpty() ? null
                : e.rulePacks().get(e.rulePacks().size() - 1).id() + " " + e.rulePacks().get(e.rulePacks().size() - 1).version();
        Depth json = new Depth(current.day(), current.reports().size(), grades(current.reports()),
                goodOrBetter(current.reports()), byTeam, byYear, missed, raters, examples, pack);
        return new Section(key(), "Depth: the quality of practice on each case", json, blocks(e, json, current));
    }

    private List<Block> blocks(Evidence e, Depth d, AuditSnapshot current) {
        List<Block> out = new ArrayList<>();
        out.add(new Block.Paragraph("Every case open on " + d.day().format(QualityCycle.DAY) + " (" + d.casesAudited()
                + " cases) was audited against the default practice-depth instrument (" + d.rulePack() + "): "
                + d.goodOrBetterPercent() + "% were graded good or outstanding. The grades come from the rules' reading"
                + " of each case's current map; they are a prompt for collaborative audit, not a substitute for it."));
        List<List<Object>> rows = new ArrayList<>();
        for (TeamDepth t : d.byTeam()) {
            rows.add(Numbers.row(t.name(), t.cases(), pct(t, Grade.OUTSTANDING), pct(t, Grade.GOOD),
                    pct(t, Grade.REQUIRES_IMPROVEMENT), pct(t, Grade.INADEQUATE), t.meanScore()));
        }
        out.add(new Block.Figure(new Table("depth-grades-by-team", "Grades of open cases by team, "
                + d.day().format(QualityCycle.DAY) + " (% of the team's cases)",
                List.of(Column.text("team", "Team"), Column.number("cases", "Cases"),
                        Column.number("outstanding", "Outstanding %"), Column.number("good", "Good %"),
                        Column.number("requiresImprovement", "Requires improvement %"),
                        Column.number("inadequate", "Inadequate %"), Column.number("meanScore", "Mean score (0-10)")),
                rows), new Chart(Chart.Kind.STACKED, "team",
                        List.of("outstanding", "good", "requiresImprovement", "inadequate"), 100, "% of cases")));

        List<Column> yearColumns = new ArrayList<>(List.of(Column.text("team", "Team")));
        for (YearDepth y : d.byYear()) {
            yearColumns.add(Column.number("y" + y.day().getYear(), "31 March " + y.day().getYear() + " %"));
        }
        List<List<Object>> yearRows = new ArrayList<>();
        for (TeamDepth t : d.byTeam()) {
            List<Object> row = new ArrayList<>(List.of(t.name()));
            for (YearDepth y : d.byYear()) {
                row.add(y.goodOrBetterByTeam().get(t.team()));
            }
            yearRows.add(row);
        }
        List<Object> all = new ArrayList<>(List.of("Whole organisation"));
        d.byYear().forEach(y -> all.add(y.goodOrBetterPercent()));
        yearRows.add(all);
        out.add(new Block.Paragraph("Practice has moved over the three years. The share of open cases graded good or"
                + " outstanding at each year end, by team:"));
        out.add(new Block.Figure(new Table("depth-good-by-year", "Open cases graded good or outstanding at each 31 March,"
                + " by team (%)", yearColumns, yearRows), new Chart(Chart.Kind.BARS, "team",
                        yearColumns.stream().skip(1).map(Column::key).toList(), 100, "% good or outstanding")));

        List<String> domains = new ArrayList<>(d.byYear().isEmpty() ? List.of() : d.byYear().get(0).domains().keySet());
        List<List<Object>> domainRows = new ArrayList<>();
        for (String domain : domains) {
            List<Object> row = new ArrayList<>(List.of(titles.title(domain)));
            for (YearDepth y : d.byYear()) {
                row.add(y.domains().get(domain));
            }
            domainRows.add(row);
        }
        List<Column> domainColumns = new ArrayList<>(List.of(Column.text("domain", "Domain")));
        for (YearDepth y : d.byYear()) {
            domainColumns.add(Column.number("y" + y.day().getYear(), "31 March " + y.day().getYear()));
        }
        out.add(new Block.Figure(new Table("depth-domains-by-year", "Mean domain score of open cases at each 31 March"
                + " (0-10)", domainColumns, domainRows), new Chart(Chart.Kind.BARS, "domain",
                        domainColumns.stream().skip(1).map(Column::key).toList(), 10, "mean score out of 10")));

        List<Column> teamDomainColumns = new ArrayList<>(List.of(Column.text("team", "Team")));
        for (String domain : domains) {
            teamDomainColumns.add(Column.number(domain, titles.title(domain)));
        }
        List<List<Object>> teamDomainRows = new ArrayList<>();
        for (TeamDepth t : d.byTeam()) {
            List<Object> row = new ArrayList<>(List.of(t.name()));
            domains.forEach(domain -> row.add(t.domains().get(domain)));
            teamDomainRows.add(row);
        }
        out.add(new Block.Figure(new Table("depth-domains-by-team", "Mean domain score of open cases by team, "
                + d.day().format(QualityCycle.DAY) + " (0-10)", teamDomainColumns, teamDomainRows), null));

        List<List<Object>> missedRows = new ArrayList<>();
        for (Missed m : d.mostMissed()) {
            missedRows.add(Numbers.row(m.title(), m.criterion(), m.applicable(), m.notMet(), m.percent()));
        }
        out.add(new Block.Paragraph("The criteria most often missed: rated \"not evident\" or \"emerging\" on the"
                + " cases where they apply. These are where practice development will make most difference."));
        out.add(new Block.Figure(new Table("depth-most-missed", "Criteria most often missed on open cases",
                List.of(Column.text("criterion", "Criterion"), Column.text("id", "Id"),
                        Column.number("applicable", "Cases where it applies"),
                        Column.number("missed", "Cases missing it"), Column.number("percent", "Missed %")),
                missedRows), new Chart(Chart.Kind.BARS, "criterion", List.of("percent"), 100, "% of cases missing it")));

        Agreement a = d.raterAgreement();
        out.add(new Block.Paragraph("Collaborative audits: on the cases an auditor rated, the auditor and the rules gave"
                + " the same rating " + orDash(a.exactAgreementPercent()) + "% of the time over " + a.pairs()
                + " criterion ratings (quadratic-weighted kappa " + orDash(a.weightedKappa()) + ", where 1 is perfect"
                + " agreement and 0 what chance would give). Where they differ, the auditor's judgement stands and the"
                + " difference is a question for the rule authors."));
        if (!d.examples().isEmpty()) {
            out.add(new Block.Paragraph("Examples of what the rules found, with the words behind each finding"
                    + " highlighted. Statements are shown as written; no names or dates of birth are held or shown."));
            for (ExampleFinding x : d.examples()) {
                out.add(new Block.Example(x.caseId(), what(x.path()), x.text(), x.start(), x.end(), x.met(),
                        x.message(), x.rule()));
            }
        }
        return out;
    }

    private static Object pct(TeamDepth t, Grade g) {
        return Numbers.percent(t.grades().get(g), t.cases());
    }

    private static String orDash(BigDecimal value) {
        return value == null ? "-" : value.toPlainString();
    }

    private static List<AuditReport> reportsOf(AuditSnapshot s, String team) {
        List<AuditReport> out = new ArrayList<>();
        for (int i = 0; i < s.cases().size(); i++) {
            if (s.cases().get(i).team().equals(team)) {
                out.add(s.reports().get(i));
            }
        }
        return out;
    }

    private static Map<Grade, Integer> grades(List<AuditReport> reports) {
        Map<Grade, Integer> out = new EnumMap<>(Grade.class);
        for (Grade g : Grade.values()) {
            out.put(g, 0);
        }
        reports.forEach(r -> out.merge(r.grade(), 1, Integer::sum));
        return out;
    }

    private static BigDecimal goodOrBetter(List<AuditReport> reports) {
        long good = reports.stream().filter(r -> r.grade() == Grade.GOOD || r.grade() == Grade.OUTSTANDING).count();
        return Numbers.percent(good, reports.size());
    }

    private static BigDecimal meanScore(List<AuditReport> reports) {
        return Numbers.mean(reports.stream().mapToDouble(AuditReport::score).sum(), reports.size());
    }

    private static Map<String, BigDecimal> domainMeans(List<AuditReport> reports) {
        Map<String, double[]> sums = new LinkedHashMap<>();
        for (AuditReport r : reports) {
            for (DomainScore d : r.domains()) {
                double[] s = sums.computeIfAbsent(d.id(), k -> new double[2]);
                if (d.score() != null) {
                    s[0] += d.score();
                    s[1]++;
                }
            }
        }
        Map<String, BigDecimal> out = new LinkedHashMap<>();
        sums.forEach((id, s) -> out.put(id, Numbers.mean(s[0], (long) s[1])));
        return out;
    }

    private List<Missed> mostMissed(List<AuditReport> reports) {
        Map<String, int[]> counts = new TreeMap<>();
        for (AuditReport r : reports) {
            for (DomainScore d : r.domains()) {
                for (CriterionResult c : d.criteria()) {
                    if (c.applicable()) {
                        int[] n = counts.computeIfAbsent(c.id(), k -> new int[2]);
                        n[0]++;
                        if (c.rating() <= 1) {
                            n[1]++;
                        }
                    }
                }
            }
        }
        List<Missed> out = new ArrayList<>();
        counts.forEach((id, n) -> out.add(new Missed(id, titles.title(id), n[0], n[1], Numbers.percent(n[1], n[0]))));
        out.sort(Comparator.comparing(Missed::percent, Comparator.nullsLast(Comparator.reverseOrder()))
                .thenComparing(Missed::criterion));
        return List.copyOf(out.subList(0, Math.min(10, out.size())));
    }

    private static List<ExampleFinding> examples(AuditSnapshot s) {
        ObjectMapper mapper = new ObjectMapper();
        List<ExampleFinding> out = new ArrayList<>();
        for (Map.Entry<String, Boolean> wanted : EXAMPLES) {
            search:
            for (int i = 0; i < s.cases().size(); i++) {
                for (Finding f : s.reports().get(i).findings()) {
                    if (f.rule().equals(wanted.getKey()) && f.met() == wanted.getValue() && f.span() != null
                            && f.path() != null) {
                        String text = text(mapper, s.cases().get(i), f.path());
                        if (text != null && f.span().end() <= text.length() && f.span().end() > f.span().start()) {
                            out.add(new ExampleFinding(s.cases().get(i).id(), f.path(), f.rule(), f.met(), f.message(),
                                    text, f.span().start(), f.span().end()));
                            break search;
                        }
                    }
                }
            }
        }
        return out;
    }

    /** The statement a finding's JSON Pointer names, from the case's own JSON document. */
    private static String text(ObjectMapper mapper, CaseRecord c, String pointer) {
        try {
            JsonNode node = mapper.readTree(SosQaJson.toJson(c)).at(pointer);
            return node.isTextual() ? node.asText() : null;
        } catch (com.fasterxml.jackson.core.JsonProcessingException | IllegalArgumentException e) {
            return null;
        }
    }

    private static String what(String path) {
        if (path.contains("safetyGoal")) {
            return "Safety goal";
        }
        if (path.contains("dangerStatements")) {
            return "Danger statement";
        }
        if (path.contains("harmStatements")) {
            return "Harm statement";
        }
        return "Statement";
    }
}
