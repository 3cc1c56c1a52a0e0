package org.sosqa.core.accreditation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.sosqa.core.coredata.CollectionYear;
import org.sosqa.core.coredata.Indicator;
import org.sosqa.core.coredata.IndicatorReport;
import org.sosqa.core.measure.ImprovementNotation;
import org.sosqa.core.measure.PopulationCounts;
import org.sosqa.core.measure.StratumReport;
import org.sosqa.core.measure.SummaryReport;

class EvidenceFromTest {

    @Test
    void aSummaryCountsItsDenominatorAfterExclusions() {
        SummaryReport summary = new SummaryReport("family.understood", new StratumReport("total",
                new PopulationCounts(100, 90, 10, 40), new BigDecimal("50.0")), List.of());
        assertEquals(Evidence.measure(EvidenceStream.FAMILY_SURVEY, "family.understood", "Understood", 3, new BigDecimal("50.0"),
                ImprovementNotation.INCREASE, 80),
                EvidenceFrom.summary(EvidenceStream.FAMILY_SURVEY, 3, "Understood", ImprovementNotation.INCREASE, summary));
    }

    @Test
    void indicatorsWithADirectionBecomeCoreDataEvidence() {
        IndicatorReport report = new IndicatorReport(new CollectionYear(2025), List.of(
                new Indicator("referrals", "Referrals", 100, null, new BigDecimal("100")),
                new Indicator("rereferral-rate", "Re-referrals", 20, 100L, new BigDecimal("20.0")),
                new Indicator("assessments-within-45wd-rate", "On time", 0, 0L, null)), List.of(), List.of());
        assertEquals(List.of(
                Evidence.measure(EvidenceStream.CORE_DATA, "rereferral-rate", "Re-referrals", 1, new BigDecimal("20.0"), ImprovementNotation.DECREASE, 100),
                Evidence.measure(EvidenceStream.CORE_DATA, "assessments-within-45wd-rate", "On time", 1, null, ImprovementNotation.INCREASE, 0)),
                EvidenceFrom.indicators(1, report));
    }

    @Test
    void theProposedCharterHasTenPrinciplesEachCitingTheDomain() {
        Charter charter = Charter.proposed();
        assertEquals(10, charter.principles().size());
        Set<String> ids = new HashSet<>();
        for (Principle p : charter.principles()) {
            assertTrue(ids.add(p.id()), p.id());
            assertTrue(p.source().startsWith("domain.md §"), p.id());
        }
        assertTrue(ids.containsAll(List.of("childs-voice", "family-networks", "time-for-practice", "aligned-systems")));
    }
}
