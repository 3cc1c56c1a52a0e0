package org.sosqa.core.leadership;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.sosqa.core.RecordBatch;
import org.sosqa.core.Violation;
import org.sosqa.core.internal.RecordFiles;
import org.sosqa.core.internal.TreeFields;

/**
 * The activities leaders' time is recorded against, each classed as practice or not. The library ships
 * its own catalogue (read from {@code org/sosqa/core/leadership/activities.json}), built from domain.md
 * §5.2; an organisation adds or reclassifies activities with a file of the same format (an activity of its
 * own with a shipped id replaces the shipped one). Immutable.
 */
public final class ActivityCatalogue {

    private static final String RESOURCE = "activities.json";
    private static final ActivityCatalogue DEFAULTS = loadDefaults();

    private final Map<String, Activity> activities;

    private ActivityCatalogue(Map<String, Activity> activities) {
        this.activities = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(activities));
    }

    /**
     * The library's own catalogue.
     *
     * @return the shipped activities
     */
    public static ActivityCatalogue defaults() {
        return DEFAULTS;
    }

    /**
     * This catalogue with more activities; one whose id is already here replaces it, in its place.
     *
     * @param more the activities
     * @return a new catalogue
     */
    public ActivityCatalogue extendedWith(Collection<Activity> more) {
        Map<String, Activity> m = new LinkedHashMap<>(activities);
        more.forEach(a -> m.put(a.id(), a));
        return new ActivityCatalogue(m);
    }

    /**
     * Reads an organisation's activities: {@code {"schemaVersion": "1.0", "activities": [{"id", "label",
     * "practice", "source"}]}}.
     *
     * @param file the file
     * @return the activities, and every bad one with its location
     */
    public static RecordBatch<Activity> read(Path file) {
        return RecordFiles.read(file, "activities", ActivityCatalogue::bind);
    }

    /**
     * The activities in catalogue order.
     *
     * @return every activity
     */
    public List<Activity> activities() {
        return List.copyOf(activities.values());
    }

    /**
     * The activity ids.
     *
     * @return every id, unmodifiable
     */
    public Set<String> ids() {
        return activities.keySet();
    }

    /**
     * An activity by id.
     *
     * @param id the id
     * @return the activity, or empty
     */
    public Optional<Activity> activity(String id) {
        return Optional.ofNullable(activities.get(id));
    }

    /**
     * Whether time on an activity counts as practice.
     *
     * @param id the activity id
     * @return true only for a known practice activity
     */
    public boolean isPractice(String id) {
        Activity a = activities.get(id);
        return a != null && a.practice();
    }

    private static Activity bind(JsonNode node, String pointer, List<Violation> violations) {
        TreeFields f = new TreeFields(node, pointer, violations);
        f.onlyKnown(Set.of("id", "label", "practice", "source"));
        String id = f.id("id");
        String label = f.text("label");
        Boolean practice = f.bool("practice");
        String source = f.text("source");
        return violations.isEmpty() ? new Activity(id, label, practice, source) : null;
    }

    private static ActivityCatalogue loadDefaults() {
        try (InputStream in = ActivityCatalogue.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("the shipped activity catalogue is missing: " + RESOURCE);
            }
            RecordBatch<Activity> batch = RecordFiles.read(RESOURCE, in.readAllBytes(), false, "activities",
                    ActivityCatalogue::bind);
            if (!batch.allValid()) {
                throw new IllegalStateException("the shipped activity catalogue is invalid: " + batch.invalid());
            }
            Map<String, Activity> m = new LinkedHashMap<>();
            batch.records().forEach(a -> m.put(a.id(), a));
            return new ActivityCatalogue(m);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
