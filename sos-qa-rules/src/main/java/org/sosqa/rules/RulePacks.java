package org.sosqa.rules;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.sosqa.core.SosQaJson;
import org.sosqa.core.ValidationResult;
import org.sosqa.rules.internal.audit.Auditor;
import org.sosqa.rules.internal.pack.PackLoader;

/**
 * Tools for rule authors working on a local rule pack: check it, and run its golden cases. See
 * docs/rule-authoring.md.
 */
public final class RulePacks {
    private RulePacks() {
    }

    /**
     * Every problem in a pack, each with its file and line where there is one: the manifest, every file's
     * name, the parameters, word lists and instrument, each DRL file compiled on its own and then with the
     * rest, and decision tables' conditions.
     *
     * @param folder the pack's folder
     * @return the problems; empty when the pack is good
     */
    public static List<RulePackException.Problem> check(Path folder) {
        try {
            PackLoader.load(List.of(folder), java.util.Set.of(), AuditEngine.DEFAULT_MAX_RULE_FIRINGS, true);
            return List.of();
        } catch (RulePackException e) {
            return e.problems();
        }
    }

    /**
     * Runs a pack's golden cases: each {@code golden/*.json} holds a case document under {@code "case"}
     * and what the author expects under {@code "expect"}: a {@code grade} and {@code findings}, each
     * with a {@code rule}, whether it is {@code met}, and optionally its {@code path}.
     *
     * @param folder the pack's folder
     * @return how many passed, and what differed in those that did not
     * @throws RulePackException when the pack itself has problems
     */
    public static GoldenResults test(Path folder) {
        Auditor auditor = PackLoader.load(List.of(folder), java.util.Set.of(), AuditEngine.DEFAULT_MAX_RULE_FIRINGS, false);
        List<GoldenResults.Failure> failures = new ArrayList<>();
        int passed = 0;
        for (Path file : goldenCases(folder)) {
            String name = folder.relativize(file).toString().replace('\\', '/');
            List<String> differences = differences(auditor, file);
            if (differences.isEmpty()) {
                passed++;
            } else {
                failures.add(new GoldenResults.Failure(name, differences));
            }
        }
        return new GoldenResults(passed, failures.size(), failures);
    }

    private static List<Path> goldenCases(Path folder) {
        Path golden = folder.resolve("golden");
        if (!Files.isDirectory(golden)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(golden)) {
            return files.filter(f -> f.getFileName().toString().endsWith(".json")).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<String> differences(Auditor auditor, Path file) {
        JsonNode golden;
        try {
            golden = ReportJson.mapper().readTree(file.toFile());
        } catch (IOException e) {
            return List.of("not readable as JSON: " + e.getMessage());
        }
        if (!golden.has("case") || !golden.has("expect")) {
            return List.of("a golden case needs \"case\" (a case document) and \"expect\" (grade and findings)");
        }
        ValidationResult read = SosQaJson.check(golden.get("case").toString());
        if (!read.valid()) {
            return read.violations().stream().map(v -> "the case is invalid at /case" + v.path() + ": " + v.message()).toList();
        }
        AuditReport report;
        try {
            report = auditor.audit(read.caseRecord().orElseThrow());
        } catch (AuditException e) {
            return List.of(e.getMessage());
        }
        List<String> differences = new ArrayList<>();
        JsonNode expect = golden.get("expect");
        if (expect.hasNonNull("grade") && !expect.get("grade").asText().equals(report.grade().name())) {
            differences.add("grade: expected " + expect.get("grade").asText() + ", got " + report.grade()
                    + " (score " + report.score() + (report.limits().isEmpty() ? "" : ", limited by " + report.limits().get(0).rule()) + ")");
        }
        for (JsonNode wanted : expect.path("findings")) {
            String rule = wanted.path("rule").asText();
            boolean met = wanted.path("met").asBoolean(true);
            String path = wanted.hasNonNull("path") ? wanted.get("path").asText() : null;
            boolean found = report.findings().stream().anyMatch(f -> f.rule().equals(rule) && f.met() == met
                    && (path == null || path.equals(f.path())));
            if (!found) {
                List<Finding> same = report.findings().stream().filter(f -> f.rule().equals(rule)).toList();
                differences.add("finding " + rule + (met ? " met" : " not met") + (path == null ? "" : " at " + path)
                        + ": " + (same.isEmpty() ? "the rule did not check anything"
                                : "got " + same.stream().map(f -> (f.met() ? "met" : "not met") + " at " + f.path()).toList()));
            }
        }
        return differences;
    }

    /**
     * The outcome of a pack's golden cases.
     *
     * @param passed how many passed
     * @param failed how many did not
     * @param failures what differed, by golden case
     */
    public record GoldenResults(int passed, int failed, List<Failure> failures) {
        public GoldenResults {
            failures = List.copyOf(failures);
        }

        /**
         * A golden case that did not give what its author expected.
         *
         * @param file the golden case's file, relative to the pack
         * @param differences each difference, in plain words
         */
        public record Failure(String file, List<String> differences) {
            public Failure {
                differences = List.copyOf(differences);
            }
        }
    }
}
