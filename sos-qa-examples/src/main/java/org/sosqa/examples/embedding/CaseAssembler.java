package org.sosqa.examples.embedding;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.sosqa.core.Agreement;
import org.sosqa.core.Assessment;
import org.sosqa.core.CaseEvent;
import org.sosqa.core.CaseRecord;
import org.sosqa.core.CaseValidator;
import org.sosqa.core.Child;
import org.sosqa.core.ComplicatingFactor;
import org.sosqa.core.DangerStatement;
import org.sosqa.core.EventType;
import org.sosqa.core.ExistingSafety;
import org.sosqa.core.ExistingStrength;
import org.sosqa.core.FamilyPosition;
import org.sosqa.core.HarmStatement;
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
import org.sosqa.core.Violation;

/**
 * Builds one case's {@link CaseRecord} from its rows, registering where each part came from so that
 * problems can be reported in the vendor's terms. One instance a case; not thread-safe.
 */
final class CaseAssembler {
    /** The vendor's service-stage codes. */
    private static final Map<String, ServiceStage> STAGES = Map.of(
            "EH", ServiceStage.EARLY_HELP,
            "CIN", ServiceStage.CHILD_IN_NEED,
            "CP", ServiceStage.CHILD_PROTECTION,
            "LAC", ServiceStage.CHILD_LOOKED_AFTER,
            "CL", ServiceStage.CARE_LEAVER);
    /** The vendor's codes for the family's agreement. */
    private static final Map<String, Agreement> AGREEMENTS = Map.of(
            "AGREES", Agreement.AGREES,
            "PARTLY", Agreement.PARTLY_AGREES,
            "DISAGREES", Agreement.DISAGREES);

    private final String caseId;
    private final Map<String, List<Row>> rows;
    private final Locations locations = new Locations();
    // Problems found while mapping, by location; the first problem at a location wins.
    private final Map<String, String> problems = new LinkedHashMap<>();

    CaseAssembler(String caseId, Map<String, List<Row>> rows) {
        this.caseId = caseId;
        this.rows = rows;
    }

    MappedCase assemble() {
        Row row = rows.get("cases").get(0);
        String at = VendorCaseMapper.caseLocation(caseId);
        locations.row("", at, Map.of("id", "case_id", "organisation", "organisation_id", "team", "team_id",
                "worker", "worker_id", "serviceStage", "service_stage", "opened", "opened_on", "closed", "closed_on"));
        CaseRecord record = new CaseRecord(
                row.string("case_id"),
                row.string("organisation_id"),
                row.string("team_id"),
                row.string("worker_id"),
                code(STAGES, row.string("service_stage"), at + ".service_stage"),
                row.date("opened_on"),
                row.date("closed_on"),
                children(at),
                people(at),
                assessments(at),
                events(at),
                List.of());
        for (Violation violation : CaseValidator.validate(record)) {
            problems.putIfAbsent(locations.locate(violation.path()), violation.message());
        }
        if (problems.isEmpty()) {
            return new MappedCase.Valid(caseId, row.timestamp("updated_at"), record);
        }
        List<VendorProblem> found = new ArrayList<>();
        problems.forEach((location, message) -> found.add(new VendorProblem(location, message)));
        return new MappedCase.Invalid(caseId, row.timestamp("updated_at"), found);
    }

    private List<Child> children(String at) {
        List<Child> children = new ArrayList<>();
        for (Row row : rows.get("children")) {
            locations.row("/children/" + children.size(), at + ".children[child_id=" + row.string("child_id") + "]",
                    Map.of("id", "child_id", "yearOfBirth", "year_of_birth", "age", "age_at_open",
                            "characteristics/gender", "gender", "characteristics/ethnicity", "ethnicity"));
            Map<String, String> characteristics = new TreeMap<>();
            putIfPresent(characteristics, "gender", row.string("gender"));
            putIfPresent(characteristics, "ethnicity", row.string("ethnicity"));
            children.add(new Child(row.string("child_id"), row.integer("year_of_birth"), row.integer("age_at_open"), characteristics));
        }
        return children;
    }

