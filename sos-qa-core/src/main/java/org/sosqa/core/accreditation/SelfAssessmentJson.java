package org.sosqa.core.accreditation;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.sosqa.core.Violation;
import org.sosqa.core.measure.ImprovementNotation;

/**
 * Reads a self-assessment document (described in {@code docs/accreditation.md}) and checks it, reporting
 * every problem with a JSON Pointer. Never throws for bad content. Thread-safe.
 *
 * <pre>{@code
 * CheckedDocument<SelfAssessment> read = SelfAssessmentJson.check(Path.of("self-assessment.json"));
 * if (read.valid()) { SelfAssessment sa = read.document().orElseThrow(); ... }
 * else read.violations().forEach(System.err::println);
 * }</pre>
 */
public final class SelfAssessmentJson {

    private SelfAssessmentJson() {
    }

    /**
     * Reads and checks a file.
     *
     * @param file the document
     * @return the self-assessment or the problems
     * @throws UncheckedIOException when the file cannot be read
     */
    public static CheckedDocument<SelfAssessment> check(Path file) {
        return CheckedDocument.read(file, SelfAssessmentJson::check);
    }

    /**
     * Reads and checks a document. The stream is not closed.
     *
     * @param in the document, UTF-8
     * @return the self-assessment or the problems
     */
    public static CheckedDocument<SelfAssessment> check(InputStream in) {
        Fields f = new Fields();
        JsonNode root = f.parse(in);
        if (root == null) {
            return CheckedDocument.invalid(f.violations());
        }
        f.known(root, "", "organisation", "charterSigned", "cycles", "evidence", "actionPlan");
        String organisation = f.text(root, "", "organisation", true);
        boolean signed = f.bool(root, "", "charterSigned");
        List<Cycle> cycles = new ArrayList<>();
        f.objects(root, "", "cycles", true, (node, at) -> {
            f.known(node, at, "label");
            String label = f.text(node, at, "label", true);
            cycles.add(new Cycle(cycles.size() + 1, label == null ? "" : label));
        });
        if (root.has("cycles") && root.get("cycles").isArray() && root.get("cycles").isEmpty()) {
            f.add("/cycles", "needs at least one cycle");
        }
        List<Evidence> evidence = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        f.objects(root, "", "evidence", true, (node, at) -> evidence(f, node, at, cycles.size(), seen).ifPresent(evidence::add));
        List<Action> actions = new ArrayList<>();
        Set<String> actionIds = new HashSet<>();
        f.objects(root, "", "actionPlan", false, (node, at) -> action(f, node, at, actionIds).ifPresent(actions::add));
        if (!f.clean()) {
            return CheckedDocument.invalid(f.violations());
        }
        return CheckedDocument.of(new SelfAssessment(organisation, signed, cycles, evidence, new ActionPlan(actions)));
    }

    private static Optional<Evidence> evidence(Fields f, JsonNode node, String at, int cycles, Set<String> seen) {
        f.known(node, at, "stream", "measure", "title", "cycle", "value", "improvement", "count", "text");
        EvidenceStream stream = f.enumValue(node, at, "stream", EvidenceStream.class, true);
        String measure = f.text(node, at, "measure", true);
        String title = f.text(node, at, "title", true);
        Long cycle = f.integer(node, at, "cycle", 1, Math.max(1, cycles), true);
        if (stream == null) {
            return Optional.empty(); // what else it needs depends on its stream
        }
        boolean named = measure != null && title != null && cycle != null;
        if (named && !seen.add(stream + "/" + measure + "/" + cycle)) {
            f.add(at, "a second piece of " + stream + " evidence for measure '" + measure + "' in cycle " + cycle
                    + "; give each measure once per cycle");
            return Optional.empty();
        }
        if (!stream.measured()) {
            for (String key : List.of("value", "improvement", "count")) {
                if (node.has(key)) {
                    f.add(at + "/" + key, stream + " evidence is text: it has no " + key);
                }
            }
            String text = f.text(node, at, "text", true);
            return text == null || !named ? Optional.empty() : Optional.of(Evidence.narrative(stream, measure, title, cycle.intValue(), text));
        }
        if (node.has("text")) {
            f.add(at + "/text", stream + " evidence is a measure's value: put the words in a NARRATIVE item");
        }
        if (!node.has("value")) {
            f.add(at + "/value", "is required (null when the measure's denominator was empty)");
        }
        BigDecimal value = f.decimal(node, at, "value");
        ImprovementNotation improvement = f.enumValue(node, at, "improvement", ImprovementNotation.class, true);
        Long count = f.integer(node, at, "count", 0, Long.MAX_VALUE, true);
        if (!named || improvement == null || count == null) {
            return Optional.empty();
        }
        return Optional.of(Evidence.measure(stream, measure, title, cycle.intValue(), value, improvement, count));
    }

    private static Optional<Action> action(Fields f, JsonNode node, String at, Set<String> ids) {
        f.known(node, at, "id", "description", "owner", "due", "successMeasure", "status");
        String id = f.text(node, at, "id", true);
        String description = f.text(node, at, "description", true);
        String owner = f.text(node, at, "owner", true);
        LocalDate due = f.date(node, at, "due", true);
        String success = f.text(node, at, "successMeasure", true);
        ActionStatus status = node.has("status") ? f.enumValue(node, at, "status", ActionStatus.class, true) : ActionStatus.PLANNED;
        if (id != null && !ids.add(id)) {
            f.add(at + "/id", "a second action with the id '" + id + "'");
            return Optional.empty();
        }
        if (id == null || description == null || owner == null || due == null || success == null || status == null) {
            return Optional.empty();
        }
        return Optional.of(new Action(id, description, owner, due, success, status));
    }
}
