package org.sosqa.core.leadership;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.sosqa.core.RecordBatch;
import org.sosqa.core.RecordBatch.InvalidRecord;
import org.sosqa.core.Violation;
import org.sosqa.core.internal.RecordFiles;
import org.sosqa.core.internal.TreeFields;

/**
 * Reads leaders' time records, the organisation's practice targets and its implementation ratings from
 * JSON (formats in {@code docs/leadership.md}): each a document {@code {"schemaVersion": "1.0", KEY: [...]}}
 * or a JSON Lines file with one record per line. Every problem comes with a JSON Pointer (and the line, for
 * JSON Lines); a bad record is reported and the others are kept. Thread-safe.
 */
public final class LeadershipRecords {

    private static final Logger LOG = LoggerFactory.getLogger(LeadershipRecords.class);

    private final ActivityCatalogue catalogue;

    private LeadershipRecords(ActivityCatalogue catalogue) {
        this.catalogue = catalogue;
    }

    /**
     * A reader whose time records may use the activities of a catalogue.
     *
     * @param catalogue the activities
     * @return the reader
     */
    public static LeadershipRecords using(ActivityCatalogue catalogue) {
        return new LeadershipRecords(Objects.requireNonNull(catalogue, "catalogue"));
    }

    /**
     * Reads time records under {@code "timeRecords"}.
     *
     * @param file a JSON document or a {@code *.jsonl} file
     * @return the records, and every bad one with its location
     */
    public RecordBatch<TimeRecord> readTime(Path file) {
        return logged("time records", RecordFiles.read(file, "timeRecords", this::bindTime));
    }

    /**
     * Reads time records from a document held in memory.
     *
     * @param source where it came from
     * @param json the document
     * @return the records, and every bad one with its location
     */
    public RecordBatch<TimeRecord> readTime(String source, String json) {
        return logged("time records", RecordFiles.read(source, json.getBytes(StandardCharsets.UTF_8), false,
                "timeRecords", this::bindTime));
    }

    /**
     * Reads practice targets under {@code "targets"}: {@code [{"role": ID, "practicePercent": 0-100}]}. A
     * role given twice is reported at its second place.
     *
     * @param file the file
     * @return the targets read, and every bad one with its location
     */
    public static TargetsRead readTargets(Path file) {
        return targets(file.toString(), RecordFiles.read(file, "targets", LeadershipRecords::bindTarget));
    }

    /**
     * Reads practice targets from a document held in memory.
     *
     * @param source where it came from
     * @param json the document
     * @return the targets read, and every bad one with its location
     */
    public static TargetsRead readTargets(String source, String json) {
        return targets(source, RecordFiles.read(source, json.getBytes(StandardCharsets.UTF_8), false, "targets",
                LeadershipRecords::bindTarget));
    }

    /**
     * Reads implementation ratings under {@code "ratings"}.
     *
     * @param file a JSON document or a {@code *.jsonl} file
     * @return the ratings, and every bad one with its location
     */
    public static RecordBatch<ImplementationRating> readRatings(Path file) {
        return logged("implementation ratings", RecordFiles.read(file, "ratings", LeadershipRecords::bindRating));
    }

    /**
     * Reads implementation ratings from a document held in memory.
     *
     * @param source where it came from
     * @param json the document
     * @return the ratings, and every bad one with its location
     */
    public static RecordBatch<ImplementationRating> readRatings(String source, String json) {
        return logged("implementation ratings", RecordFiles.read(source, json.getBytes(StandardCharsets.UTF_8),
                false, "ratings", LeadershipRecords::bindRating));
    }

    /**
     * What reading a targets file gave.
     *
     * @param targets the valid targets
     * @param invalid every bad entry, with its location
     */
    public record TargetsRead(PracticeTargets targets, List<InvalidRecord> invalid) {

        /** Copies the list. */
        public TargetsRead {
            Objects.requireNonNull(targets, "targets");
            invalid = List.copyOf(invalid);
        }
    }

