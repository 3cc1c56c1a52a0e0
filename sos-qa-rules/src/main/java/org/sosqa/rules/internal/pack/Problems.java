package org.sosqa.rules.internal.pack;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.sosqa.rules.RulePackException;

/** Collects a pack's problems, each with its file and line, in the order files are read. */
public final class Problems {
    private final List<RulePackException.Problem> list = new ArrayList<>();

    /** Adds a problem. @param file the file @param line the line or null @param message what is wrong */
    public void add(String file, Integer line, String message) {
        RulePackException.Problem problem = new RulePackException.Problem(file, line, message);
        if (!list.contains(problem)) {
            list.add(problem);
        }
    }

    /** Whether there are any. */
    public boolean isEmpty() {
        return list.isEmpty();
    }

    /** The problems, by file then line. */
    public List<RulePackException.Problem> list() {
        List<RulePackException.Problem> sorted = new ArrayList<>(list);
        sorted.sort(Comparator.comparing((RulePackException.Problem p) -> p.file() == null ? "" : p.file())
                .thenComparing(p -> p.line() == null ? 0 : p.line()));
        return sorted;
    }

    /** Throws the whole list when there is anything in it. */
    public void throwIfAny() {
        if (!list.isEmpty()) {
            throw new RulePackException(list());
        }
    }
}
