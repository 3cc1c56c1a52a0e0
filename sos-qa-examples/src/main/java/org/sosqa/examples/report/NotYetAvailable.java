package org.sosqa.examples.report;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A section whose stream of evidence is not yet part of the cycle: it says so plainly in the page, and in
 * {@code report.json} holds {@code {"available": false, "reason": ...}} so a reader of the JSON is told too.
 */
final class NotYetAvailable implements ReportSection {

    private final String key;
    private final String title;
    private final String reason;

    NotYetAvailable(String key, String title, String reason) {
        this.key = key;
        this.title = title;
        this.reason = reason;
    }

    @Override
    public String key() {
        return key;
    }

    @Override
    public Section build(Evidence evidence) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("available", false);
        json.put("reason", reason);
        return new Section(key, title, json, List.of(new Block.Notice("Not yet available. " + reason)));
    }
}
