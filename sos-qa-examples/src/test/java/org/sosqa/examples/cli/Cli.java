package org.sosqa.examples.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;

/** Runs the command line in this JVM with its own stdin, stdout and stderr, for tests. */
final class Cli {
    private static final ObjectMapper STRICT = JsonMapper.builder()
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .build();

    private Cli() {
    }

    /** What one run gave. */
    record Run(int exitCode, String out, String err) {

        /**
         * Stdout as exactly one JSON document, failing if there is anything else on it.
         *
         * @return the document
         */
        JsonNode json() {
            try {
                return STRICT.readTree(out);
            } catch (IOException e) {
                throw new AssertionError("stdout is not exactly one JSON document: " + e.getMessage() + "\n" + out, e);
            }
        }

        /** Stdout split into lines. */
        List<String> lines() {
            return out.lines().toList();
        }

        void assertExit(int expected) {
            assertEquals(expected, exitCode, this::toString);
        }

        /** Nothing a person should not see: no stack trace, no exception class names. */
        void assertNoStackTrace() {
            for (String stream : List.of(out, err)) {
                assertFalse(stream.contains("\tat ") || stream.contains("Exception"), this::toString);
            }
        }

        @Override
        public String toString() {
            return "exit " + exitCode + "\n--- stdout:\n" + out + "\n--- stderr:\n" + err;
        }
    }

    static Run run(String... args) {
        return runWithInput("", args);
    }

    static Run runWithInput(String stdin, String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int exitCode = Main.execute(new ByteArrayInputStream(stdin.getBytes(StandardCharsets.UTF_8)),
                new PrintWriter(out), new PrintWriter(err), args);
        return new Run(exitCode, out.toString(), err.toString());
    }

    /** The names of an object's fields, in order. */
    static List<String> keys(JsonNode object) {
        assertTrue(object.isObject(), () -> "not an object: " + object);
        List<String> keys = new ArrayList<>();
        Iterator<String> names = object.fieldNames();
        names.forEachRemaining(keys::add);
        return keys;
    }

    /** Asserts the object has every one of the keys (more are welcome). */
    static void assertHasKeys(JsonNode object, String... expected) {
        List<String> keys = keys(object);
        for (String key : expected) {
            assertTrue(keys.contains(key), () -> "missing key '" + key + "' in " + keys);
        }
    }

    static String text(JsonNode node) {
        try {
            return STRICT.writeValueAsString(node);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
