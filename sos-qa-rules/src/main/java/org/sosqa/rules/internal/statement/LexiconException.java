package org.sosqa.rules.internal.statement;

import java.util.List;
import java.util.stream.Collectors;

/** A lexicon could not be built; every problem found is listed, each naming its file and line. */
public final class LexiconException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final transient List<LexiconProblem> problems;

    public LexiconException(List<LexiconProblem> problems) {
        super(problems.stream().map(LexiconProblem::toString).collect(Collectors.joining("\n")));
        this.problems = List.copyOf(problems);
    }

    /** The problems, in file and line order of reading. */
    public List<LexiconProblem> problems() {
        return problems;
    }
}
