package org.sosqa.core;

import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;
import java.util.MissingResourceException;
import java.util.Objects;
import java.util.ResourceBundle;

/**
 * The words people read for each part of the map, for one locale and one service. The data model is the
 * same everywhere; only the labels change: an early help service in England says "worry statement" and
 * "wellbeing goal" where child protection says "danger statement" and "safety goal" (domain.md §1.1).
 *
 * <p>Labels come from the resource bundle {@code org.sosqa.core.labels}: a key {@code DANGER_STATEMENT}
 * is the default, and {@code DANGER_STATEMENT.EARLY_HELP} overrides it for one service stage. An
 * organisation adds its own locale by shipping {@code org/sosqa/core/labels_xx_YY.properties} on the
 * classpath, or overrides single labels with {@link #withOverrides(Map)}. Instances are immutable.
 */
public final class Labels {
    private static final String BUNDLE = "org.sosqa.core.labels";

    private final Map<MapElement, String> labels;

    private Labels(Map<MapElement, String> labels) {
        this.labels = labels;
    }

    /**
     * The labels for a service stage in a locale, falling back to English for anything the locale does
     * not define.
     *
     * @param stage the service stage
     * @param locale the locale, for example {@code Locale.UK} or {@code new Locale("en", "AU")}
     * @return the labels
     */
    public static Labels forService(ServiceStage stage, Locale locale) {
        Objects.requireNonNull(stage, "stage");
        Objects.requireNonNull(locale, "locale");
        ResourceBundle bundle = ResourceBundle.getBundle(BUNDLE, locale,
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
        Map<MapElement, String> labels = new EnumMap<>(MapElement.class);
        for (MapElement element : MapElement.values()) {
            labels.put(element, lookup(bundle, element.name() + "." + stage.name(), element.name()));
        }
        return new Labels(labels);
    }

    private static String lookup(ResourceBundle bundle, String specific, String general) {
        if (bundle.containsKey(specific)) {
            return bundle.getString(specific);
        }
        try {
            return bundle.getString(general);
        } catch (MissingResourceException e) {
            throw new IllegalStateException("No label for " + general + " in " + BUNDLE, e);
        }
    }

    /**
     * These labels with some replaced, for an organisation's own wording.
     *
     * @param overrides the labels to replace
     * @return new labels; this instance is unchanged
     */
    public Labels withOverrides(Map<MapElement, String> overrides) {
        Map<MapElement, String> copy = new EnumMap<>(labels);
        overrides.forEach((element, label) -> copy.put(
                Objects.requireNonNull(element, "element"), Objects.requireNonNull(label, "label")));
        return new Labels(copy);
    }

    /**
     * The label for one part of the map.
     *
     * @param element the part
     * @return its label, for example "Worry statement"
     */
    public String label(MapElement element) {
        return labels.get(element);
    }
}
