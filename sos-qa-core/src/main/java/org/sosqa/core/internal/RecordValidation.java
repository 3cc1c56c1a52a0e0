package org.sosqa.core.internal;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.sosqa.core.CaseRecord;
import org.sosqa.core.Violation;

/** Field constraints and cross-field rules of a record, as one sorted list without repeats. */
public final class RecordValidation {

    private RecordValidation() {
    }

    /**
     * Every problem with a record.
     *
     * @param record the record
     * @return the violations in document order
     */
    public static List<Violation> validate(CaseRecord record) {
        return validate(record, null);
    }

    /**
     * Every problem with a record read from a document.
     *
     * @param record the record
     * @param tree the document it was read from, for ordering; null to use the record's own document
     * @return the violations in document order
     */
    static List<Violation> validate(CaseRecord record, JsonNode tree) {
        Set<Violation> all = new LinkedHashSet<>(BeanValidation.validate(record));
        all.addAll(CrossFieldRules.check(record));
        if (all.isEmpty()) {
            return List.of();
        }
        List<Violation> sorted = new ArrayList<>(all);
        sorted.sort(Pointers.documentOrder(tree != null ? tree : CaseWriter.toTree(record)));
        return List.copyOf(sorted);
    }
}
