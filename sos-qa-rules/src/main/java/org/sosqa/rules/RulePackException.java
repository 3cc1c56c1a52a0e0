package org.sosqa.rules;

import java.util.List;

/**
 * An engine could not be built because its rules are wrong. It lists every problem found, each with the
 * file and line where there is one; no half-built engine is ever returned.
 */
public final class RulePackException extends RuntimeException {
    private static final long serialVersionUID = 1L;
    private final transient List<Problem> problems;

    /**
     * @param problems every problem found
     */
    public RulePackException(List<Problem> problems) {
        super(summary(problems));
        this.problems = List.copyOf(problems);
    }

    /** Every problem found. */
    public List<Problem> problems() {
        return problems;
    }

    private static String summary(List<Problem> problems) {
        StringBuilder text = new StringBuilder(problems.size() + " problem(s) in the rules:");
        for (Problem problem : problems) {
            text.append(System.lineSeparator()).append("  ").append(problem);
        }
        return text.toString();
    }

    /**
     * One problem in a rule pack.
     *
     * @param file the file, relative to the pack, or null where the problem is not in one file
     * @param line the line, from 1, or null where unknown
     * @param message what is wrong, in the rule author's terms
     */
    public record Problem(String file, Integer line, String message) {
        @Override
        public String toString() {
            return (file == null ? "" : file + (line == null ? "" : ":" + line) + ": ") + message;
        }
    }
}