    private List<Person> people(String at) {
        List<Person> people = new ArrayList<>();
        for (Row row : rows.get("people")) {
            String location = at + ".people[person_id=" + row.string("person_id") + "]";
            locations.row("/people/" + people.size(), location, Map.of("id", "person_id", "kind", "kind", "relationship", "relationship"));
            people.add(new Person(row.string("person_id"), name(PersonKind.class, row.string("kind"), location + ".kind"),
                    row.string("relationship")));
        }
        return people;
    }

    private List<Assessment> assessments(String at) {
        List<Assessment> assessments = new ArrayList<>();
        for (Row row : rows.get("assessments")) {
            int version = row.integer("version");
            String pointer = "/assessments/" + assessments.size();
            String location = at + ".assessments[version=" + version + "]";
            locations.row(pointer, location, Map.of("version", "version", "date", "assessed_on",
                    "familyPosition/agreement", "family_agreement", "familyPosition/inTheirWords", "family_words"));
            List<DangerStatement> dangers = dangers(version, pointer, location);
            Map<String, List<Object>> items = mapItems(version, pointer, location);
            assessments.add(new Assessment(
                    version,
                    row.date("assessed_on"),
                    participants(version, pointer, location),
                    harms(version, pointer, location),
                    dangers,
                    scale(version, 0, row.string("judgement_ten"), row.string("judgement_zero"), pointer + "/judgement", location,
                            Map.of("tenMeans", "judgement_ten", "zeroMeans", "judgement_zero")),
                    cast(items.get("COMPLICATING")),
                    cast(items.get("STRENGTH")),
                    cast(items.get("EXISTING_SAFETY")),
                    cast(items.get("NEXT_STEP")),
                    network(version, pointer, location),
                    plan(version, pointer, location),
                    List.of(),   // this vendor records no child's-voice work
                    familyPosition(row, location)));
        }
        return assessments;
    }

    private List<Participant> participants(int version, String pointer, String location) {
        List<Participant> participants = new ArrayList<>();
        for (Row row : of("participants", version)) {
            String here = location + ".participants[position=" + row.integer("position") + "]";
            locations.row(pointer + "/participants/" + participants.size(), here, Map.of("role", "role", "personId", "person_id"));
            participants.add(new Participant(name(Role.class, row.string("role"), here + ".role"), row.string("person_id")));
        }
        return participants;
    }

    private List<HarmStatement> harms(int version, String pointer, String location) {
        List<HarmStatement> harms = new ArrayList<>();
        for (Row row : of("harm_statements", version)) {
            int position = row.integer("position");
            locations.row(pointer + "/harmStatements/" + harms.size(), location + ".harm_statements[position=" + position + "]",
                    Map.of("id", "position", "text", "text"));
            harms.add(new HarmStatement("h-" + position, row.string("text")));
        }
        return harms;
    }

    private List<DangerStatement> dangers(int version, String pointer, String location) {
        List<DangerStatement> dangers = new ArrayList<>();
        for (Row row : of("danger_statements", version)) {
            int position = row.integer("position");
            String here = location + ".danger_statements[position=" + position + "]";
            String at = pointer + "/dangerStatements/" + dangers.size();
            locations.row(at, here, Map.of("id", "position", "text", "text", "safetyGoal/text", "goal_text",
                    "safetyGoal/familyGoal", "family_goal", "scale/tenMeans", "scale_ten", "scale/zeroMeans", "scale_zero",
                    "familyAgreement", "family_agreement"));
            dangers.add(new DangerStatement(
                    dangerId(position),
                    row.string("text"),
                    new SafetyGoal(row.string("goal_text"), row.string("family_goal")),
                    scale(version, position, row.string("scale_ten"), row.string("scale_zero"), at + "/scale", here, Map.of()),
                    row.string("family_agreement") == null ? null
                            : code(AGREEMENTS, row.string("family_agreement"), here + ".family_agreement")));
        }
        return dangers;
    }

