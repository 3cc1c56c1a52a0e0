package org.sosqa.examples.cli;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.PrintWriter;
import java.util.Map;
import org.sosqa.rules.AuditOutcome;
import org.sosqa.rules.Grade;
import org.sosqa.rules.RaterAgreement;

/**
 * A batch audit as one JSON document:
 * {@code {"reports":[...], "invalid":[...], "failed":[...], "agreement":{...} or null, "summary":{...}}}.
 * Each report is written as it comes, as the library's report JSON with {@code "source"} first, so a
 * million cases never sit in memory; only invalid and failed documents are kept until the end.
 */
final class AuditJsonOutput implements AuditOutput {
    private final PrintWriter out;
    private final JsonGenerator json;
    private final ArrayNode invalid = Json.MAPPER.createArrayNode();
    private final ArrayNode failed = Json.MAPPER.createArrayNode();
    private boolean finished;

    AuditJsonOutput(PrintWriter out) throws IOException {
        this.out = out;
        this.json = Json.open(out);
        json.writeStartObject();
        json.writeArrayFieldStart("reports");
    }

    @Override
    public void outcome(AuditOutcome outcome) throws IOException {
        if (outcome instanceof AuditOutcome.Audited a) {
            ObjectNode entry = Json.object().put("source", a.source());
            entry.setAll((ObjectNode) Json.MAPPER.valueToTree(a.report()));
            Json.MAPPER.writeTree(json, entry);
        } else if (outcome instanceof AuditOutcome.Rejected rejected) {
            invalid.addObject().put("file", rejected.source()).set("violations", Json.violations(rejected.violations()));
        } else if (outcome instanceof AuditOutcome.Failed f) {
            failed.addObject().put("file", f.source()).put("caseId", f.caseId()).put("rule", f.rule()).put("message", f.message());
        }
    }

    @Override
    public void finish(AuditTally tally, RaterAgreement agreement) throws IOException {
        json.writeEndArray();
        json.writeFieldName("invalid");
        Json.MAPPER.writeTree(json, invalid);
        json.writeFieldName("failed");
        Json.MAPPER.writeTree(json, failed);
        json.writeFieldName("agreement");
        if (agreement == null) {
            json.writeNull();
        } else {
            Json.MAPPER.writeValue(json, agreement);
        }
        ObjectNode summary = Json.object()
                .put("documents", tally.documents())
                .put("audited", tally.audited())
                .put("invalid", tally.invalid())
                .put("failed", tally.failed());
        ObjectNode grades = summary.putObject("grades");
        for (Grade grade : Grade.values()) {
            grades.put(grade.name(), tally.grades().getOrDefault(grade, 0L));
        }
        if (tally.audited() > 0) {
            summary.put("meanScore", Math.round(tally.meanScore() * 100) / 100.0);
        } else {
            summary.putNull("meanScore");
        }
        ArrayNode notMet = summary.putArray("criteriaNotMet");
        for (Map.Entry<String, Long> e : tally.mostOftenNotMet(Integer.MAX_VALUE)) {
            notMet.addObject().put("criterion", e.getKey()).put("cases", e.getValue());
        }
        json.writeFieldName("summary");
        Json.MAPPER.writeTree(json, summary);
        json.writeEndObject();
        json.close();
        out.println();
        out.flush();
        finished = true;
    }

    @Override
    public void flush() throws IOException {
        json.flush();
        out.flush();
    }

    @Override
    public void close() throws IOException {
        if (!finished) {
            json.close();
            out.flush();
        }
    }
}
