package org.sosqa.core.leadership;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import org.sosqa.core.RecordBatch;
import org.sosqa.core.Violation;
import org.sosqa.core.internal.RecordFiles;
import org.sosqa.core.internal.TreeFields;

/**
 * The anchors of the 0-10 implementation self-rating, as data (read from
 * {@code org/sosqa/core/leadership/rating-anchors.json}): 0 and 10 paraphrase the EIP leaders' anchors in
 * domain.md §5.2; the midpoint 5 is the library's own, and says so in its source.
 */
public final class RatingAnchors {

    private static final List<RatingAnchor> DEFAULTS = load();

    private RatingAnchors() {
    }

    /**
     * The shipped anchors, lowest score first.
     *
     * @return the anchors
     */
    public static List<RatingAnchor> defaults() {
        return DEFAULTS;
    }

    private static RatingAnchor bind(JsonNode node, String pointer, List<Violation> violations) {
        TreeFields f = new TreeFields(node, pointer, violations);
        f.onlyKnown(Set.of("score", "text", "source"));
        Integer score = f.integer("score", 0, 10);
        String text = f.text("text");
        String source = f.text("source");
        return violations.isEmpty() ? new RatingAnchor(score, text, source) : null;
    }

    private static List<RatingAnchor> load() {
        try (InputStream in = RatingAnchors.class.getResourceAsStream("rating-anchors.json")) {
            if (in == null) {
                throw new IllegalStateException("the shipped rating anchors are missing");
            }
            RecordBatch<RatingAnchor> batch = RecordFiles.read("rating-anchors.json", in.readAllBytes(), false,
                    "anchors", RatingAnchors::bind);
            if (!batch.allValid()) {
                throw new IllegalStateException("the shipped rating anchors are invalid: " + batch.invalid());
            }
            return batch.records().stream().sorted(Comparator.comparingInt(RatingAnchor::score)).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
