package org.sosqa.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.sosqa.core.testing.SampleCases;

/** docs/json-format.md stays true: its examples are valid, and it describes every type of the format. */
class JsonFormatDocTest {

    private static String doc() throws IOException {
        Path path = Path.of("../docs/json-format.md");
        if (!Files.exists(path)) {
            path = Path.of("docs/json-format.md");
        }
        return Files.readString(path, StandardCharsets.UTF_8);
    }

    private static List<String> jsonBlocks(String markdown) {
        List<String> blocks = new ArrayList<>();
        Matcher m = Pattern.compile("```json\\n(.*?)```", Pattern.DOTALL).matcher(markdown);
        while (m.find()) {
            blocks.add(m.group(1));
        }
        return blocks;
    }

    @Test
    void theExamplesAreValidAndTheFullOneIsTheSample() throws IOException {
        List<String> blocks = jsonBlocks(doc());
        assertEquals(2, blocks.size(), "the full and the smallest example");
        assertEquals(SosQaJson.toJson(SampleCases.full()), blocks.get(0),
                "the full example is SampleCases.full() as the writer writes it; paste the new output if the format changed");
        assertEquals(SampleCases.minimal(), SosQaJson.readCase(blocks.get(1)));
    }

    @Test
    void everyTypeAndPropertyIsDescribed() throws IOException {
        String doc = doc();
        JsonNode schema = DocumentFixture.json(new String(SosQaJson.class.getClassLoader()
                .getResourceAsStream(SosQaJson.SCHEMA_RESOURCE).readAllBytes(), StandardCharsets.UTF_8));
        schema.get("$defs").fieldNames().forEachRemaining(name ->
                assertTrue(doc.contains("### " + name + "\n"), "docs/json-format.md has no section for " + name));
        List<String> missing = new ArrayList<>();
        collect(schema, doc, missing);
        assertEquals(List.of(), missing, "properties missing from docs/json-format.md");
    }

    private static void collect(JsonNode node, String doc, List<String> missing) {
        JsonNode properties = node.get("properties");
        if (properties != null) {
            properties.fieldNames().forEachRemaining(p -> {
                if (!doc.contains("| `" + p + "` |")) {
                    missing.add(p);
                }
            });
        }
        node.forEach(child -> collect(child, doc, missing));
    }
}
