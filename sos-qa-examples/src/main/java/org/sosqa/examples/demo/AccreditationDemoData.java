package org.sosqa.examples.demo;

import java.time.LocalDate;
import java.util.List;
import org.sosqa.core.accreditation.Action;
import org.sosqa.core.accreditation.ActionStatus;
import org.sosqa.core.accreditation.Evidence;
import org.sosqa.core.accreditation.EvidenceStream;

/**
 * What the demonstration organisation adds to its accreditation self-assessment by hand, beside the
 * evidence the quality assurance streams give: its leaders' signature on the charter, its own gap
 * analysis, and an action plan whose success measures are measures of the evidence. Invented, like the
 * rest of the organisation; the measured evidence is gathered from the cycle, never written here.
 */
public final class AccreditationDemoData {

    private AccreditationDemoData() {
    }

    /** Whether the organisation's leaders have signed the charter: they have. */
    public static boolean charterSigned() {
        return true;
    }

    /**
     * The organisation's own account for its latest cycle (domain.md §4.2, an honest gap analysis).
     *
     * @param cycle the number of the latest cycle
     * @return the narrative items
     */
    public static List<Evidence> narrative(int cycle) {
        return List.of(
                Evidence.narrative(EvidenceStream.NARRATIVE, "gap-analysis", "Gap analysis", cycle,
                        "Danger statements and goals have improved in most teams, but safety plans are rarely"
                                + " reviewed with the network, and one locality team has not moved. Children's own"
                                + " words are recorded in fewer than two cases in three."),
                Evidence.narrative(EvidenceStream.NARRATIVE, "what-we-learned", "What we learned", cycle,
                        "Group supervision using the map, and practice leads joining visits, went with the"
                                + " biggest improvements. Training alone did not."));
    }

    /**
     * The action plan, each action tied to a measure of the evidence that will show it worked.
     *
     * @param reportDate the day of the report
     * @return the actions
     */
    public static List<Action> actions(LocalDate reportDate) {
        return List.of(
                new Action("a1", "Group supervision on the map in every locality team", "Head of practice",
                        reportDate.minusMonths(12), "depth.good-or-better-rate", ActionStatus.DONE),
                new Action("a2", "Family network meetings before every child protection conference", "Service manager",
                        reportDate.minusMonths(6), "breadth.family-network-meeting", ActionStatus.DONE),
                new Action("a3", "Practice lead support for the West locality team", "Practice lead",
                        reportDate.plusMonths(6), "depth.good-or-better-rate", ActionStatus.IN_PROGRESS),
                new Action("a4", "Review every safety plan with the network at least every three months",
                        "Team managers", reportDate.plusMonths(9), "breadth.safety-plan", ActionStatus.PLANNED));
    }
}
