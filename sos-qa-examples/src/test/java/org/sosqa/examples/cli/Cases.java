package org.sosqa.examples.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.sosqa.core.SampleCase;
import org.sosqa.core.SosQaJson;

/** Case documents for the command-line tests, all made from the bundled sample. */
final class Cases {
    private static final ObjectMapper MAPPER = JsonMapper.builder().build();

    private Cases() {
    }

    /** The sample as the writer writes it. */
    static String sample() {
        return SosQaJson.toJson(SampleCase.record());
    }

    /** The sample as a tree, to change. */
    static ObjectNode sampleTree() {
        try {
            return (ObjectNode) MAPPER.readTree(sample());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The sample with another id, on one line. */
    static String line(String id) {
        return compact(sampleTree().put("id", id));
    }

    /** The sample with an unknown service stage: valid JSON, invalid case. */
    static String invalidLine() {
        return compact(sampleTree().put("serviceStage", "NO_SUCH_STAGE"));
    }

    static String compact(ObjectNode tree) {
        try {
            return MAPPER.writeValueAsString(tree);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Path write(Path dir, String name, String content) {
        try {
            Path file = dir.resolve(name);
            Files.createDirectories(file.getParent());
            return Files.writeString(file, content, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Path writeLines(Path dir, String name, List<String> lines) {
        return write(dir, name, String.join("\n", lines) + "\n");
    }
}
