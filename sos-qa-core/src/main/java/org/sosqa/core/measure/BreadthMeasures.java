package org.sosqa.core.measure;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import org.sosqa.core.Assessment;
import org.sosqa.core.CaseRecord;
import org.sosqa.core.ChildVoiceTool;
import org.sosqa.core.EventType;
import org.sosqa.core.PersonKind;
import org.sosqa.core.Role;

/**
 * The breadth measures of the case-management dashboard (domain.md §2.4): for the cases open on a day, the
 * percentage with each Signs of Safety element in their current assessment and plan, split by team, worker
 * and service stage. The exact dashboard fields are not published; these follow the candidate list in
 * domain.md §2.4 and are the library's own. They are data: {@value MeasureDefinitions#DEFAULT_RESOURCE}, read by
 * {@link MeasureDefinitions}; each case is read as it stood on the day (its map is the latest dated on or before
 * the day).
 */
public final class BreadthMeasures {

    /** Youngest age, in whole years, at which child's-voice work is expected of a child. */
    public static final int CHILD_VOICE_MIN_AGE = 4;

    private static final Set<Role> FAMILY_RATERS = EnumSet.of(Role.PARENT, Role.CAREGIVER, Role.CHILD,
            Role.NETWORK_MEMBER);

    private BreadthMeasures() {
    }

    /** Team, worker and service stage: the stratifiers of every breadth measure. */
    public static List<Stratifier<CaseRecord>> stratifiers() {
        return List.of(CaseCatalogue.stratifier("team"), CaseCatalogue.stratifier("worker"),
                CaseCatalogue.stratifier("service-stage"));
    }

    /** Open on a day: opened on or before it and not closed by the end of it. */
    public static Criterion<CaseRecord> openOn(LocalDate day) {
        return new Criterion<>("open on " + day, c -> CaseConditions.openOn(c, day));
    }

    /**
     * Every default breadth measure, for the cases open on a day: the definitions of
     * {@link MeasureDefinitions#defaults()} made for the day.
     */
    public static List<Measure<CaseRecord>> all(LocalDate day) {
        return MeasureDefinitions.defaults().stream().map(d -> d.on(day)).toList();
    }

    /** The mean age in days of the current map, over open cases that have one. */
    public static Measure<CaseRecord> mapAge(LocalDate day) {
        return MeasureDefinitions.defaults().stream().filter(d -> d.id().equals("breadth.map-age-days")).findFirst()
                .orElseThrow().on(day);
    }
}
