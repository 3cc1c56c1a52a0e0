package org.sosqa.rules.audit;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.sosqa.core.BatchItem;
import org.sosqa.core.CaseRecord;
import org.sosqa.core.SampleCase;
import org.sosqa.core.SosQaJson;
import org.sosqa.core.Violation;
import org.sosqa.rules.AuditEngine;
import org.sosqa.rules.AuditException;
import org.sosqa.rules.AuditOutcome;
import org.sosqa.rules.ReportJson;
import org.sosqa.rules.StatementKind;

/**
 * Run in a JVM of its own by {@link NoCaseTextInAuditLogsTest}, with SLF4J at DEBUG for everything:
 * builds engines, audits a case whose every free text carries {@link #MARKER}, fails one on the firing
 * limit, batches it with an invalid document, and checks statements carrying the marker. It writes
 * nothing to standard error itself, so everything there is logging.
 */
public final class LogProbe {
    /** A string no library logs unless it logs case text. */
    public static final String MARKER = "ZQXMARKERZQX";

    private LogProbe() {
    }

    public static void main(String[] args) throws Exception {
        AtomicInteger marked = new AtomicInteger();
        JsonNode tree = ReportJson.mapper().readTree(SosQaJson.toJson(SampleCase.record()));
        mark(tree, marked);
        CaseRecord record = SosQaJson.readCase(tree.toString());

        AuditEngine engine = AuditEngine.withDefaultRules();
        AuditEngine strict = AuditEngine.builder().maxRuleFirings(5).parallelism(2).build();
        engine.audit(record);
        try {
            strict.audit(record);
            throw new IllegalStateException("the strict engine should have failed the case");
        } catch (AuditException expected) {
            // The message names the rule; it must not carry case text either, so check it here too.
            if (expected.getMessage().contains(MARKER)) {
                throw new IllegalStateException("an audit failure message carries case text");
            }
        }
        List<BatchItem> items = List.of(new BatchItem.ValidCase("marked.json", record),
                new BatchItem.InvalidCase("bad.json", List.of(new Violation("/id", "\"id\" is missing"))),
                new BatchItem.ValidCase("marked-again.json", record));
        try (Stream<AuditOutcome> outcomes = strict.auditAll(items.stream())) {
            outcomes.forEach(o -> { });
        }
        try (Stream<AuditOutcome> outcomes = engine.auditAll(items.stream())) {
            outcomes.forEach(o -> { });
        }
        for (StatementKind kind : StatementKind.values()) {
            engine.checkStatement(kind, "Children's social care is worried " + MARKER + " that when Dad drinks he shouts "
                    + MARKER + " and Amy could be hurt. Domestic violence " + MARKER + ".");
        }
        System.out.println("marked texts: " + marked.get());
        System.out.println("probe done");
    }

    /** Appends the marker to every free text: every string with a space in it (ids, codes and dates have none). */
    private static void mark(JsonNode node, AtomicInteger marked) {
        if (node instanceof ObjectNode object) {
            for (Map.Entry<String, JsonNode> field : object.properties()) {
                JsonNode value = field.getValue();
                if (value.isTextual() && value.asText().contains(" ")) {
                    object.put(field.getKey(), value.asText() + " " + MARKER);
                    marked.incrementAndGet();
                } else {
                    mark(value, marked);
                }
            }
        } else if (node instanceof ArrayNode array) {
            array.forEach(child -> mark(child, marked));
        }
    }
}