    private static <T> RecordBatch<T> logged(String what, RecordBatch<T> batch) {
        LOG.debug("{} read: {} valid, {} invalid", what, batch.records().size(), batch.invalid().size());
        return batch;
    }

    private TimeRecord bindTime(JsonNode node, String pointer, List<Violation> violations) {
        TreeFields f = new TreeFields(node, pointer, violations);
        f.onlyKnown(Set.of("leaderId", "role", "from", "to", "minutes"));
        String leader = f.id("leaderId");
        String role = f.id("role");
        LocalDate from = f.date("from");
        LocalDate to = f.date("to");
        if (from != null && to != null && to.isBefore(from)) {
            violations.add(new Violation(f.at("to"), "must not be before \"from\""));
        }
        int maxMinutes = from != null && to != null && !to.isBefore(from)
                ? (int) Math.min(Integer.MAX_VALUE, (ChronoUnit.DAYS.between(from, to) + 1) * 24 * 60)
                : Integer.MAX_VALUE;
        Map<String, Integer> minutes = new LinkedHashMap<>();
        JsonNode m = node.get("minutes");
        if (m == null || m.isNull()) {
            violations.add(new Violation(f.at("minutes"), "is required: minutes by activity id"));
        } else if (!m.isObject()) {
            violations.add(new Violation(f.at("minutes"), "must be an object of minutes by activity id"));
        } else {
            TreeFields mf = new TreeFields(m, f.at("minutes"), violations);
            Iterator<Map.Entry<String, JsonNode>> entries = m.fields();
            while (entries.hasNext()) {
                Map.Entry<String, JsonNode> e = entries.next();
                String where = mf.at(e.getKey());
                if (!catalogue.ids().contains(e.getKey())) {
                    violations.add(new Violation(where, "unknown activity; the catalogue has " + catalogue.ids()));
                    continue;
                }
                Integer n = mf.integer(e.getValue(), where, 0, maxMinutes);
                if (n != null) {
                    minutes.put(e.getKey(), n);
                }
            }
            if (violations.isEmpty() && minutes.values().stream().mapToLong(Integer::longValue).sum() == 0) {
                violations.add(new Violation(f.at("minutes"), "must record some time: every activity has 0 minutes"));
            }
        }
        return violations.isEmpty() ? new TimeRecord(leader, role, from, to, minutes) : null;
    }

    private static Target bindTarget(JsonNode node, String pointer, List<Violation> violations) {
        TreeFields f = new TreeFields(node, pointer, violations);
        f.onlyKnown(Set.of("role", "practicePercent"));
        String role = f.id("role");
        Integer percent = f.integer("practicePercent", 0, 100);
        return violations.isEmpty() ? new Target(role, percent, f.at("role")) : null;
    }

    private record Target(String role, int percent, String pointer) {
    }

    private static TargetsRead targets(String source, RecordBatch<Target> batch) {
        Map<String, Integer> byRole = new LinkedHashMap<>();
        List<InvalidRecord> invalid = new ArrayList<>(batch.invalid());
        for (Target t : batch.records()) {
            if (byRole.containsKey(t.role())) {
                invalid.add(new InvalidRecord(source,
                        List.of(new Violation(t.pointer(), "the role \"" + t.role() + "\" already has a target"))));
            } else {
                byRole.put(t.role(), t.percent());
            }
        }
        return new TargetsRead(new PracticeTargets(byRole), invalid);
    }

    private static ImplementationRating bindRating(JsonNode node, String pointer, List<Violation> violations) {
        TreeFields f = new TreeFields(node, pointer, violations);
        f.onlyKnown(Set.of("date", "rating", "ratedBy", "reasons"));
        LocalDate date = f.date("date");
        Integer rating = f.integer("rating", 0, 10);
        String ratedBy = f.id("ratedBy");
        List<String> reasons = f.texts("reasons");
        return violations.isEmpty() ? new ImplementationRating(date, rating, ratedBy, reasons) : null;
    }
}
