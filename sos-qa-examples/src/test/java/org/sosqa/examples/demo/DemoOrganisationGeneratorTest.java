package org.sosqa.examples.demo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.sosqa.core.Assessment;
import org.sosqa.core.CaseEvent;
import org.sosqa.core.CaseRecord;
import org.sosqa.core.CaseValidator;
import org.sosqa.core.Child;
import org.sosqa.core.CriterionRating;
import org.sosqa.core.DangerStatement;
import org.sosqa.core.Violation;

class DemoOrganisationGeneratorTest {

    private static final DemoOrganisation DEFAULT = DemoOrganisationGenerator.generate(DemoOrganisationGenerator.DEFAULT_SEED);

    @ParameterizedTest(name = "seed {0}")
    @ValueSource(longs = {DemoOrganisationGenerator.DEFAULT_SEED, 1L, 99L})
    void everyCaseIsValid(long seed) {
        DemoOrganisation org = seed == DemoOrganisationGenerator.DEFAULT_SEED ? DEFAULT : DemoOrganisationGenerator.generate(seed);
        for (CaseRecord c : org.cases()) {
            List<Violation> violations = CaseValidator.validate(c);
            assertEquals(List.of(), violations, () -> "seed " + seed + ", case " + c.id());
        }
    }

    @Test
    void theSameSeedGivesTheSameOrganisationAndAnotherSeedAnother() {
        assertEquals(DEFAULT, DemoOrganisationGenerator.generate(DemoOrganisationGenerator.DEFAULT_SEED));
        assertNotEquals(DEFAULT.cases(), DemoOrganisationGenerator.generate(7L).cases());
    }

    @Test
    void aboutTwoThousandChildrenInEightTeams() {
        assertEquals(8, DEFAULT.teams().size());
        long children = DEFAULT.childCount();
        // The generator stops at the first family that takes it to 2,000; a family has at most three children.
        assertTrue(children >= 2000 && children <= 2002, "children: " + children);
        Set<String> teamsWithCases = new HashSet<>();
        DEFAULT.cases().forEach(c -> teamsWithCases.add(c.team()));
        assertEquals(DEFAULT.teams().stream().map(DemoTeam::id).collect(java.util.stream.Collectors.toSet()), teamsWithCases);
        assertEquals(List.of(2024, 2025, 2026), DEFAULT.collectionYears());
    }

    @Test
    void aChildBelongsToOneFamilyWhoseCasesDoNotOverlap() {
        // Child ids are global, since core data pairs a child's events across cases; a child known before has an
        // earlier case that closed before the next one opened.
        Map<String, CaseRecord> lastCase = new HashMap<>();
        for (CaseRecord c : DEFAULT.cases()) {
            for (Child k : c.children()) {
                CaseRecord before = lastCase.put(k.id(), c);
                if (before != null) {
                    assertTrue(before.closed() != null && before.closed().isBefore(c.opened()),
                            k.id() + " is on " + before.id() + " and " + c.id() + ", which overlap");
                }
            }
        }
    }

    @Test
    void nothingHappensAfterTheReportDate() {
        for (CaseRecord c : DEFAULT.cases()) {
            assertFalse(c.opened().isAfter(DemoOrganisationGenerator.REPORT_DATE), c.id());
            for (CaseEvent e : c.events()) {
                assertFalse(e.date().isAfter(DemoOrganisationGenerator.REPORT_DATE), c.id() + " " + e);
            }
            for (Assessment a : c.assessments()) {
                assertFalse(a.date().isAfter(DemoOrganisationGenerator.REPORT_DATE), c.id() + " v" + a.version());
            }
            assertFalse(c.assessments().isEmpty(), c.id() + " has no map");
        }
    }

    @Test
    void statementsAreWrittenBothWellAndBadly() {
        int whoIsWorried = 0;
        int labelsOnly = 0;
        for (CaseRecord c : DEFAULT.cases()) {
            for (Assessment a : c.assessments()) {
                for (DangerStatement d : a.dangerStatements()) {
                    if (d.text().contains(" are worried that ")) {
                        whoIsWorried++;
                    }
                    if (d.text().startsWith("Domestic violence") || d.text().startsWith("Neglect")
                            || d.text().startsWith("Substance misuse")) {
                        labelsOnly++;
                    }
                }
            }
        }
        assertTrue(whoIsWorried > 500, "statements in the family's words: " + whoIsWorried);
        assertTrue(labelsOnly > 100, "statements that are labels: " + labelsOnly);
    }

    @Test
    void someCasesHaveCollaborativeAuditsWithRatingsOnTheDefaultScale() {
        List<CriterionRating> ratings = DEFAULT.cases().stream().flatMap(c -> c.audits().stream())
                .flatMap(a -> a.ratings().stream()).toList();
        assertTrue(ratings.size() > 500, "auditor ratings: " + ratings.size());
        assertTrue(ratings.stream().allMatch(r -> r.rating() >= 0 && r.rating() <= 3));
        assertTrue(ratings.stream().anyMatch(r -> r.rating() == 0) && ratings.stream().anyMatch(r -> r.rating() == 3));
    }
}
