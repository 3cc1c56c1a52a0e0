package org.sosqa.core.coredata;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * How many records of one kind were left out for one reason.
 *
 * @param record the kind of record
 * @param reason why
 * @param count how many
 */
public record LeftOut(RecordKind record, ProblemKind reason, long count) {

    /** Problems counted by kind of record and reason, in enum order (record first). */
    static List<LeftOut> count(List<DataProblem> problems) {
        Map<RecordKind, Map<ProblemKind, Long>> counts = new EnumMap<>(RecordKind.class);
        for (DataProblem p : problems) {
            counts.computeIfAbsent(p.record(), k -> new EnumMap<>(ProblemKind.class)).merge(p.kind(), 1L, Long::sum);
        }
        return counts.entrySet().stream().flatMap(r -> r.getValue().entrySet().stream()
                .map(k -> new LeftOut(r.getKey(), k.getKey(), k.getValue()))).toList();
    }
}
