package org.sosqa.examples.cli;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.PrintWriter;
import java.util.List;
import org.sosqa.core.Violation;
import org.sosqa.rules.ReportJson;

/**
 * The command line's JSON output: one pretty-printed document per run, keys as cli-contract.md fixes
 * them, written with the same mapper as the library's reports so both look alike.
 */
final class Json {
    /** The library's report mapper: pretty-printed, deterministic. Never reconfigured here. */
    static final ObjectMapper MAPPER = ReportJson.mapper();

    private Json() {
    }

    static ObjectNode object() {
        return MAPPER.createObjectNode();
    }

    /** Violations as {@code [{"path":..., "message":...}]}. */
    static ArrayNode violations(List<Violation> violations) {
        ArrayNode array = MAPPER.createArrayNode();
        for (Violation v : violations) {
            array.addObject().put("path", v.path()).put("message", v.message());
        }
        return array;
    }

    /**
     * A generator for one document written piece by piece, so a long batch never sits in memory.
     * Closing it flushes, but leaves {@code out} open.
     */
    static JsonGenerator open(PrintWriter out) throws IOException {
        JsonGenerator generator = MAPPER.getFactory().createGenerator(out);
        generator.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
        generator.setPrettyPrinter(MAPPER.getSerializationConfig().constructDefaultPrettyPrinter());
        return generator;
    }

    /** Writes a whole document held in memory, then a newline. */
    static void print(PrintWriter out, Object document) throws IOException {
        try (JsonGenerator generator = open(out)) {
            MAPPER.writeValue(generator, document);
        }
        out.println();
        out.flush();
    }
}
