package org.sosqa.core.inquiry;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.sosqa.core.RecordBatch;
import org.sosqa.core.internal.RecordFiles;
import org.sosqa.core.internal.TreeFields;

/**
 * The practice tags an inquiry record may use. The library ships its own vocabulary of Signs of Safety
 * tools and practices, each citing the domain.md section behind it (read from
 * {@code org/sosqa/core/inquiry/practice-tags.json}); an organisation adds its own tags from a file of the
 * same format, and a tag of its own with a shipped id replaces the shipped one. Immutable.
 */
public final class PracticeVocabulary {

    private static final String RESOURCE = "practice-tags.json";
    private static final PracticeVocabulary DEFAULTS = loadDefaults();

    private final Map<String, PracticeTag> tags;

    private PracticeVocabulary(Map<String, PracticeTag> tags) {
        this.tags = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(tags));
    }

    /**
     * The library's own vocabulary.
     *
     * @return the shipped tags
     */
    public static PracticeVocabulary defaults() {
        return DEFAULTS;
    }

    /**
     * This vocabulary with more tags; a tag whose id is already here replaces it, in its place.
     *
     * @param more the tags to add
     * @return a new vocabulary
     */
    public PracticeVocabulary extendedWith(Collection<PracticeTag> more) {
        Map<String, PracticeTag> m = new LinkedHashMap<>(tags);
        for (PracticeTag t : more) {
            m.put(t.id(), t);
        }
        return new PracticeVocabulary(m);
    }

    /**
     * Reads an organisation's tags: {@code {"schemaVersion": "1.0", "tags": [{"id", "label", "source"}]}}.
     *
     * @param file the file
     * @return the tags, and every bad one with its location
     */
    public static RecordBatch<PracticeTag> read(Path file) {
        return RecordFiles.read(file, "tags", PracticeVocabulary::bind);
    }

    /**
     * The tags, in vocabulary order.
     *
     * @return every tag
     */
    public List<PracticeTag> tags() {
        return List.copyOf(tags.values());
    }

    /**
     * The tag ids.
     *
     * @return every id, unmodifiable
     */
    public Set<String> ids() {
        return tags.keySet();
    }

    /**
     * A tag by id.
     *
     * @param id the id
     * @return the tag, or empty when the vocabulary has no such tag
     */
    public Optional<PracticeTag> tag(String id) {
        return Optional.ofNullable(tags.get(id));
    }

    private static PracticeTag bind(com.fasterxml.jackson.databind.JsonNode node, String pointer,
            List<org.sosqa.core.Violation> violations) {
        TreeFields f = new TreeFields(node, pointer, violations);
        f.onlyKnown(Set.of("id", "label", "source"));
        String id = f.id("id");
        String label = f.text("label");
        String source = f.text("source");
        return violations.isEmpty() ? new PracticeTag(id, label, source) : null;
    }

    private static PracticeVocabulary loadDefaults() {
        try (InputStream in = PracticeVocabulary.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("the shipped practice vocabulary is missing: " + RESOURCE);
            }
            RecordBatch<PracticeTag> batch = RecordFiles.read(RESOURCE, in.readAllBytes(), false, "tags",
                    PracticeVocabulary::bind);
            if (!batch.allValid()) {
                throw new IllegalStateException("the shipped practice vocabulary is invalid: " + batch.invalid());
            }
            Map<String, PracticeTag> m = new LinkedHashMap<>();
            for (PracticeTag t : new ArrayList<>(batch.records())) {
                m.put(t.id(), t);
            }
            return new PracticeVocabulary(m);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
