package org.sosqa.core.accreditation;

import java.util.List;

/**
 * The organisation's action plan: specific actions, each with an owner, a date and a success measure.
 *
 * @param actions the actions, in the plan's order
 */
public record ActionPlan(List<Action> actions) {

    public ActionPlan {
        actions = List.copyOf(actions);
    }

    /** A plan with no actions. */
    public static ActionPlan empty() {
        return new ActionPlan(List.of());
    }

    /**
     * How many actions have a status.
     *
     * @param status the status
     * @return the count
     */
    public long count(ActionStatus status) {
        return actions.stream().filter(a -> a.status() == status).count();
    }
}
