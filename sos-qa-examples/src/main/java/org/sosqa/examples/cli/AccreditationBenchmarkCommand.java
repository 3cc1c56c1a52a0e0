package org.sosqa.examples.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.sosqa.core.accreditation.Benchmark;
import org.sosqa.core.accreditation.BenchmarkReport;
import org.sosqa.core.accreditation.MeasureRank;
import org.sosqa.core.accreditation.PeerValue;
import org.sosqa.core.accreditation.SelfAssessment;
import org.sosqa.core.Violation;
import org.sosqa.core.accreditation.CheckedDocument;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/**
 * {@code sos-qa accreditation benchmark FILE PEER... [--format json]}: an organisation's latest cycle
 * compared with its peers' on the same measures, as percentile ranks, peers anonymised.
 */
@Command(name = "benchmark", mixinStandardHelpOptions = true,
        description = {"Compare the latest cycle of one self-assessment with its peers' on the same measures:",
            "percentile ranks that respect whether higher or lower is better, peers anonymised as Peer A, Peer B, ...",
            "A peer document with problems is reported and left out; the rest are compared (exit 1)."})
final class AccreditationBenchmarkCommand implements Callable<Integer> {
    @Spec
    private CommandSpec spec;

    @Parameters(index = "0", paramLabel = "FILE", description = "The organisation's self-assessment document.")
    private Path file;

    @Parameters(index = "1..*", arity = "1..*", paramLabel = "PEER", description = "Peers' self-assessment documents.")
    private List<Path> peers = new ArrayList<>();

    @Option(names = "--format", defaultValue = "text", description = "text or json (default: ${DEFAULT-VALUE}).")
    private OutputFormat format;

    @Override
    public Integer call() throws IOException {
        peers.forEach(p -> AccreditationFiles.requireFile(spec, p));
        PrintWriter out = spec.commandLine().getOut();
        CheckedDocument<SelfAssessment> own = AccreditationFiles.selfAssessment(spec, file);
        if (!own.valid()) {
            if (format == OutputFormat.json) {
                AccreditationFiles.printInvalid(out, file, own.violations());
            }
            return Main.EXIT_FAILED;
        }
        List<SelfAssessment> read = new ArrayList<>();
        Map<Path, List<Violation>> invalid = new LinkedHashMap<>();
        for (Path peer : peers) {
            CheckedDocument<SelfAssessment> p = AccreditationFiles.selfAssessment(spec, peer);
            if (p.valid()) {
                read.add(p.document().orElseThrow());
            } else {
                invalid.put(peer, p.violations());
            }
        }
        BenchmarkReport report;
        try {
            report = Benchmark.compare(own.document().orElseThrow(), read);
        } catch (IllegalArgumentException e) {
            throw new ParameterException(spec.commandLine(), e.getMessage());
        }
        if (format == OutputFormat.json) {
            ObjectNode doc = json(report);
            ArrayNode bad = doc.putArray("invalid");
            invalid.forEach((p, violations) ->
                    bad.addObject().put("file", p.toString()).set("violations", Json.violations(violations)));
            Json.print(out, doc);
        } else {
            text(report, out);
        }
        return invalid.isEmpty() ? 0 : Main.EXIT_FAILED;
    }

    static ObjectNode json(BenchmarkReport report) {
        ObjectNode doc = Json.object();
        doc.put("organisation", report.organisation());
        doc.put("peers", report.peers());
        ArrayNode measures = doc.putArray("measures");
        for (MeasureRank m : report.measures()) {
            ObjectNode entry = measures.addObject();
            entry.put("stream", m.stream().name());
            entry.put("id", m.measureId());
            entry.put("title", m.title());
            entry.put("improvement", m.improvement().name());
            entry.put("value", m.value());
            entry.put("percentileRank", m.percentileRank());
            entry.put("organisations", m.organisations());
            ArrayNode values = entry.putArray("peers");
            for (PeerValue p : m.peers()) {
                values.addObject().put("peer", p.peer()).put("value", p.value());
            }
        }
        return doc;
    }

    private static void text(BenchmarkReport report, PrintWriter out) {
        out.println(report.organisation() + " among " + report.peers() + " peer(s), latest cycle:");
        for (MeasureRank m : report.measures()) {
            out.printf("  %-32s %8s  percentile %5s of %d%n", m.measureId(), m.value().toPlainString(),
                    m.percentileRank().toPlainString(), m.organisations());
        }
        out.flush();
    }
}
