package org.sosqa.examples.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.Stream;
import org.sosqa.core.BatchItem;
import org.sosqa.rules.AuditEngine;
import org.sosqa.rules.AuditOutcome;
import org.sosqa.rules.RulePackException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * {@code sos-qa audit FILE_OR_DIR...}: audits the depth of practice on each case, in parallel and in
 * order, printing each result as it comes so that a batch of any length runs in bounded memory.
 */
@Command(name = "audit", mixinStandardHelpOptions = true,
        description = {"Audit the depth of Signs of Safety practice on each case: grade, score, domain scores and every finding.",
            "A FILE_OR_DIR may be a JSON document, a JSON Lines file (*.jsonl, one case per line, each reported as FILE:LINE) "
                    + "or a directory of them; - reads one document from standard input. Invalid documents are reported and the rest audited.",
            "Exit 0 when every case was audited, 1 when a document was invalid or a rule failed on a case, 2 when the command line is wrong."})
final class AuditCommand implements Callable<Integer> {
    @Spec
    private CommandSpec spec;

    @ParentCommand
    private Main main;

    @Parameters(arity = "1..*", paramLabel = "FILE_OR_DIR", description = "Case files, JSON Lines files or directories; - for standard input.")
    private List<Path> files;

    @Option(names = "--rules", paramLabel = "DIR", description = "A local rule pack on top of the default rules; see docs/rule-authoring.md.")
    private Path rules;

    @Option(names = "--format", defaultValue = "text", paramLabel = "FORMAT",
            description = "text (for people) or json (one document on stdout: reports, invalid, failed, agreement, summary). Default: ${DEFAULT-VALUE}.")
    private OutputFormat format;

    @Option(names = "--top", defaultValue = "10", paramLabel = "N",
            description = "Text output: how many of the criteria most often not met to list. Default: ${DEFAULT-VALUE}.")
    private int top;

    @Option(names = "--max-rule-firings", paramLabel = "N", defaultValue = "" + AuditEngine.DEFAULT_MAX_RULE_FIRINGS,
            description = "The most rule firings one case may take; a case that needs more fails, naming the rule, and the rest go on. Default: ${DEFAULT-VALUE}.")
    private int maxRuleFirings;

    @Option(names = {"-q", "--quiet"}, description = "No progress on stderr.")
    private boolean quiet;

    @Override
    public Integer call() throws IOException {
        if (rules != null && !java.nio.file.Files.isDirectory(rules)) {
            throw new ParameterException(spec.commandLine(), "--rules " + rules + ": no such folder");
        }
        if (top < 0) {
            throw new ParameterException(spec.commandLine(), "--top must be 0 or more");
        }
        if (maxRuleFirings < 1) {
            throw new ParameterException(spec.commandLine(), "--max-rule-firings must be at least 1");
        }
        CaseFiles.requireExisting(spec, files);
        PrintWriter out = spec.commandLine().getOut();
        AuditEngine.Builder builder = AuditEngine.builder().maxRuleFirings(maxRuleFirings);
        if (rules != null) {
            builder.rulePack(rules);
        }
        AuditEngine engine;
        try {
            engine = builder.build();
        } catch (RulePackException e) {
            PrintWriter err = spec.commandLine().getErr();
            err.println("the rule pack " + rules + " has problems; nothing was audited:");
            e.problems().forEach(p -> err.println("  " + p));
            err.flush();
            return Main.EXIT_FAILED;
        }
        AuditTally tally = new AuditTally();
        AtomicBoolean collaborative = new AtomicBoolean();
        try (Progress progress = Progress.start(spec.commandLine().getErr(), quiet, "audited");
                AuditOutput output = format == OutputFormat.json ? new AuditJsonOutput(out) : new AuditTextOutput(out, top);
                Stream<AuditOutcome> outcomes = engine.auditAll(CaseFiles.read(files, main.stdin())
                        .peek(item -> {
                            if (carriesCollaborativeAudit(item)) {
                                collaborative.set(true);
                            }
                        }))) {
            for (AuditOutcome outcome : (Iterable<AuditOutcome>) outcomes::iterator) {
                tally.add(outcome);
                progress.pause();
                output.outcome(outcome);
                if (progress.active()) {
                    output.flush();
                }
                progress.update(tally.documents());
            }
            progress.pause();
            output.finish(tally, tally.agreement(collaborative.get()));
        }
        return tally.invalid() + tally.failed() == 0 ? 0 : Main.EXIT_FAILED;
    }

    private static boolean carriesCollaborativeAudit(BatchItem item) {
        return item instanceof BatchItem.ValidCase valid && !valid.caseRecord().audits().isEmpty();
    }
}