    /** A scale from its anchors and its ratings; none where neither was recorded. */
    private SafetyScale scale(int version, int dangerPosition, String ten, String zero, String pointer, String location,
            Map<String, String> anchorColumns) {
        if (!anchorColumns.isEmpty()) {
            locations.row(pointer, location, anchorColumns);
        }
        List<ScaleRating> ratings = new ArrayList<>();
        for (Row row : of("scale_ratings", version)) {
            if (row.integer("danger_position") != dangerPosition) {
                continue;
            }
            String here = location.replaceAll("\\.danger_statements\\[.*$", "") + ".scale_ratings[danger_position=" + dangerPosition
                    + ",position=" + row.integer("position") + "]";
            locations.row(pointer + "/ratings/" + ratings.size(), here,
                    Map.of("rater", "rater_role", "personId", "person_id", "score", "score", "reasons", "reasons"));
            ratings.add(new ScaleRating(name(Role.class, row.string("rater_role"), here + ".rater_role"), row.string("person_id"),
                    row.integer("score"), row.string("reasons")));
        }
        return ten == null && zero == null && ratings.isEmpty() ? null : new SafetyScale(ten, zero, ratings);
    }

    /** The generic map_items table, split into the map's lists by section. */
    private Map<String, List<Object>> mapItems(int version, String pointer, String location) {
        Map<String, List<Object>> items = new LinkedHashMap<>();
        for (String section : List.of("COMPLICATING", "STRENGTH", "EXISTING_SAFETY", "NEXT_STEP")) {
            items.put(section, new ArrayList<>());
        }
        for (Row row : of("map_items", version)) {
            String here = location + ".map_items[position=" + row.integer("position") + "]";
            String section = row.string("section");
            List<Object> list = items.get(section);
            if (list == null) {
                problems.putIfAbsent(here + ".section", "unknown map section \"" + section
                        + "\": expected COMPLICATING, STRENGTH, EXISTING_SAFETY or NEXT_STEP");
                continue;
            }
            String text = row.string("text");
            switch (section) {
                case "COMPLICATING" -> {
                    locations.row(pointer + "/complicatingFactors/" + list.size(), here, Map.of("text", "text"));
                    list.add(new ComplicatingFactor(text));
                }
                case "STRENGTH" -> {
                    locations.row(pointer + "/strengths/" + list.size(), here, Map.of("text", "text"));
                    list.add(new ExistingStrength(text));
                }
                case "EXISTING_SAFETY" -> {
                    locations.row(pointer + "/existingSafety/" + list.size(), here,
                            Map.of("text", "text", "dangerStatementId", "danger_position"));
                    Integer danger = row.integer("danger_position");
                    list.add(new ExistingSafety(text, danger == null ? null : dangerId(danger)));
                }
                default -> {
                    locations.row(pointer + "/nextSteps/" + list.size(), here, Map.of("what", "text", "who", "who", "byWhen", "due_on"));
                    list.add(new NextStep(text, row.string("who"), row.date("due_on")));
                }
            }
        }
        return items;
    }

    private List<NetworkMember> network(int version, String pointer, String location) {
        List<NetworkMember> network = new ArrayList<>();
        for (Row row : of("network_members", version)) {
            locations.row(pointer + "/safetyNetwork/" + network.size(), location + ".network_members[person_id=" + row.string("person_id") + "]",
                    Map.of("personId", "person_id", "role", "network_role", "knowsTheWorries", "knows_worries"));
            network.add(new NetworkMember(row.string("person_id"), row.string("network_role"), row.bool("knows_worries")));
        }
        return network;
    }

