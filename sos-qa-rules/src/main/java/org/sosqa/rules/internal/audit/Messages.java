package org.sosqa.rules.internal.audit;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.Properties;

/**
 * What findings say, by rule id: {@code RULE.met} and {@code RULE.not-met} for checks, {@code RULE} for
 * limiting judgements. Messages are data, so a local pack can reword them. Immutable.
 */
public final class Messages {
    private static final String MET = ".met";
    private static final String NOT_MET = ".not-met";

    private final Map<String, String> text;
    /** The {@code RULE.met} and {@code RULE.not-met} messages by rule. */
    private final Map<String, String> met;
    private final Map<String, String> notMet;

    private Messages(Map<String, String> text) {
        this.text = Map.copyOf(text);
        Map<String, String> met = new HashMap<>();
        Map<String, String> notMet = new HashMap<>();
        this.text.forEach((key, value) -> {
            // Rule names interned, as Drools' rule names are: the look-up at every finding then finds
            // its key by identity rather than comparing the characters.
            if (key.endsWith(MET)) {
                met.put(key.substring(0, key.length() - MET.length()).intern(), value);
            } else if (key.endsWith(NOT_MET)) {
                notMet.put(key.substring(0, key.length() - NOT_MET.length()).intern(), value);
            }
        });
        this.met = Map.copyOf(met);
        this.notMet = Map.copyOf(notMet);
    }

    /** The default messages. */
    public static Messages defaults() {
        try (InputStream in = Messages.class.getResourceAsStream("/org/sosqa/rules/defaults/messages.properties")) {
            if (in == null) {
                throw new IllegalStateException("the default messages are missing from the classpath");
            }
            return new Messages(Map.of()).with(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * These messages with more added from a properties file (UTF-8), which win over these.
     *
     * @param in the properties
     * @return new messages
     * @throws IOException where the file cannot be read
     */
    public Messages with(InputStream in) throws IOException {
        Properties properties = new Properties();
        try (Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8)) {
            properties.load(reader);
        }
        Map<String, String> merged = new HashMap<>(text);
        properties.stringPropertyNames().forEach(key -> merged.put(key, properties.getProperty(key)));
        return new Messages(merged);
    }

    String finding(String rule, boolean met) {
        // Looked up by rule in a map per outcome, so no key is built for each finding.
        String message = (met ? this.met : this.notMet).get(rule);
        return message != null ? message : (met ? "Met: " : "Not met: ") + rule;
    }

    String limit(String rule) {
        return text.getOrDefault(rule, "Limiting judgement: " + rule);
    }

    /** Whether there is a message for a key. */
    public boolean has(String key) {
        return text.containsKey(key);
    }
}
