package org.sosqa.rules.internal.pack;

import java.util.List;

/**
 * A pack's {@code pack.json}.
 *
 * @param id the pack's id, for reports
 * @param version its version, for reports
 * @param description what it changes, for people
 * @param extendsPack the pack it builds on; only {@code sosqa-default} for now
 * @param disable ids of default rules the pack switches off
 */
public record PackManifest(String id, String version, String description, String extendsPack, List<String> disable) {
    public PackManifest {
        disable = disable == null ? List.of() : List.copyOf(disable);
    }
}
