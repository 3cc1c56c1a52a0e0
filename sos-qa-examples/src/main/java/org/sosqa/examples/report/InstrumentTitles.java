package org.sosqa.examples.report;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The titles of the default audit instrument's domains and criteria, so the report can say "Goals say how
 * long the change must be seen" rather than {@code goal.sustained}. Read from the instrument the default
 * rule pack ships; an id it does not know (a local pack's own criterion) is shown as it is.
 */
final class InstrumentTitles {

    private static final String RESOURCE = "org/sosqa/rules/defaults/instrument.json";

    private final Map<String, String> titles;

    private InstrumentTitles(Map<String, String> titles) {
        this.titles = titles;
    }

    static InstrumentTitles load() {
        Map<String, String> titles = new LinkedHashMap<>();
        try (InputStream in = InstrumentTitles.class.getClassLoader().getResourceAsStream(RESOURCE)) {
            if (in != null) {
                JsonNode root = new ObjectMapper().readTree(in);
                for (JsonNode domain : root.path("domains")) {
                    titles.put(domain.path("id").asText(), domain.path("title").asText());
                    for (JsonNode criterion : domain.path("criteria")) {
                        titles.put(criterion.path("id").asText(), criterion.path("title").asText());
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + RESOURCE, e);
        }
        return new InstrumentTitles(titles);
    }

    String title(String id) {
        String title = titles.get(id);
        return title == null || title.isBlank() ? id : title;
    }
}
