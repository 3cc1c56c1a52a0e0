package org.sosqa.examples.demo;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.sosqa.core.ServiceStage;

/**
 * A team and how its practice is set to behave in the generator: where its practice starts, how fast it
 * improves, and its mix of work. The report never sees these numbers; it finds them again from the cases.
 *
 * @param team the team
 * @param start the chance that any one element of practice is done well, on the first day of the period
 * @param improvement how much that chance rises each year
 * @param stages the service stages of its cases, repeated to weight them
 */
record TeamProfile(DemoTeam team, double start, double improvement, List<ServiceStage> stages) {

    private static final List<ServiceStage> LOCALITY = List.of(ServiceStage.CHILD_IN_NEED, ServiceStage.CHILD_IN_NEED,
            ServiceStage.CHILD_IN_NEED, ServiceStage.CHILD_PROTECTION, ServiceStage.CHILD_PROTECTION);

    static List<TeamProfile> all() {
        return List.of(
                new TeamProfile(new DemoTeam("team-north", "North locality", "Child in need and child protection"),
                        0.60, 0.05, LOCALITY),
                new TeamProfile(new DemoTeam("team-south", "South locality", "Child in need and child protection"),
                        0.30, 0.12, LOCALITY),
                new TeamProfile(new DemoTeam("team-east", "East locality", "Child in need and child protection"),
                        0.45, 0.07, LOCALITY),
                new TeamProfile(new DemoTeam("team-west", "West locality", "Child in need and child protection"),
                        0.22, 0.03, LOCALITY),
                new TeamProfile(new DemoTeam("team-front-door", "Assessment and front door", "Assessments after referral"),
                        0.40, 0.08, List.of(ServiceStage.CHILD_IN_NEED, ServiceStage.CHILD_IN_NEED,
                                ServiceStage.CHILD_PROTECTION)),
                new TeamProfile(new DemoTeam("team-protection", "Child protection and court", "Child protection plans and pre-proceedings"),
                        0.48, 0.09, List.of(ServiceStage.CHILD_PROTECTION)),
                new TeamProfile(new DemoTeam("team-in-care", "Children in care", "Children looked after and care leavers"),
                        0.35, 0.10, List.of(ServiceStage.CHILD_LOOKED_AFTER, ServiceStage.CHILD_LOOKED_AFTER,
                                ServiceStage.CARE_LEAVER)),
                new TeamProfile(new DemoTeam("team-early-help", "Early help", "Family support before statutory services"),
                        0.55, 0.06, List.of(ServiceStage.EARLY_HELP)));
    }

    /** The chance an element of practice is done well on a date, before the case's own variation. */
    double qualityOn(LocalDate date) {
        double years = ChronoUnit.DAYS.between(DemoOrganisationGenerator.PERIOD_START, date) / 365.25;
        return start + improvement * Math.max(-0.5, years);
    }
}
