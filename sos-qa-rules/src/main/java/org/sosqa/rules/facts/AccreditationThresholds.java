package org.sosqa.rules.facts;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.Set;

/**
 * The thresholds of the accreditation criteria, as data ({@code parameters.properties} of the
 * accreditation pack), so that a scheme can change them without writing a rule. Every assessment sees
 * exactly one.
 *
 * @param baselineMinMeasures the fewest measures with a value a stream needs in the latest cycle for a baseline
 * @param baselineMinCount the fewest subjects (cases, responses, referrals) behind at least one of them
 * @param narrativeMin the fewest narrative items (gap analysis) in the latest cycle
 * @param planMinActions the fewest actions a credible plan has
 * @param impactMinCycles the fewest cycles a measure needs values in before its change counts as impact
 * @param impactMinChange how much better (in the measure's own units) a measure must get to count as improved
 * @param impactTolerance how much worse a measure may get before it counts as deteriorated
 * @param planMinDone the fewest actions done for progress against the plan
 * @param sustainedMinCycles the fewest cycles an improvement must hold over to count as sustained
 * @param supportMin the fewest items of support given to other organisations
 */
public record AccreditationThresholds(
        int baselineMinMeasures,
        long baselineMinCount,
        int narrativeMin,
        int planMinActions,
        int impactMinCycles,
        BigDecimal impactMinChange,
        BigDecimal impactTolerance,
        int planMinDone,
        int sustainedMinCycles,
        int supportMin) {

    /** Where the shipped thresholds are. */
    public static final String DEFAULTS = "/org/sosqa/rules/accreditation/parameters.properties";

    private static final Set<String> KEYS = Set.of("baseline.minMeasures", "baseline.minCount", "narrative.min",
            "plan.minActions", "impact.minCycles", "impact.minChange", "impact.tolerance", "plan.minDone",
            "sustained.minCycles", "support.min");

    /** The shipped thresholds. */
    public static AccreditationThresholds defaults() {
        try (InputStream in = AccreditationThresholds.class.getResourceAsStream(DEFAULTS)) {
            if (in == null) {
                throw new IllegalStateException("the default accreditation thresholds are missing from the classpath");
            }
            List<String> problems = new ArrayList<>();
            AccreditationThresholds t = new AccreditationThresholds(0, 0, 0, 0, 0, BigDecimal.ZERO, BigDecimal.ZERO, 0, 0, 0)
                    .with(in, problems);
            if (!problems.isEmpty()) {
                throw new IllegalStateException("the default accreditation thresholds are broken: " + problems);
            }
            return t;
        } catch (IOException e) {
            throw new IllegalStateException("cannot read the default accreditation thresholds", e);
        }
    }

    /**
     * These thresholds with some replaced from a properties file. Unknown keys and bad values are added to
     * {@code problems}, naming the key.
     *
     * @param in the file's content
     * @param problems where problems go
     * @return new thresholds
     * @throws IOException when the file cannot be read
     */
    public AccreditationThresholds with(InputStream in, List<String> problems) throws IOException {
        Properties p = new Properties();
        try (Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8)) {
            p.load(reader);
        }
        for (String key : new java.util.TreeSet<>(p.stringPropertyNames())) {
            if (!KEYS.contains(key)) {
                problems.add("unknown parameter '" + key + "'; the parameters are " + new java.util.TreeSet<>(KEYS));
            }
        }
        return new AccreditationThresholds(
                (int) whole(p, "baseline.minMeasures", baselineMinMeasures, problems),
                whole(p, "baseline.minCount", baselineMinCount, problems),
                (int) whole(p, "narrative.min", narrativeMin, problems),
                (int) whole(p, "plan.minActions", planMinActions, problems),
                (int) whole(p, "impact.minCycles", impactMinCycles, problems),
                decimal(p, "impact.minChange", impactMinChange, problems),
                decimal(p, "impact.tolerance", impactTolerance, problems),
                (int) whole(p, "plan.minDone", planMinDone, problems),
                (int) whole(p, "sustained.minCycles", sustainedMinCycles, problems),
                (int) whole(p, "support.min", supportMin, problems));
    }

    private static long whole(Properties p, String key, long current, List<String> problems) {
        String text = p.getProperty(key);
        if (text == null) {
            return current;
        }
        try {
            long value = Integer.parseInt(text.trim());
            if (value < 0) {
                throw new NumberFormatException();
            }
            return value;
        } catch (NumberFormatException e) {
            problems.add("parameter '" + key + "' must be a whole number of 0 or more, not '" + text.trim() + "'");
            return current;
        }
    }

    private static BigDecimal decimal(Properties p, String key, BigDecimal current, List<String> problems) {
        String text = p.getProperty(key);
        if (text == null) {
            return current;
        }
        try {
            BigDecimal value = new BigDecimal(text.trim());
            if (value.signum() < 0) {
                throw new NumberFormatException();
            }
            return value;
        } catch (NumberFormatException e) {
            problems.add("parameter '" + key + "' must be a number of 0 or more, not '" + text.trim() + "'");
            return current;
        }
    }
}
