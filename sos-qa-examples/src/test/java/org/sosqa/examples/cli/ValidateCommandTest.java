package org.sosqa.examples.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ValidateCommandTest {
    @TempDir
    Path dir;

    @Test
    void aValidDocumentExitsZeroWithTheContractsKeys() {
        Path file = Cases.write(dir, "case.json", Cases.sample());

        Cli.Run run = Cli.run("validate", "--format", "json", file.toString());

        run.assertExit(0);
        assertEquals("", run.err());
        JsonNode json = run.json();
        Cli.assertHasKeys(json, "files");
        assertEquals(1, json.get("files").size());
        JsonNode entry = json.get("files").get(0);
        assertEquals(List.of("file", "valid", "violations"), Cli.keys(entry));
        assertEquals(file.toString(), entry.get("file").asText());
        assertTrue(entry.get("valid").asBoolean());
        assertTrue(entry.get("violations").isArray() && entry.get("violations").isEmpty());
    }

    @Test
    void anInvalidDocumentExitsOneWithItsPointerAndMessage() {
        Path file = Cases.write(dir, "bad.json", Cases.invalidLine());

        Cli.Run run = Cli.run("validate", "--format", "json", file.toString());

        run.assertExit(Main.EXIT_FAILED);
        JsonNode entry = run.json().get("files").get(0);
        assertFalse(entry.get("valid").asBoolean());
        JsonNode violation = entry.get("violations").get(0);
        assertEquals(List.of("path", "message"), Cli.keys(violation));
        assertEquals("/serviceStage", violation.get("path").asText());
        assertFalse(violation.get("message").asText().isBlank());
    }

    @Test
    void aJsonLinesFileWithABadLineInTheMiddleReportsEachLine() {
        Path file = Cases.writeLines(dir, "batch.jsonl", List.of(Cases.line("case-1"), "{\"schemaVersion\": ", Cases.line("case-3")));

        Cli.Run run = Cli.run("validate", "--format", "json", file.toString());

        run.assertExit(Main.EXIT_FAILED);
        JsonNode files = run.json().get("files");
        assertEquals(3, files.size(), run::toString);
        List<String> names = new ArrayList<>();
        files.forEach(f -> names.add(f.get("file").asText() + "=" + f.get("valid").asBoolean()));
        assertEquals(List.of(file + ":1=true", file + ":2=false", file + ":3=true"), names);
    }

    @Test
    void aSyntaxErrorGivesItsLineAndColumn() {
        Path file = Cases.write(dir, "broken.json", "{\n  \"schemaVersion\": \"1.0\",\n  \"id\": oops\n}\n");

        Cli.Run run = Cli.run("validate", "--format", "json", file.toString());

        run.assertExit(Main.EXIT_FAILED);
        String message = run.json().get("files").get(0).get("violations").get(0).get("message").asText();
        assertTrue(message.contains("line 3") && message.contains("column"), message);
    }

    @Test
    void textOutputListsEachProblemAndCounts() {
        Path good = Cases.write(dir, "a/good.json", Cases.sample());
        Cases.write(dir, "a/bad.json", Cases.invalidLine());

        Cli.Run run = Cli.run("validate", good.getParent().toString());

        run.assertExit(Main.EXIT_FAILED);
        assertTrue(run.out().contains("bad.json: invalid, 1 problem"), run::toString);
        assertTrue(run.out().contains("  /serviceStage: "), run::toString);
        assertTrue(run.out().contains("good.json: valid"), run::toString);
        assertTrue(run.out().endsWith("1 of 2 documents valid\n") || run.out().endsWith("1 of 2 documents valid\r\n"), run::toString);
    }

    @Test
    void filesAreReadInTheOrderGivenAndDashIsStandardInput() {
        Path first = Cases.writeLines(dir, "first.jsonl", List.of(Cases.line("case-1"), Cases.line("case-2")));
        Path last = Cases.write(dir, "last.json", Cases.sample());

        Cli.Run run = Cli.runWithInput(Cases.sample(), "validate", "--format", "json", first.toString(), "-", last.toString());

        run.assertExit(0);
        List<String> names = new ArrayList<>();
        run.json().get("files").forEach(f -> names.add(f.get("file").asText()));
        assertEquals(List.of(first + ":1", first + ":2", "-", last.toString()), names);
    }

    @Test
    void aMissingFileIsAUsageErrorWithAPlainMessage() {
        Path good = Cases.write(dir, "good.json", Cases.sample());
        Path missing = dir.resolve("no-such-file.json");

        Cli.Run run = Cli.run("validate", "--format", "json", good.toString(), missing.toString());

        run.assertExit(Main.EXIT_USAGE);
        assertEquals("", run.out(), "nothing is validated when a file is missing");
        assertTrue(run.err().contains("No such file or directory: " + missing), run::toString);
        run.assertNoStackTrace();
    }
}
