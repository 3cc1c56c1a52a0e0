package org.sosqa.examples.report;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import org.sosqa.core.CaseRecord;
import org.sosqa.core.accreditation.Action;
import org.sosqa.core.accreditation.AwardLevel;
import org.sosqa.core.accreditation.EvidenceFrom;
import org.sosqa.core.accreditation.EvidenceStream;
import org.sosqa.core.accreditation.SelfAssessment;
import org.sosqa.core.coredata.CaseEventEpisodes;
import org.sosqa.core.coredata.CollectionYear;
import org.sosqa.core.coredata.CoreData;
import org.sosqa.core.coredata.StatutoryIndicators;
import org.sosqa.core.coredata.WorkingDayCalendar;
import org.sosqa.core.measure.BreadthMeasures;
import org.sosqa.core.measure.Measure;
import org.sosqa.core.measure.MeasureEvaluator;
import org.sosqa.core.survey.SurveyInstrument;
import org.sosqa.core.survey.SurveyMeasures;
import org.sosqa.core.survey.SurveyResponse;
import org.sosqa.rules.AccreditationEngine;
import org.sosqa.rules.AccreditationResult;
import org.sosqa.rules.AuditEvidence;
import org.sosqa.rules.CriterionOutcome;
import org.sosqa.rules.NextLevel;
import org.sosqa.rules.RulePackInfo;

/**
 * Accreditation readiness (domain.md §4): a self-assessment gathered from the cycle itself, one accreditation
 * cycle per collection year (depth from the year-end audits, breadth from the dashboard at each year end, core
 * data from the indicators, the surveys by survey cycle), with the organisation's own charter signature,
 * narrative and action plan, assessed by the default award criteria ({@link AccreditationEngine}). Shows the
 * level reached, every criterion, and what is missing for the next level. The scheme is the library's own
 * proposal, not a published Signs of Safety award.
 */
final class AccreditationSection implements ReportSection {

    /** The organisation's own part of the self-assessment: what no stream computes. */
    record OwnAccount(boolean charterSigned, List<org.sosqa.core.accreditation.Evidence> narrative, List<Action> actions) {
        OwnAccount {
            narrative = List.copyOf(narrative);
            actions = List.copyOf(actions);
        }
    }

    /** A survey's responses with its instrument, for the survey streams. */
    record Survey(EvidenceStream stream, SurveyInstrument instrument, List<SurveyResponse> responses) {
        Survey {
            responses = List.copyOf(responses);
        }
    }

    record AccreditationJson(boolean available, String organisation, AwardLevel level, List<CriterionOutcome> criteria,
            NextLevel nextLevel, List<RulePackInfo> criteriaPacks, List<String> cycles, int evidenceItems) {
    }

    private final OwnAccount own;
    private final List<Survey> surveys;

    AccreditationSection(OwnAccount own, List<Survey> surveys) {
        this.own = own;
        this.surveys = List.copyOf(surveys);
    }

    @Override
    public String key() {
        return "accreditation";
    }

