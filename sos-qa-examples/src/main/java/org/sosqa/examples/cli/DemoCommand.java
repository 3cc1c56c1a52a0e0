package org.sosqa.examples.cli;

import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import org.sosqa.core.CaseRecord;
import org.sosqa.core.survey.SurveyInstruments;
import org.sosqa.core.survey.SurveyResponse;
import org.sosqa.examples.demo.AccreditationDemoData;
import org.sosqa.examples.demo.DemoOrganisation;
import org.sosqa.examples.demo.DemoOrganisationGenerator;
import org.sosqa.examples.demo.DemoTeam;
import org.sosqa.examples.demo.InquiryDemoData;
import org.sosqa.examples.demo.LeadershipDemoData;
import org.sosqa.examples.demo.SurveyDemoData;
import org.sosqa.examples.report.Evidence;
import org.sosqa.examples.report.OrganisationReport;
import org.sosqa.examples.report.QualityCycle;
import org.sosqa.examples.report.ReportSection;
import org.sosqa.examples.report.StreamSections;
import org.sosqa.rules.AuditEngine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * {@code sos-qa demo [--out DIR] [--seed N] [--quiet]}: builds the synthetic demonstration organisation, runs
 * the quality assurance cycle on it and writes the organisation report ({@code index.html}, {@code report.json},
 * {@code csv/}) to DIR. Nothing to set up: everything it needs is in the jar.
 */
@Command(name = "demo",
        mixinStandardHelpOptions = true,
        description = {"Builds the synthetic demonstration organisation, runs the whole quality assurance cycle on it,",
            "and writes the organisation report (index.html, report.json and csv/) to a folder."})
final class DemoCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Option(names = "--out", paramLabel = "DIR", defaultValue = "sos-qa-report",
            description = "Where to write the report (default: ./sos-qa-report). Files of the same names are replaced.")
    private Path out;

    @Option(names = "--seed", paramLabel = "N", defaultValue = "" + DemoOrganisationGenerator.DEFAULT_SEED,
            description = "The seed of the demonstration organisation (default: ${DEFAULT-VALUE}); the same seed gives"
                    + " the same organisation and the same report, byte for byte.")
    private long seed;

    @Option(names = {"-q", "--quiet"}, description = "No progress on stderr.")
    private boolean quiet;

    /**
     * The demonstration organisation's other streams, each generated from the same seed (offset, so that no two
     * streams draw the same numbers) for the same teams and period as its cases.
     */
    private Map<String, ReportSection> streams(DemoOrganisation org) {
        List<String> teams = org.teams().stream().map(DemoTeam::id).toList();
        List<String> caseIds = org.cases().stream().map(CaseRecord::id).toList();
        Map<String, ReportSection> streams = new LinkedHashMap<>();
        List<String> cycles = org.collectionYears().stream().map(y -> (y - 1) + "-" + (y % 100)).toList();
        List<SurveyResponse> family = SurveyDemoData.family(seed + 1, teams, cycles);
        List<SurveyResponse> staff = SurveyDemoData.staff(seed + 2, teams, cycles);
        streams.put("familySurvey", StreamSections.familySurvey(SurveyInstruments.family(), family));
        streams.put("staffSurvey", StreamSections.staffSurvey(SurveyInstruments.staff(), staff));
        streams.put("accreditation", StreamSections.accreditation(AccreditationDemoData.charterSigned(),
                AccreditationDemoData.narrative(cycles.size()), AccreditationDemoData.actions(org.reportDate()),
                SurveyInstruments.family(), family, SurveyInstruments.staff(), staff));
        streams.put("appreciativeInquiry", StreamSections.appreciativeInquiry(
                InquiryDemoData.inquiries(seed + 3, teams, caseIds, org.periodStart(), org.reportDate())));
        streams.put("leadership", StreamSections.leadership(
                LeadershipDemoData.timeRecords(seed + 4, teams, org.periodStart(), org.reportDate()),
                LeadershipDemoData.targets(), LeadershipDemoData.ratings(seed + 5, org.periodStart(), org.reportDate())));
        return streams;
    }

    @Override
    public Integer call() {
        if (Files.exists(out) && !Files.isDirectory(out)) {
            throw new ParameterException(spec.commandLine(), "--out must be a folder, and " + out + " is a file");
        }
        PrintWriter err = spec.commandLine().getErr();
        // The engine loads its precompiled rules while the organisation is generated: two cores, two jobs.
        CompletableFuture<AuditEngine> engine = CompletableFuture.supplyAsync(AuditEngine::withDefaultRules);
        DemoOrganisation org = DemoOrganisationGenerator.generate(seed);
        Map<String, String> teams = new LinkedHashMap<>();
        for (DemoTeam t : org.teams()) {
            teams.put(t.id(), t.name());
        }
        Evidence evidence;
        try (Progress progress = Progress.start(err, quiet, "demo: audited")) {
            evidence = QualityCycle.run(org.id(), org.name(), true, org.reportDate(), org.collectionYears(), teams,
                    org.childPopulation(), org.cases(), engine.join(), progress::update);
        }
        List<Path> files;
        try {
            files = OrganisationReport.build(evidence, streams(org)).write(out);
        } catch (UncheckedIOException e) {
            throw new ParameterException(spec.commandLine(), e.getMessage());
        }
        PrintWriter stdout = spec.commandLine().getOut();
        stdout.printf("%s: %d cases, %d children, %d teams (synthetic, seed %d)%n", org.name(), org.cases().size(),
                org.childCount(), org.teams().size(), seed);
        stdout.printf("Wrote %s, %s and %d CSV files in %s%n", files.get(0).getFileName(), files.get(1).getFileName(),
                files.size() - 2, out.resolve("csv"));
        stdout.printf("Open %s in a browser.%n", out.resolve("index.html").toAbsolutePath().normalize().toUri());
        stdout.flush();
        return 0;
    }
}
