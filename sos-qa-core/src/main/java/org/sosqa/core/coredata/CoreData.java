package org.sosqa.core.coredata;

import java.util.List;

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
        return LeftOut.count(problems);
    }
}
