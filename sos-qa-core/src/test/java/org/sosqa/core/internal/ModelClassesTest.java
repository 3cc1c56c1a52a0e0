package org.sosqa.core.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.sosqa.core.Assessment;
import org.sosqa.core.CaseRecord;
import org.sosqa.core.ChildVoiceWork;
import org.sosqa.core.CriterionRating;
import org.sosqa.core.SafetyGoal;
import org.sosqa.core.ScaleRating;

class ModelClassesTest {

    record Leaf(String text) {
    }

    record Middle(Map<String, List<Leaf>> leaves, LocalDate day) {
    }

    record Root(Middle middle, List<Root> children) {
    }

    @Test
    void findsRecordsInsideListsAndMapsAndStopsAtOtherTypes() {
        assertEquals(Set.of(Root.class, Middle.class, Leaf.class), ModelClasses.reachableFrom(Root.class));
    }

    @Test
    void theCaseModelIncludesItsDeepestRecords() {
        Set<Class<?>> found = ModelClasses.reachableFrom(CaseRecord.class);
        // Each is reached only through lists of other records: case -> assessments -> ...
        for (Class<?> deep : List.of(Assessment.class, SafetyGoal.class, ScaleRating.class, ChildVoiceWork.class,
                CriterionRating.class)) {
            assertTrue(found.contains(deep), deep.getSimpleName());
        }
        assertTrue(found.stream().allMatch(Class::isRecord));
        assertFalse(found.contains(String.class));
    }
}
