package org.sosqa.rules.facts;

import java.util.List;

/**
 * The action plan of a self-assessment.
 *
 * @param actions how many actions it has
 * @param done how many are done
 * @param open how many are planned or in progress (new and continuing actions)
 * @param untracked the ids of actions whose success measure is not among the evidence, so that their success
 *     cannot be followed
 * @param lines the actions, one line each (id, owner, due date, success measure, status)
 */
public record ActionPlanFact(int actions, int done, int open, List<String> untracked, List<String> lines) {

    public ActionPlanFact {
        untracked = List.copyOf(untracked);
        lines = List.copyOf(lines);
    }
}
