package org.sosqa.examples.report;

import java.util.List;
import java.util.Objects;

/**
 * One part of the organisation report.
 *
 * @param key its key in {@code report.json} ({@code depth}, {@code coreData}, ...) and its anchor in the page
 * @param title its heading
 * @param json what {@code report.json} holds under the key: a record or map, written by Jackson
 * @param blocks what the page shows, in order
 */
public record Section(String key, String title, Object json, List<Block> blocks) {

    /** Copies the blocks. */
    public Section {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(title, "title");
        blocks = List.copyOf(blocks);
    }

    /** The tables of the section, in order. */
    public List<Table> tables() {
        return Block.tables(blocks);
    }
}
