package org.sosqa.examples.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.sosqa.core.accreditation.SelfAssessment;
import org.sosqa.core.accreditation.CheckedDocument;
import org.sosqa.rules.AccreditationEngine;
import org.sosqa.rules.AccreditationResult;
import org.sosqa.rules.CriterionOutcome;
import org.sosqa.rules.RulePackInfo;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/**
 * {@code sos-qa accreditation assess FILE [--criteria DIR] [--format json]}: the level a self-assessment
 * reaches, each criterion with its evidence, and what is missing for the next level (cli-contract.md).
 */
@Command(name = "assess", mixinStandardHelpOptions = true,
        description = {"Assess a self-assessment document against the bronze, silver and gold criteria.",
            "Exit 0 with the result; 1 when the document (or the criteria pack) has problems, each listed with its JSON Pointer."})
final class AccreditationAssessCommand implements Callable<Integer> {
    @Spec
    private CommandSpec spec;

    @Parameters(index = "0", paramLabel = "FILE", description = "The self-assessment document (JSON).")
    private Path file;

    @Option(names = "--criteria", paramLabel = "DIR", description = "A scheme's criteria pack, applied over the shipped criteria.")
    private Path criteria;

    @Option(names = "--format", defaultValue = "text", description = "text or json (default: ${DEFAULT-VALUE}).")
    private OutputFormat format;

    @Override
    public Integer call() throws IOException {
        if (criteria != null) {
            PackOptions.requireFolder(spec, criteria);
        }
        PrintWriter out = spec.commandLine().getOut();
        CheckedDocument<SelfAssessment> read = AccreditationFiles.selfAssessment(spec, file);
        if (!read.valid()) {
            if (format == OutputFormat.json) {
                AccreditationFiles.printInvalid(out, file, read.violations());
            }
            return Main.EXIT_FAILED;
        }
        AccreditationEngine.Builder builder = AccreditationEngine.builder();
        if (criteria != null) {
            builder.criteriaPack(criteria);
        }
        AccreditationResult result = builder.build().assess(read.document().orElseThrow());
        if (format == OutputFormat.json) {
            Json.print(out, json(result));
        } else {
            text(result, out);
        }
        return 0;
    }

    static ObjectNode json(AccreditationResult result) {
        ObjectNode doc = Json.object();
        doc.put("organisation", result.organisation());
        doc.put("level", result.level().name());
        ArrayNode criteria = doc.putArray("criteria");
        for (CriterionOutcome c : result.criteria()) {
            ObjectNode entry = criteria.addObject();
            entry.put("id", c.id());
            entry.put("level", c.level().name());
            entry.put("title", c.title());
            entry.put("met", c.met());
            c.evidence().forEach(entry.putArray("evidence")::add);
            c.missing().forEach(entry.putArray("missing")::add);
        }
        ObjectNode next = doc.putObject("nextLevel");
        next.put("level", result.nextLevel().level().name());
        result.nextLevel().missing().forEach(next.putArray("missing")::add);
        ArrayNode packs = doc.putArray("criteriaPacks");
        for (RulePackInfo p : result.criteriaPacks()) {
            packs.addObject().put("id", p.id()).put("version", p.version()).put("sha256", p.sha256());
        }
        return doc;
    }

    private static void text(AccreditationResult result, PrintWriter out) {
        out.println(result.organisation() + ": " + result.level());
        List<String> lines = new ArrayList<>();
        for (CriterionOutcome c : result.criteria()) {
            lines.add("  " + (c.met() ? "✓" : "✗") + " " + c.level() + " " + c.id() + " — " + c.title());
            c.evidence().forEach(e -> lines.add("      " + e));
        }
        lines.forEach(out::println);
        if (result.nextLevel().missing().isEmpty()) {
            out.println("Nothing is missing" + (result.level() == result.nextLevel().level() ? "." : " for " + result.nextLevel().level() + "."));
        } else {
            out.println("Missing for " + result.nextLevel().level() + ":");
            result.nextLevel().missing().forEach(m -> out.println("  - " + m));
        }
        out.flush();
    }
}