    @Override
    public Section build(Evidence e) {
        SelfAssessment.Builder sa = SelfAssessment.builder(e.organisationName()).charterSigned(own.charterSigned());
        CoreData data = CaseEventEpisodes.from(e.cases());
        List<String> cycles = new ArrayList<>();
        int latest = 0;
        for (int i = 0; i < e.yearEnds().size(); i++) {
            AuditSnapshot year = e.yearEnds().get(i);
            int endingYear = year.day().getYear();
            String label = (endingYear - 1) + "-" + (endingYear % 100);
            int cycle = sa.cycle(label);
            cycles.add(label);
            latest = cycle;
            sa.evidence(AuditEvidence.from(cycle, year.reports()));
            List<CaseRecord> open = year.cases();
            for (Measure<CaseRecord> m : BreadthMeasures.all(year.day())) {
                sa.evidence(EvidenceFrom.summary(EvidenceStream.BREADTH, cycle, m,
                        MeasureEvaluator.evaluate(m, open, CaseRecord::id).summary()));
            }
            sa.evidence(EvidenceFrom.indicators(cycle, StatutoryIndicators.compute(data, new CollectionYear(endingYear),
                    WorkingDayCalendar.englandAndWales(), e.childPopulation())));
            for (Survey s : surveys) {
                List<String> surveyCycles = new ArrayList<>(new TreeSet<>(s.responses().stream().map(SurveyResponse::cycle).toList()));
                // The survey cycles are matched to the year ends in order, the latest with the latest.
                int offset = surveyCycles.size() - e.yearEnds().size();
                if (i + offset >= 0 && i + offset < surveyCycles.size()) {
                    String surveyCycle = surveyCycles.get(i + offset);
                    List<SurveyResponse> these = s.responses().stream().filter(r -> r.cycle().equals(surveyCycle)).toList();
                    for (Measure<SurveyResponse> m : SurveyMeasures.of(s.instrument(), List.of())) {
                        if (!m.id().equals(SurveyMeasures.RESPONDENTS)) {
                            sa.evidence(EvidenceFrom.summary(s.stream(), cycle, m,
                                    MeasureEvaluator.evaluate(m, these, SurveyResponse::respondentId).summary()));
                        }
                    }
                }
            }
        }
        if (latest > 0) {
            sa.evidence(own.narrative().stream().map(n -> org.sosqa.core.accreditation.Evidence.narrative(n.stream(),
                    n.measureId(), n.title(), Math.min(n.cycle(), cycles.size()), n.text())).toList());
        }
        own.actions().forEach(sa::action);
        SelfAssessment assessment = sa.build();
        AccreditationResult result = AccreditationEngine.withDefaultCriteria().assess(assessment);
        AccreditationJson json = new AccreditationJson(true, result.organisation(), result.level(), result.criteria(),
                result.nextLevel(), result.criteriaPacks(), cycles, assessment.evidence().size());
        return new Section(key(), "Accreditation readiness", json, blocks(result, cycles, assessment.evidence().size()));
    }

    private static List<Block> blocks(AccreditationResult r, List<String> cycles, int evidence) {
        List<Block> out = new ArrayList<>();
        out.add(new Block.Paragraph("A self-assessment gathered from this cycle's own evidence (" + evidence
                + " items over the cycles " + String.join(", ", cycles) + ": depth, breadth, the two surveys, core data,"
                + " and the organisation's own gap analysis and action plan), assessed against the library's proposed"
                + " award criteria (docs/accreditation.md; domain.md §4, itself an inference: no published Signs of"
                + " Safety accreditation exists)."));
        out.add(new Block.Points(List.of("Level reached: " + words(r.level()) + ".",
                r.nextLevel().missing().isEmpty() ? "Nothing is missing for " + words(r.nextLevel().level()) + "."
                        : "Missing for " + words(r.nextLevel().level()) + ": " + String.join("; ", r.nextLevel().missing()) + ".")));
        List<List<Object>> byLevel = new ArrayList<>();
        for (AwardLevel level : AwardLevel.values()) {
            List<CriterionOutcome> of = r.criteria(level);
            if (!of.isEmpty()) {
                long met = of.stream().filter(CriterionOutcome::met).count();
                byLevel.add(Numbers.row(words(level), BigDecimal.valueOf(met), BigDecimal.valueOf(of.size()),
                        Numbers.percent(met, of.size())));
            }
        }
        out.add(new Block.Figure(new Table("accreditation-by-level", "Award criteria met, by level",
                List.of(Column.text("level", "Level"), Column.number("met", "Criteria met"),
                        Column.number("criteria", "Criteria"), Column.number("percent", "Met %")), byLevel),
                new Chart(Chart.Kind.BARS, "level", List.of("percent"), 100, "% of criteria met")));
        List<List<Object>> rows = new ArrayList<>();
        for (CriterionOutcome c : r.criteria()) {
            rows.add(Numbers.row(c.title(), c.id(), words(c.level()), c.met() ? "yes" : "no", String.join("; ", c.missing())));
        }
        out.add(new Block.Figure(new Table("accreditation-criteria", "Every award criterion",
                List.of(Column.text("criterion", "Criterion"), Column.text("id", "Id"), Column.text("level", "Level"),
                        Column.text("met", "Met"), Column.text("missing", "What is missing")), rows), null));
        return out;
    }

    private static String words(AwardLevel level) {
        String name = level.name().toLowerCase(java.util.Locale.UK);
        return level == AwardLevel.NONE ? "none yet" : Character.toUpperCase(name.charAt(0)) + name.substring(1);
    }
}
