package org.sosqa.examples.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.sosqa.core.SampleCase;

class SampleCommandTest {
    /** The committed sample, from this module's directory (where Maven runs the tests). */
    private static final Path COMMITTED = Path.of("..", "sos-qa-core", "src", "main", "resources", "org", "sosqa", "core", "sample-case.json");

    @Test
    void theSampleIsTheCommittedFileByteForByte() throws IOException {
        Cli.Run run = Cli.run("sample");

        run.assertExit(0);
        assertEquals("", run.err());
        assertTrue(Files.isRegularFile(COMMITTED), "run from sos-qa-examples: no " + COMMITTED.toAbsolutePath());
        // The committed file is in the writer's canonical form, so reading and writing it changes nothing.
        assertArrayEquals(Files.readAllBytes(COMMITTED), run.out().getBytes(StandardCharsets.UTF_8), run::out);
    }

    @Test
    void theSampleOnTheClassPathIsTheCommittedFile() throws IOException {
        try (InputStream in = SampleCase.class.getResourceAsStream(SampleCase.RESOURCE)) {
            assertArrayEquals(Files.readAllBytes(COMMITTED), in.readAllBytes());
        }
    }

    @Test
    void theSampleIsOneJsonDocumentThatValidates() {
        Cli.Run sample = Cli.run("sample", "--format", "json");
        sample.assertExit(0);
        assertEquals("case-0001", sample.json().path("id").asText());

        Cli.Run validate = Cli.runWithInput(sample.out(), "validate", "-");
        validate.assertExit(0);
        assertEquals(java.util.List.of("-: valid", "1 of 1 document valid"), validate.lines());
    }
}
