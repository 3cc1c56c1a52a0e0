package org.sosqa.examples.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import org.sosqa.core.BatchItem;
import org.sosqa.rules.AuditEngine;
import org.sosqa.rules.AuditException;
import org.sosqa.rules.AuditReport;
import org.sosqa.rules.CriterionResult;
import org.sosqa.rules.DomainScore;
import org.sosqa.rules.RulePackException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code sos-qa rules diff --candidate DIR CASES...}: the what-if before adopting a pack: the cases'
 * grades under the default rules and under the candidate, how many change, and which criteria move.
 */
@Command(name = "diff", mixinStandardHelpOptions = true,
        description = {"Audit cases under the default rules and under a candidate pack, and show what would change:",
            "how many cases change grade, the grade migration table, and which criteria moved.",
            "Exit 0 when done, 1 when a document was invalid or a rule failed, 2 for a bad command line."})
final class RulesDiffCommand implements Callable<Integer> {
    @Spec
    private CommandSpec spec;


    @Option(names = "--candidate", required = true, paramLabel = "DIR", description = "The candidate rule pack's folder.")
    private Path candidate;

    @Parameters(arity = "1..*", paramLabel = "CASES", description = "Case files, JSON Lines files or directories.")
    private List<Path> files;

    @Option(names = "--format", defaultValue = "text", description = "text or json (default: ${DEFAULT-VALUE}).")
    private OutputFormat format;

    @Option(names = {"-q", "--quiet"}, description = "No progress on stderr.")
    private boolean quiet;

    @Override
    public Integer call() throws java.io.IOException {
        PackOptions.requireFolder(spec, candidate);
        CaseFiles.requireExisting(spec, files);
        AuditEngine current = AuditEngine.withDefaultRules();
        AuditEngine proposed;
        try {
            proposed = AuditEngine.builder().rulePack(candidate).build();
        } catch (RulePackException e) {
            spec.commandLine().getErr().println("the candidate pack has problems; run 'sos-qa rules check " + candidate + "':");
            e.problems().forEach(p -> spec.commandLine().getErr().println("  " + p));
            spec.commandLine().getErr().flush();
            return Main.EXIT_FAILED;
        }
        Map<String, Integer> migrations = new TreeMap<>();
        Map<String, int[]> criteria = new TreeMap<>();
        int cases = 0;
        int changed = 0;
        int bad = 0;
        long documents = 0;
        try (Progress progress = Progress.start(spec.commandLine().getErr(), quiet, "compared");
                Stream<BatchItem> items = CaseFiles.read(files, System.in)) {
            for (BatchItem item : (Iterable<BatchItem>) items::iterator) {
                progress.update(++documents);
                if (!(item instanceof BatchItem.ValidCase valid)) {
                    progress.pause();
                    bad++;
                    spec.commandLine().getErr().println(item.source() + ": invalid, not compared (run 'sos-qa validate')");
                    continue;
                }
                AuditReport before;
                AuditReport after;
                try {
                    before = current.audit(valid.caseRecord());
                    after = proposed.audit(valid.caseRecord());
                } catch (AuditException e) {
                    bad++;
                    progress.pause();
                    spec.commandLine().getErr().println(item.source() + ": " + e.getMessage());
                    continue;
                }
                cases++;
                if (before.grade() != after.grade()) {
                    changed++;
                    migrations.merge(before.grade() + " -> " + after.grade(), 1, Integer::sum);
                }
                compareCriteria(before, after, criteria);
            }
        }
        print(cases, changed, migrations, criteria);
        return bad == 0 ? 0 : Main.EXIT_FAILED;
    }

    private static Map<String, Integer> ratings(AuditReport report) {
        Map<String, Integer> ratings = new TreeMap<>();
        for (DomainScore domain : report.domains()) {
            for (CriterionResult criterion : domain.criteria()) {
                ratings.put(criterion.id(), criterion.rating());
            }
        }
        return ratings;
    }

    private static void compareCriteria(AuditReport before, AuditReport after, Map<String, int[]> moved) {
        Map<String, Integer> a = ratings(before);
        Map<String, Integer> b = ratings(after);
        java.util.Set<String> ids = new java.util.TreeSet<>(a.keySet());
        ids.addAll(b.keySet());
        for (String id : ids) {
            Integer x = a.get(id);
            Integer y = b.get(id);
            if (java.util.Objects.equals(x, y)) {
                continue;
            }
            int[] tally = moved.computeIfAbsent(id, k -> new int[3]);
            if (x == null || y == null) {
                tally[2]++;
            } else if (y > x) {
                tally[0]++;
            } else {
                tally[1]++;
            }
        }
    }

    private void print(int cases, int changed, Map<String, Integer> migrations, Map<String, int[]> criteria) throws java.io.IOException {
        PrintWriter out = spec.commandLine().getOut();
        if (format == OutputFormat.json) {
            ObjectNode document = Json.object();
            document.put("cases", cases).put("changed", changed);
            ArrayNode list = document.putArray("migrations");
            migrations.forEach((key, count) -> {
                String[] grades = key.split(" -> ");
                list.addObject().put("from", grades[0]).put("to", grades[1]).put("count", count);
            });
            ArrayNode moved = document.putArray("criteria");
            criteria.forEach((id, t) -> moved.addObject().put("id", id).put("up", t[0]).put("down", t[1]).put("appliesDifferently", t[2]));
            Json.print(out, document);
            return;
        }
        out.printf("%d case(s) compared, %d change grade%n", cases, changed);
        if (!migrations.isEmpty()) {
            out.println("Grade migrations (current -> candidate):");
            migrations.forEach((key, count) -> out.printf("  %-45s %d%n", key, count));
        }
        if (!criteria.isEmpty()) {
            out.println("Criteria whose rating moved (cases up / down / applies differently):");
            criteria.forEach((id, t) -> out.printf("  %-32s %d / %d / %d%n", id, t[0], t[1], t[2]));
        }
        out.flush();
    }

}
