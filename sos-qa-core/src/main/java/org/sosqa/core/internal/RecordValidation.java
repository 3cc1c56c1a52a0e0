package org.sosqa.core.internal;

import java.util.List;
import org.sosqa.core.CaseRecord;
import org.sosqa.core.Violation;

/** Placeholder. */
public final class RecordValidation {
    private RecordValidation() {
    }

    public static List<Violation> validate(CaseRecord record) {
        return List.of();
    }
}
