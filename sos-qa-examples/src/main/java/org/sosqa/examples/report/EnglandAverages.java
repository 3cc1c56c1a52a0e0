package org.sosqa.examples.report;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * England's published figures for the statutory indicators, from the small data file
 * {@code england-averages.json} beside this class: each with its year and source (domain.md §3). An
 * indicator the file does not list has no comparison; none is invented.
 */
final class EnglandAverages {

    static final String RESOURCE = "org/sosqa/examples/report/england-averages.json";

    record Average(String indicator, BigDecimal value, int year, String source) {
    }

    private final Map<String, Average> averages;
    private final Map<String, String> notPublished;

    private EnglandAverages(Map<String, Average> averages, Map<String, String> notPublished) {
        this.averages = averages;
        this.notPublished = notPublished;
    }

    static EnglandAverages load() {
        try (InputStream in = EnglandAverages.class.getClassLoader().getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + RESOURCE);
            }
            JsonNode root = new ObjectMapper().readTree(in);
            Map<String, Average> averages = new LinkedHashMap<>();
            for (JsonNode a : root.path("averages")) {
                averages.put(a.path("indicator").asText(), new Average(a.path("indicator").asText(),
                        a.path("value").decimalValue(), a.path("year").asInt(), a.path("source").asText()));
            }
            Map<String, String> notPublished = new LinkedHashMap<>();
            for (JsonNode n : root.path("notPublishedHere")) {
                notPublished.put(n.path("indicator").asText(), n.path("why").asText());
            }
            return new EnglandAverages(averages, notPublished);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + RESOURCE, e);
        }
    }

    Average of(String indicator) {
        return averages.get(indicator);
    }

    String whyNone(String indicator) {
        return notPublished.get(indicator);
    }
}
