package org.sosqa.rules.facts;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.Set;

/**
 * The thresholds of the rule pack, as data ({@code parameters.properties}), so a local authority can
 * change them without writing a rule. Every audit sees exactly one.
 *
 * @param minAgeForTools the age in years from which a child is old enough for Three Houses, Fairy and
 *     Wizard, Safety House and a words and pictures explanation
 * @param minAgeToScale the age from which a child is old enough to give a number on a safety scale
 * @param maxDangerStatements the most danger statements a focused map has
 * @param minNaturalNetwork the fewest network members who are not professionals a network needs
 * @param reviewWithinDays how recent the safety plan's last review must be, in days before the map's date
 * @param driftDays after how many days an unchanged judgement counts as drift
 * @param immediateActionDays how soon a next step must be due to count as immediate action on a scale of 0-1
 */
public record Parameters(
        int minAgeForTools,
        int minAgeToScale,
        int maxDangerStatements,
        int minNaturalNetwork,
        int reviewWithinDays,
        int driftDays,
        int immediateActionDays) {

    private static final Set<String> KEYS = Set.of("child.minAgeForTools", "child.minAgeToScale",
            "danger.maxStatements", "network.minNatural", "plan.reviewWithinDays", "scale.driftDays",
            "limit.immediateActionDays");

    /** The default parameters. */
    public static Parameters defaults() {
        try (InputStream in = Parameters.class.getResourceAsStream("/org/sosqa/rules/defaults/parameters.properties")) {
            if (in == null) {
                throw new IllegalStateException("the default parameters are missing from the classpath");
            }
            return new Parameters(0, 0, 0, 0, 0, 0, 0).with(in, "parameters.properties", new ArrayList<>());
        } catch (IOException e) {
            throw new IllegalStateException("cannot read the default parameters", e);
        }
    }

    /**
     * These parameters with some replaced from a properties file. Unknown keys and values that are not
     * whole numbers of 0 or more are added to {@code problems}, naming the file and the key.
     *
     * @param in the properties file's content
     * @param file the file's name, for problems
     * @param problems where problems are added
     * @return new parameters
     * @throws IOException where the file cannot be read
     */
    public Parameters with(InputStream in, String file, List<String> problems) throws IOException {
        Properties properties = new Properties();
        try (Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8)) {
            properties.load(reader);
        }
        for (String key : properties.stringPropertyNames()) {
            if (!KEYS.contains(key)) {
                problems.add(file + ": unknown parameter '" + key + "'; the parameters are " + KEYS.stream().sorted().toList());
            }
        }
        return new Parameters(
                value(properties, "child.minAgeForTools", minAgeForTools, file, problems),
                value(properties, "child.minAgeToScale", minAgeToScale, file, problems),
                value(properties, "danger.maxStatements", maxDangerStatements, file, problems),
                value(properties, "network.minNatural", minNaturalNetwork, file, problems),
                value(properties, "plan.reviewWithinDays", reviewWithinDays, file, problems),
                value(properties, "scale.driftDays", driftDays, file, problems),
                value(properties, "limit.immediateActionDays", immediateActionDays, file, problems));
    }

    private static int value(Properties properties, String key, int current, String file, List<String> problems) {
        String text = properties.getProperty(key);
        if (text == null) {
            return current;
        }
        try {
            int value = Integer.parseInt(text.trim());
            if (value < 0) {
                throw new NumberFormatException();
            }
            return value;
        } catch (NumberFormatException e) {
            problems.add(file + ": parameter '" + key + "' must be a whole number of 0 or more, not '" + text.trim() + "'");
            return current;
        }
    }
}
