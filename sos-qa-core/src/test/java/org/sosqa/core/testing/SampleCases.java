package org.sosqa.core.testing;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.sosqa.core.Agreement;
import org.sosqa.core.Assessment;
import org.sosqa.core.CaseEvent;
import org.sosqa.core.CaseRecord;
import org.sosqa.core.Child;
import org.sosqa.core.ChildVoiceTool;
import org.sosqa.core.ChildVoiceWork;
import org.sosqa.core.CollaborativeAudit;
import org.sosqa.core.ComplicatingFactor;
import org.sosqa.core.CriterionRating;
import org.sosqa.core.DangerStatement;
import org.sosqa.core.EventType;
import org.sosqa.core.ExistingSafety;
import org.sosqa.core.ExistingStrength;
import org.sosqa.core.FamilyPosition;
import org.sosqa.core.HarmStatement;
import org.sosqa.core.LearningAction;
import org.sosqa.core.NetworkMember;
import org.sosqa.core.NextStep;
import org.sosqa.core.Participant;
import org.sosqa.core.Person;
import org.sosqa.core.PersonKind;
import org.sosqa.core.PlanRule;
import org.sosqa.core.Role;
import org.sosqa.core.SafetyGoal;
import org.sosqa.core.SafetyPlan;
import org.sosqa.core.SafetyScale;
import org.sosqa.core.ScaleRating;
import org.sosqa.core.ServiceStage;

/** Hand-written cases for example-based tests and the documentation. The family is fictional. */
public final class SampleCases {

    private SampleCases() {
    }

    /**
     * The smallest valid case: one child, nothing else.
     *
     * @return the case
     */
    public static CaseRecord minimal() {
        return new CaseRecord("case-0001", "la-example", "team-north", "w-017", ServiceStage.EARLY_HELP,
                LocalDate.of(2024, 1, 15), null, List.of(new Child("c1", null, 6, Map.of())),
                List.of(), List.of(), List.of(), List.of());
    }

    /**
     * A case with every kind of element and every optional value given, two assessment versions, a safety
     * plan, events and an audit.
     *
     * @return the case
     */
    public static CaseRecord full() {
        List<Child> children = List.of(
                new Child("c1", 2016, null, Map.of("gender", "F", "ethnicity", "WBRI")),
                new Child("c2", null, 3, Map.of("gender", "M")));
        List<Person> people = List.of(
                new Person("p-mum", PersonKind.PARENT, "mother"),
                new Person("p-nan", PersonKind.FAMILY, "maternal grandmother"),
                new Person("p-hv", PersonKind.PROFESSIONAL, "health visitor"));
        Assessment first = new Assessment(1, LocalDate.of(2024, 2, 1),
                List.of(new Participant(Role.WORKER, null), new Participant(Role.PARENT, "p-mum")),
                List.of(new HarmStatement("h1", "In January the police were called twice when Dad hit Mum while "
                        + "the children were in the room; the older child hid under her bed and has wet the bed since.")),
                List.of(new DangerStatement("d1", "Children's services and the health visitor are worried that if "
                        + "the adults keep fighting, the children could be hurt and will stay frightened at home.",
                        new SafetyGoal("Mum and the family network will show for six months that the children are "
                                + "kept away from any fighting and feel safe at home.", null),
                        null, Agreement.PARTLY_AGREES)),
                null, List.of(), List.of(), List.of(), List.of(), List.of(), null, List.of(), null);
        Assessment second = new Assessment(2, LocalDate.of(2024, 3, 14),
                List.of(new Participant(Role.WORKER, null), new Participant(Role.PARENT, "p-mum"),
                        new Participant(Role.NETWORK_MEMBER, "p-nan"), new Participant(Role.CHILD, null)),
                List.of(new HarmStatement("h1", "In January the police were called twice when Dad hit Mum while "
                        + "the children were in the room; the older child hid under her bed and has wet the bed since.")),
                List.of(new DangerStatement("d1", "Children's services and the health visitor are worried that if "
                        + "the adults keep fighting, the children could be hurt and will stay frightened at home.",
                        new SafetyGoal("Mum and the family network will show for six months that the children are "
                                + "kept away from any fighting and feel safe at home.",
                                "We want the girls to sleep well and not be scared."),
                        new SafetyScale("Everyone knows the children are safe enough to close the case.",
                                "The children are sure to be hurt again.",
                                List.of(new ScaleRating(Role.WORKER, null, 4, "Dad has moved out but visits unannounced."),
                                        new ScaleRating(Role.PARENT, "p-mum", 7, "He is not living here now."))),
                        Agreement.AGREES)),
                new SafetyScale("The children are safe enough to close.", "The children will be hurt again.",
                        List.of(new ScaleRating(Role.WORKER, null, 5, null))),
                List.of(new ComplicatingFactor("Mum finds it hard to say no to Dad when he turns up.")),
                List.of(new ExistingStrength("The girls are at school every day and their teacher knows them well.")),
                List.of(new ExistingSafety("Last week Nan took the girls to her house when Dad arrived drunk.", "d1")),
                List.of(new NextStep("Hold a family network meeting to build the safety plan.", "social worker",
                        LocalDate.of(2024, 3, 28))),
                List.of(new NetworkMember("p-nan", "Picks the girls up if Dad arrives and checks in every evening.", true)),
                new SafetyPlan(LocalDate.of(2024, 3, 28), List.of(LocalDate.of(2024, 4, 25)), LocalDate.of(2024, 5, 23),
                        List.of(new PlanRule("r1", "If Dad comes to the house, Mum calls Nan and Nan collects the girls.",
                                List.of("p-mum", "p-nan"), List.of("d1")))),
                List.of(new ChildVoiceWork("c1", ChildVoiceTool.THREE_HOUSES, LocalDate.of(2024, 3, 5), true,
                        "I don't like it when they shout. I like it at Nan's.")),
                new FamilyPosition(Agreement.PARTLY_AGREES, "Mum agrees the shouting scares the girls."));
        return new CaseRecord("case-0042", "la-example", "team-north", "w-017", ServiceStage.CHILD_PROTECTION,
                LocalDate.of(2024, 1, 20), null, children, people, List.of(first, second),
                List.of(new CaseEvent(EventType.REFERRAL, LocalDate.of(2024, 1, 20), "c1"),
                        new CaseEvent(EventType.REFERRAL, LocalDate.of(2024, 1, 20), "c2"),
                        new CaseEvent(EventType.CP_PLAN_START, LocalDate.of(2024, 2, 8), "c1"),
                        new CaseEvent(EventType.FAMILY_NETWORK_MEETING, LocalDate.of(2024, 3, 28), null)),
                List.of(new CollaborativeAudit("audit-1", LocalDate.of(2024, 5, 2), "aud-3", "w-017", "m-2",
                        List.of(new CriterionRating("danger.family-language", 2, "The danger statement uses the family's words.")),
                        List.of(new LearningAction("Add the children's own words to the safety goal.", "practitioner",
                                LocalDate.of(2024, 6, 1))))));
    }
}
