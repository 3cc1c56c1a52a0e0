package org.sosqa.core.survey;

import org.sosqa.core.InvalidDocumentException;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.sosqa.core.Violation;

/** Organisations side by side, worked by hand. */
class SurveyComparisonTest {

    private static SharedFigures org(String name, String value) {
        SharedFigure f = value == null ? new SharedFigure("scale.s.agreeing", null, null, true)
                : new SharedFigure("scale.s.agreeing", 20L, new BigDecimal(value), false);
        return new SharedFigures(name, "t", "1", "c1", 5, 20L, List.of(f));
    }

    @Test
    void eachAgainstTheOthersMedianAndRange() {
        SurveyComparison c = SurveyComparison.compare(List.of(org("Ashby", "40.0"), org("Brent", "60.0"),
                org("Corby", null), org("Derby", "55.0")), true, "Brent");
        assertEquals(List.of("organisation 1", "Brent", "organisation 3", "organisation 4"), c.organisations());
        MeasureComparison m = c.measures().get(0);
        assertEquals(3, m.shown());
        assertEquals(new BigDecimal("55.0"), m.median(), "40, 55, 60");
        OrganisationFigure ashby = m.organisations().get(0);
        assertEquals(new BigDecimal("57.5"), ashby.othersMedian(), "55 and 60");
        assertEquals(new BigDecimal("55.0"), ashby.othersLowest());
        assertEquals(new BigDecimal("60.0"), ashby.othersHighest());
        OrganisationFigure corby = m.organisations().get(2);
        assertTrue(corby.suppressed());
        assertNull(corby.value());
        assertEquals(3, corby.othersShown());
        assertEquals(new BigDecimal("55.0"), corby.othersMedian());
        assertEquals(2, m.organisations().get(1).othersShown(), "Corby's suppressed figure takes no part");
    }

    @Test
    void differentInstrumentsAreNotCompared() {
        SharedFigures other = new SharedFigures("X", "t", "2", "", 5, null, List.of());
        assertThrows(IllegalArgumentException.class,
                () -> SurveyComparison.compare(List.of(org("A", "1.0"), other), false, null));
    }

    @Test
    void sharedFiguresRoundTripThroughJsonFromAReport() {
        SurveyInstrument instrument = SurveyFixtures.instrument();
        List<SurveyResponse> responses = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            responses.add(SurveyFixtures.uniform("r" + i, "n", i < 3 ? 4 : 2));
        }
        SurveyReport report = SurveyScorer.score(instrument, responses, List.of(SurveyMeasures.BY_TEAM));
        SharedFigures shared = SharedFigures.of("Ashby", "c1", report);
        assertEquals(6L, shared.respondents());
        assertEquals(new BigDecimal("50.0"), shared.figure("scale.s.agreeing").value(), "3 of 6 all-agree");
        assertEquals(new BigDecimal("50.0"), shared.figure("scale.s.score").value(), "three at 75, three at 25");
        assertTrue(shared.figure("item.z.mean").value() == null && !shared.figure("item.z.mean").suppressed(),
                "nobody answered z: not defined, not suppressed");
        SharedFigures back = SharedFigures.read(shared.toJson().toString(), "a.json");
        assertEquals(shared, back);
    }

    @Test
    void aSharedFileWithASmallCountIsRefused() {
        String json = """
                {"format": "sos-qa.survey.shared-figures/1", "organisation": "A", "instrument": {"id": "t", "version": "1"},
                 "threshold": 5, "respondents": 4, "figures": [{"measure": "m", "count": 3, "value": 10, "suppressed": false},
                 {"measure": "n", "count": null, "value": 1.5, "suppressed": true}]}
                """;
        InvalidDocumentException e = assertThrows(InvalidDocumentException.class, () -> SharedFigures.read(json, "a.json"));
        assertEquals(List.of("/respondents", "/figures/0/count", "/figures/1"),
                e.violations().stream().map(Violation::path).toList());
    }
}
