package org.sosqa.core.internal;

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
        Set<Violation> all = new LinkedHashSet<>(BeanValidation.validate(record));
        all.addAll(CrossFieldRules.check(record));
        List<Violation> sorted = new ArrayList<>(all);
        sorted.sort(Pointers.DOCUMENT_ORDER);
        return List.copyOf(sorted);
    }
}