    private SafetyPlan plan(int version, String pointer, String location) {
        List<Row> plans = of("safety_plans", version);
        if (plans.isEmpty()) {
            return null;
        }
        Row plan = plans.get(0);
        String at = pointer + "/safetyPlan";
        locations.row(at, location + ".safety_plans", Map.of("agreed", "agreed_on", "nextReview", "next_review_on", "reviews", "last_review_on"));
        List<PlanRule> rules = new ArrayList<>();
        for (Row row : of("plan_rules", version)) {
            int position = row.integer("position");
            String here = location + ".plan_rules[position=" + position + "]";
            locations.row(at + "/rules/" + rules.size(), here, Map.of("id", "position", "text", "text", "keptBy", "kept_by", "addresses", "addresses"));
            List<String> addresses = new ArrayList<>();
            for (String item : list(row.string("addresses"))) {
                if (item.chars().allMatch(Character::isDigit) && !item.isEmpty() && item.length() < 6) {
                    addresses.add(dangerId(Integer.parseInt(item)));
                } else {
                    problems.putIfAbsent(here + ".addresses", "not a comma-separated list of danger statement positions");
                }
            }
            rules.add(new PlanRule("r-" + position, row.string("text"), list(row.string("kept_by")), addresses));
        }
        LocalDate lastReview = plan.date("last_review_on");
        return new SafetyPlan(plan.date("agreed_on"), lastReview == null ? List.of() : List.of(lastReview),
                plan.date("next_review_on"), rules);
    }

    private FamilyPosition familyPosition(Row row, String location) {
        String agreement = row.string("family_agreement");
        return agreement == null ? null
                : new FamilyPosition(code(AGREEMENTS, agreement, location + ".family_agreement"), row.string("family_words"));
    }

    private List<CaseEvent> events(String at) {
        List<CaseEvent> events = new ArrayList<>();
        for (Row row : rows.get("events")) {
            String here = at + ".events[event_id=" + row.string("event_id") + "]";
            locations.row("/events/" + events.size(), here, Map.of("type", "event_type", "date", "event_date", "childId", "child_id"));
            events.add(new CaseEvent(name(EventType.class, row.string("event_type"), here + ".event_type"), row.date("event_date"),
                    row.string("child_id")));
        }
        return events;
    }

    private List<Row> of(String table, int version) {
        return rows.get(table).stream().filter(r -> r.integer("version") == version).toList();
    }

    private static String dangerId(int position) {
        return "d-" + position;
    }

    private static List<String> list(String commaSeparated) {
        if (commaSeparated == null || commaSeparated.isBlank()) {
            return List.of();
        }
        return List.of(commaSeparated.strip().split("\\s*,\\s*"));
    }

    private static void putIfPresent(Map<String, String> map, String key, String value) {
        if (value != null) {
            map.put(key, value);
        }
    }

    @SuppressWarnings("unchecked")
    private static <T> List<T> cast(List<Object> list) {
        return (List<T>) (List<?>) list;
    }

    /** A vendor code through its table; null (and a problem at the column) when the code is unknown. */
    private <T> T code(Map<String, T> codes, String code, String location) {
        T value = code == null ? null : codes.get(code.strip().toUpperCase(Locale.ROOT));
        if (value == null && code != null) {
            problems.putIfAbsent(location, "unknown code \"" + code + "\": expected one of " + new TreeMap<>(codes).keySet());
        }
        return value;
    }

    /** An enum stored by name; null (and a problem at the column) when the name is unknown. */
    private <E extends Enum<E>> E name(Class<E> type, String name, String location) {
        if (name == null) {
            return null;
        }
        for (E constant : type.getEnumConstants()) {
            if (constant.name().equalsIgnoreCase(name.strip())) {
                return constant;
            }
        }
        problems.putIfAbsent(location, "unknown " + type.getSimpleName() + " \"" + name + "\"");
        return null;
    }
}
