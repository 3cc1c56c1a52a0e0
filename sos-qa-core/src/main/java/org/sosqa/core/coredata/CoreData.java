package org.sosqa.core.coredata;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Child-level episodes ready for the indicators, with the problems that left records out.
 *
 * @param children the children, in the order read
 * @param problems every record left out, in the order found
 * @param censusYear the collection year the source names (the census header's {@code Year}), or null
 */
public record CoreData(List<ChildEpisodes> children, List<DataProblem> problems, Integer censusYear) {

    public CoreData {
        children = List.copyOf(children);
        problems = List.copyOf(problems);
    }

    /** Episodes from a source that names no collection year. */
    public CoreData(List<ChildEpisodes> children, List<DataProblem> problems) {
        this(children, problems, null);
    }

    /** Records left out, counted by kind of record and reason, in enum order. */
    public List<LeftOut> leftOut() {
        Map<String, LeftOut> counts = new TreeMap<>();
        for (DataProblem p : problems) {
            String key = String.format("%02d%02d", p.record().ordinal(), p.kind().ordinal());
            LeftOut old = counts.get(key);
            counts.put(key, new LeftOut(p.record(), p.kind(), old == null ? 1 : old.count() + 1));
        }
        return counts.values().stream().sorted(Comparator.comparing(LeftOut::record)
                .thenComparing(LeftOut::reason)).toList();
    }
}
