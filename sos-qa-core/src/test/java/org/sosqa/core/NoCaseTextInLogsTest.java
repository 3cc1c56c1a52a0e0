package org.sosqa.core;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sosqa.core.testing.SampleCases;

/**
 * The library logs identifiers and counts only. With the test's SLF4J backend at DEBUG for
 * {@code org.sosqa} (see {@code simplelogger.properties}), reading valid, invalid and batched documents
 * must log something, and none of the case's free text.
 */
class NoCaseTextInLogsTest {

    @TempDir
    Path dir;

    @Test
    void readingLogsNoFreeText() throws IOException {
        String json = SosQaJson.toJson(SampleCases.full());
        JsonNode tree = DocumentFixture.tree(json);
        List<String> texts = new ArrayList<>();
        collectTexts(tree, texts);
        assertTrue(texts.size() > 20, "the sample has plenty of free text to leak");

        String invalid = DocumentFixture.set(DocumentFixture.full(), "/children/0/age", "seven").toString();
        Files.writeString(dir.resolve("cases.jsonl"), tree.toString() + "\n" + invalid + "\n{\"broken\": \n");

        PrintStream original = System.err;
        ByteArrayOutputStream captured = new ByteArrayOutputStream();
        System.setErr(new PrintStream(captured, true, StandardCharsets.UTF_8));
        try {
            SosQaJson.check(json);
            SosQaJson.check(invalid);
            try (Stream<BatchItem> items = SosQaJson.readBatch(dir)) {
                items.forEach(item -> { });
            }
        } finally {
            System.setErr(original);
        }
        String log = captured.toString(StandardCharsets.UTF_8);
        assertTrue(log.contains("batch finished: 1 valid, 2 invalid"), "the library logs at DEBUG here:\n" + log);
        for (String text : texts) {
            assertFalse(log.contains(text), "case text reached the log: " + text);
        }
    }

    /** Free-text values: strings with a space in them (identifiers, codes and dates have none). */
    private static void collectTexts(JsonNode node, List<String> out) {
        if (node.isTextual() && node.asText().contains(" ")) {
            out.add(node.asText());
        }
        node.forEach(child -> collectTexts(child, out));
    }
}
