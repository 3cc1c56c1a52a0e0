package org.sosqa.core.survey;

import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * A survey instrument as data: its scales and items, in the order respondents see them. Read one with
 * {@link SurveyInstruments}, which checks it and locates every problem; the constructor checks only what would
 * make scoring impossible.
 *
 * @param id a stable id ({@code family}, {@code staff}, or an organisation's own)
 * @param version its version; scores are compared only between the same id and version
 * @param title its title
 * @param description who owns it and where it comes from
 * @param scales the scales, each with at least one item
 * @param items the items, ids unique
 */
public record SurveyInstrument(String id, String version, String title, String description, List<SurveyScale> scales,
        List<SurveyItem> items) {

    public SurveyInstrument {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(version, "version");
        Objects.requireNonNull(title, "title");
        description = description == null ? "" : description;
        scales = scales == null ? List.of() : List.copyOf(scales);
        items = items == null ? List.of() : List.copyOf(items);
        Set<String> itemIds = new HashSet<>();
        for (SurveyItem item : items) {
            if (!itemIds.add(item.id())) {
                throw new IllegalArgumentException("item id used twice: " + item.id());
            }
        }
        Set<String> scaleIds = new HashSet<>();
        for (SurveyScale scale : scales) {
            if (!scaleIds.add(scale.id())) {
                throw new IllegalArgumentException("scale id used twice: " + scale.id());
            }
            if (items.stream().noneMatch(i -> i.scale().equals(scale.id()))) {
                throw new IllegalArgumentException("scale has no items: " + scale.id());
            }
        }
        for (SurveyItem item : items) {
            if (item.inScale() && !scaleIds.contains(item.scale())) {
                throw new IllegalArgumentException("item " + item.id() + " names an unknown scale: " + item.scale());
            }
        }
    }

    /** The item with this id. */
    public Optional<SurveyItem> item(String itemId) {
        return items.stream().filter(i -> i.id().equals(itemId)).findFirst();
    }

    /** The items of one scale, in instrument order. */
    public List<SurveyItem> itemsOf(String scaleId) {
        return items.stream().filter(i -> i.scale().equals(scaleId)).toList();
    }
}
