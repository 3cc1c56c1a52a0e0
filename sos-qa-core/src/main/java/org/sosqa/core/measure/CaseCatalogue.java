package org.sosqa.core.measure;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;

import org.sosqa.core.Assessment;
import org.sosqa.core.CaseRecord;

/** The stratifiers and continuous-variable observations a measure definition may name. */
final class CaseCatalogue {

    private static final Map<String, Stratifier<CaseRecord>> STRATIFIERS = new TreeMap<>(Map.of(
            "organisation", new Stratifier<>("organisation", "Organisation", CaseRecord::organisation),
            "service-stage", new Stratifier<>("service-stage", "Service stage", c -> c.serviceStage().name()),
            "team", new Stratifier<>("team", "Team", CaseRecord::team),
            "worker", new Stratifier<>("worker", "Worker", CaseRecord::worker)));

    private static final Map<String, String> OBSERVATIONS = new TreeMap<>(Map.of(
            "map-age-days", "days from the current map's date to the day (cases with a map)",
            "non-professional-network-size", "people in the current map's safety network who are not professionals"));

    private CaseCatalogue() {
    }

    static Map<String, Stratifier<CaseRecord>> stratifiers() {
        return STRATIFIERS;
    }

    static Map<String, String> observations() {
        return OBSERVATIONS;
    }

    static Stratifier<CaseRecord> stratifier(String id) {
        Stratifier<CaseRecord> s = STRATIFIERS.get(id);
        if (s == null) {
            throw new IllegalArgumentException("unknown stratifier: " + id + "; known: " + STRATIFIERS.keySet());
        }
        return s;
    }

    /** The observation on a day; null for a case that has none (no map). */
    static Function<CaseRecord, BigDecimal> observation(String id, LocalDate day) {
        Function<CaseDay, BigDecimal> onView = observation(id);
        return c -> onView.apply(new CaseDay(c, day));
    }

    /** The observation of a case on the view's day; null for a case that has none (no map). */
    static Function<CaseDay, BigDecimal> observation(String id) {
        switch (id) {
            case "map-age-days" -> {
                return v -> {
                    Assessment a = v.map();
                    return a == null ? null : BigDecimal.valueOf(ChronoUnit.DAYS.between(a.date(), v.day()));
                };
            }
            case "non-professional-network-size" -> {
                return v -> BigDecimal.valueOf(CaseConditions.networkSize(v.c(), v.map()));
            }
            default -> throw new IllegalArgumentException("unknown observation: " + id + "; known: "
                    + OBSERVATIONS.keySet());
        }
    }
}
