package org.sosqa.rules.internal.accreditation;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.sosqa.core.accreditation.AwardLevel;
import org.sosqa.rules.facts.Accreditation;

/**
 * The engine's sheet for one assessment: collects each criterion's checks, naming the rule that is
 * firing. Not thread-safe: one per assessment.
 */
public final class AccreditationSheet extends Accreditation {

    /** What one criterion's checks added up to. */
    public static final class Tally {
        final String criterion;
        final AwardLevel level;
        final String title;
        boolean met = true;
        final Set<String> evidence = new LinkedHashSet<>();
        final Set<String> missing = new LinkedHashSet<>();

        Tally(String criterion, AwardLevel level, String title) {
            this.criterion = criterion;
            this.level = level;
            this.title = title;
        }
    }

    private final Map<String, Tally> tallies = new LinkedHashMap<>();
    private String criterion;
    private AwardLevel level;
    private String title;

    /** Names the criterion of the rule about to fire; called by the engine. */
    void enter(String criterionId, AwardLevel criterionLevel, String criterionTitle) {
        this.criterion = criterionId;
        this.level = criterionLevel;
        this.title = criterionTitle;
    }

    @Override
    public void check(boolean met, List<String> evidence, String missing) {
        Tally tally = tallies.computeIfAbsent(criterion, c -> new Tally(c, level, title));
        if (evidence != null) {
            evidence.forEach(e -> tally.evidence.add(String.valueOf(e)));
        }
        if (!met) {
            tally.met = false;
            tally.missing.add(missing == null || missing.isBlank() ? "criterion " + criterion + " is not met" : missing);
        }
    }

    List<Tally> tallies() {
        return new ArrayList<>(tallies.values());
    }
}
