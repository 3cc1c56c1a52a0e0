package org.sosqa.core.measure;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;

import org.sosqa.core.Assessment;
import org.sosqa.core.CaseRecord;
import org.sosqa.core.ChildVoiceTool;
import org.sosqa.core.DangerStatement;
import org.sosqa.core.EventType;
import org.sosqa.core.NextStep;
import org.sosqa.core.PersonKind;
import org.sosqa.core.SafetyPlan;
import org.sosqa.core.ServiceStage;
import org.sosqa.core.Violation;
import org.sosqa.core.internal.Pointers;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * The closed catalogue of named case tests a measure definition may use, and the reader of a test from
 * JSON. A test is written {@code "name"} (no parameters), {@code {"name": {PARAMETERS}}}, or combined:
 * {@code {"all": [TEST...]}}, {@code {"any": [TEST...]}}, {@code {"not": TEST}}. The catalogue is closed on
 * purpose: a definition file is data an organisation can share, and it cannot run code. Every test reads
 * the case as it stood on the day: its current map is the latest dated on or before the day.
 */
final class CaseConditions {

    /** Youngest age, in whole years, at which child's-voice work is expected, unless a definition says. */
    static final int DEFAULT_MIN_AGE = 4;

    private CaseConditions() {
    }

    /** The map current on a day: the latest assessment dated on or before it, or null. */
    static Assessment mapOn(CaseRecord c, LocalDate day) {
        List<Assessment> versions = c.assessments();
        for (int i = versions.size() - 1; i >= 0; i--) {
            Assessment a = versions.get(i);
            if (!a.date().isAfter(day)) {
                return a;
            }
        }
        return null;
    }

    /** Open on a day: opened on or before it and not closed by the end of it. */
    static boolean openOn(CaseRecord c, LocalDate day) {
        return !c.opened().isAfter(day) && (c.closed() == null || c.closed().isAfter(day));
    }

    /** A named test's rule: the view of the case on the day, with the case and the day for short. */
    @FunctionalInterface
    interface DayPredicate {
        boolean test(CaseDay v, CaseRecord c, LocalDate d);
    }

    /** A named test and its words. */
    record Named(String description, DayPredicate predicate) implements DayCondition {
        @Override
        public boolean test(CaseDay v) {
            return predicate.test(v, v.c(), v.day());
        }

        @Override
        public String describe() {
            return description;
        }
    }

    /** The "open" test: one instance, so the dashboard can see a measure is only about open cases. */
    static final Named OPEN = new Named("open on the day", (v, c, d) -> v.open());

    /**
     * Whether a test can pass only for a case open on the day: it is {@link #OPEN}, or all of tests one of
     * which is.
     */
    static boolean requiresOpen(CaseCondition t) {
        if (t == OPEN) {
            return true;
        }
        if (t instanceof All all) {
            for (CaseCondition inner : all.tests()) {
                if (requiresOpen(inner)) {
                    return true;
                }
            }
        }
        return false;
    }

    /** Every one of the tests. */
    record All(List<CaseCondition> tests) implements DayCondition {
        All {
            tests = List.copyOf(tests);
        }

        @Override
        public boolean test(CaseDay v) {
            for (CaseCondition t : tests) {
                if (!DayCondition.test(t, v)) {
                    return false;
                }
            }
            return true;
        }

        @Override
        public String describe() {
            return tests.stream().map(CaseCondition::describe).collect(Collectors.joining(" and ", "(", ")"));
        }
    }

    /** At least one of the tests. */
    record Any(List<CaseCondition> tests) implements DayCondition {
        Any {
            tests = List.copyOf(tests);
        }

        @Override
        public boolean test(CaseDay v) {
            for (CaseCondition t : tests) {
                if (DayCondition.test(t, v)) {
                    return true;
                }
            }
            return false;
        }

        @Override
        public String describe() {
            return tests.stream().map(CaseCondition::describe).collect(Collectors.joining(" or ", "(", ")"));
        }
    }

    /** Not the test. */
    record Not(CaseCondition inner) implements DayCondition {
        @Override
        public boolean test(CaseDay v) {
            return !DayCondition.test(inner, v);
        }

        @Override
        public String describe() {
            return "not " + inner.describe();
        }
    }

    /** One entry of the catalogue: its parameters, and how a test is made from their values. */
    private record Entry(String summary, Map<String, Param> params, Maker maker) {
    }

    /** A parameter: its kind, and its default (null when required). */
    private record Param(Kind kind, Object fallback, String summary) {
    }

    private enum Kind {
        DAYS, COUNT, AGE, TOOL, EVENT, STAGES, BOOLEAN, POINTER, ANY_VALUE
    }

    @FunctionalInterface
    private interface Maker {
        CaseCondition make(Map<String, Object> p);
    }

    /** Marks an optional parameter that was not given and has no default value. */
    static final Object MISSING = new Object();

    private static final Map<String, Entry> CATALOGUE = catalogue();

    /** The names in the catalogue with one line each, for docs and error messages. */
    static Map<String, String> names() {
        Map<String, String> out = new TreeMap<>();
        CATALOGUE.forEach((k, v) -> out.put(k, v.summary()));
        return out;
    }

    private static Map<String, Entry> catalogue() {
        Map<String, Entry> m = new TreeMap<>();
        m.put("always", new Entry("every case", Map.of(), p -> new Named("a case", (v, c, d) -> true)));
        m.put("open", new Entry("open on the day: opened on or before it and not closed by its end", Map.of(),
                p -> OPEN));
        m.put("service-stage", new Entry("the case's service stage is one of those listed",
                Map.of("in", new Param(Kind.STAGES, null, "service stages, e.g. [\"CHILD_PROTECTION\"]")),
                p -> {
                    @SuppressWarnings("unchecked")
                    Set<ServiceStage> in = (Set<ServiceStage>) p.get("in");
                    return new Named("service stage is " + in.stream().map(Enum::name).sorted()
                            .collect(Collectors.joining(" or ")), (v, c, d) -> in.contains(c.serviceStage()));
                }));
        m.put("current-map", new Entry("has a map (assessment and plan) dated on or before the day", Map.of(),
                p -> new Named("has a map", (v, c, d) -> v.map() != null)));
        m.put("map-age-at-most", new Entry("has a map no more than `days` days old on the day",
                Map.of("days", new Param(Kind.DAYS, null, "days")), p -> {
                    long days = (Integer) p.get("days");
                    return new Named("has a map no more than " + days + " days old", (v, c, d) -> {
                        Assessment a = v.map();
                        return a != null && ChronoUnit.DAYS.between(a.date(), d) <= days;
                    });
                }));
        m.put("danger-statements", new Entry("the current map has at least `min` danger statements",
                Map.of("min", new Param(Kind.COUNT, 1, "default 1")), p -> {
                    int min = (Integer) p.get("min");
                    return new Named(min == 1 ? "has a danger statement" : "has " + min + " or more danger statements",
                            (v, c, d) -> {
                                Assessment a = v.map();
                                return a != null && a.dangerStatements().size() >= min;
                            });
                }));
        m.put("goal-per-danger", new Entry("the current map has danger statements, each with its safety goal",
                Map.of(), p -> new Named("every danger statement has a safety goal", (v, c, d) -> everyDanger(v.map(),
                        s -> s.safetyGoal() != null && s.safetyGoal().text() != null
                                && !s.safetyGoal().text().isBlank()))));
        m.put("scale-per-danger", new Entry(
                "the current map has danger statements, each with a safety scale rated by at least one person",
                Map.of(), p -> new Named("every danger statement has a rated safety scale", (v, c, d) -> everyDanger(v.map(),
                        s -> s.scale() != null && !s.scale().ratings().isEmpty()))));
        m.put("scaled-with-family", new Entry(
                "the overall safety judgement has at least `minRatings` ratings, one from the family or network",
                Map.of("minRatings", new Param(Kind.COUNT, 2, "default 2")), p -> {
                    int min = (Integer) p.get("minRatings");
                    return new Named("scaled by " + min + " or more, including the family", (v, c, d) -> {
                        Assessment a = v.map();
                        return a != null && a.judgement() != null && a.judgement().ratings().size() >= min
                                && a.judgement().ratings().stream().anyMatch(r -> r.rater().isFamily());
                    });
                }));
        m.put("child-of-age", new Entry("the case has a child aged `minAge` or more on the day",
                Map.of("minAge", new Param(Kind.AGE, DEFAULT_MIN_AGE, "default " + DEFAULT_MIN_AGE)), p -> {
                    int age = (Integer) p.get("minAge");
                    return new Named("has a child aged " + age + " or more", (v, c, d) -> {
                        for (var k : c.children()) {
                            if (k.ageOn(d, c.opened()) >= age) {
                                return true;
                            }
                        }
                        return false;
                    });
                }));
        m.put("child-voice-each-child", new Entry(
                "the current map has child's-voice work with every child aged `minAge` or more",
                Map.of("minAge", new Param(Kind.AGE, DEFAULT_MIN_AGE, "default " + DEFAULT_MIN_AGE)), p -> {
                    int age = (Integer) p.get("minAge");
                    return new Named("child's-voice work with every child aged " + age + " or more", (v, c, d) -> {
                        Assessment a = v.map();
                        if (a == null) {
                            return false;
                        }
                        for (var k : c.children()) {
                            if (k.ageOn(d, c.opened()) >= age && !hasVoiceWork(a, k.id())) {
                                return false;
                            }
                        }
                        return true;
                    });
                }));
        m.put("child-voice-tool", new Entry("the current map has child's-voice work with the tool `tool`",
                Map.of("tool", new Param(Kind.TOOL, null, "a child's-voice tool, e.g. WORDS_AND_PICTURES")), p -> {
                    ChildVoiceTool tool = (ChildVoiceTool) p.get("tool");
                    return new Named("has " + tool.name() + " work", (v, c, d) -> {
                        Assessment a = v.map();
                        if (a != null) {
                            for (var w : a.childVoice()) {
                                if (w.tool() == tool) {
                                    return true;
                                }
                            }
                        }
                        return false;
                    });
                }));
        m.put("non-professional-network", new Entry(
                "the current map's safety network has at least `min` people who are not professionals",
                Map.of("min", new Param(Kind.COUNT, 1, "default 1")), p -> {
                    int min = (Integer) p.get("min");
                    return new Named(min == 1 ? "has a non-professional network member"
                            : "has " + min + " or more non-professional network members",
                            (v, c, d) -> networkSize(c, v.map()) >= min);
                }));
        m.put("safety-plan-agreed", new Entry("the current map has a safety plan agreed on or before the day",
                Map.of(), p -> new Named("has an agreed safety plan", (v, c, d) -> {
                    SafetyPlan plan = planOn(v.map());
                    return plan != null && plan.agreed() != null && !plan.agreed().isAfter(d);
                })));
        m.put("safety-plan-reviewed", new Entry(
                "the safety plan is agreed, reviewed within `withinDays` days before the day, and its next review, "
                        + "if set, is not overdue",
                Map.of("withinDays", new Param(Kind.DAYS, null, "days")), p -> {
                    long within = (Integer) p.get("withinDays");
                    return new Named("safety plan current and reviewed in the last " + within + " days", (v, c, d) -> {
                        SafetyPlan plan = planOn(v.map());
                        if (plan == null || plan.agreed() == null || plan.agreed().isAfter(d)) {
                            return false;
                        }
                        if (plan.nextReview() != null && plan.nextReview().isBefore(d)) {
                            return false;
                        }
                        return plan.reviews().stream().anyMatch(r -> !r.isAfter(d)
                                && ChronoUnit.DAYS.between(r, d) <= within);
                    });
                }));
        m.put("next-steps-owned", new Entry(
                "the current map has next steps, each saying who will do it (and by when, if `withDate`)",
                Map.of("withDate", new Param(Kind.BOOLEAN, Boolean.FALSE, "default false")), p -> {
                    boolean withDate = (Boolean) p.get("withDate");
                    return new Named(withDate ? "every next step says who and by when" : "every next step says who",
                            (v, c, d) -> {
                                Assessment a = v.map();
                                return a != null && !a.nextSteps().isEmpty() && a.nextSteps().stream()
                                        .allMatch(s -> owned(s) && (!withDate || s.byWhen() != null));
                            });
                }));
        m.put("event", new Entry("a case event of type `type` on or before the day (within `withinDays` days, if given)",
                Map.of("type", new Param(Kind.EVENT, null, "an event type, e.g. FAMILY_NETWORK_MEETING"),
                        "withinDays", new Param(Kind.DAYS, -1, "optional")), p -> {
                    EventType type = (EventType) p.get("type");
                    long within = (Integer) p.get("withinDays");
                    String words = "a " + type.name() + " event" + (within >= 0 ? " in the last " + within + " days" : "");
                    return new Named(words, (v, c, d) -> {
                        for (var e : c.events()) {
                            if (e.type() == type && !e.date().isAfter(d)
                                    && (within < 0 || d.toEpochDay() - e.date().toEpochDay() <= within)) {
                                return true;
                            }
                        }
                        return false;
                    });
                }));
        m.put("map-field", new Entry(
                "the value at JSON Pointer `pointer` in the current map, as its case document writes it, is present "
                        + "(not null, not an empty list) or, if `equals` is given, equal to it",
                Map.of("pointer", new Param(Kind.POINTER, null, "a JSON Pointer into the map, e.g. /familyPosition/agreement"),
                        "equals", new Param(Kind.ANY_VALUE, MISSING, "optional")),
                p -> MapField.of((String) p.get("pointer"), p.get("equals") == MISSING ? null : (JsonNode) p.get("equals"))));
        return m;
    }

    private static boolean hasVoiceWork(Assessment a, String childId) {
        for (var w : a.childVoice()) {
            if (w.childId().equals(childId)) {
                return true;
            }
        }
        return false;
    }

    private static boolean owned(NextStep s) {
        return s.who() != null && !s.who().isBlank();
    }

    private static SafetyPlan planOn(Assessment a) {
        return a == null ? null : a.safetyPlan();
    }

    private static boolean everyDanger(Assessment a, java.util.function.Predicate<DangerStatement> each) {
        if (a == null || a.dangerStatements().isEmpty()) {
            return false;
        }
        for (DangerStatement s : a.dangerStatements()) {
            if (!each.test(s)) {
                return false;
            }
        }
        return true;
    }

    /** How many of the map's safety network are people on the case who are not professionals. */
    static int networkSize(CaseRecord c, Assessment a) {
        if (a == null) {
            return 0;
        }
        int n = 0;
        for (var member : a.safetyNetwork()) {
            for (var p : c.people()) {
                if (p.id().equals(member.personId())) {
                    n += p.kind() != PersonKind.PROFESSIONAL ? 1 : 0;
                    break;
                }
            }
        }
        return n;
    }

    /**
     * Reads a test.
     *
     * @param node the JSON
     * @param at its JSON Pointer
     * @param problems where problems are added, each with its pointer
     * @return the test, or null when there were problems
     */
    static CaseCondition read(JsonNode node, String at, List<Violation> problems) {
        if (node.isTextual()) {
            return named(node.asText(), null, at, problems);
        }
        if (!node.isObject() || node.size() != 1) {
            problems.add(new Violation(at, "a test is a name (\"current-map\") or an object with exactly one "
                    + "property: a name with its parameters, or all, any or not"));
            return null;
        }
        String name = node.fieldNames().next();
        JsonNode value = node.get(name);
        String inner = Pointers.child(at, name);
        switch (name) {
            case "all", "any" -> {
                if (!value.isArray() || value.isEmpty()) {
                    problems.add(new Violation(inner, "\"" + name + "\" takes a non-empty list of tests"));
                    return null;
                }
                List<CaseCondition> tests = new ArrayList<>();
                boolean ok = true;
                for (int i = 0; i < value.size(); i++) {
                    CaseCondition t = read(value.get(i), Pointers.child(inner, i), problems);
                    ok &= t != null;
                    tests.add(t);
                }
                return !ok ? null : name.equals("all") ? new All(tests) : new Any(tests);
            }
            case "not" -> {
                CaseCondition t = read(value, inner, problems);
                return t == null ? null : new Not(t);
            }
            default -> {
                return named(name, value, at, problems);
            }
        }
    }

    private static CaseCondition named(String name, JsonNode params, String at, List<Violation> problems) {
        Entry entry = CATALOGUE.get(name);
        String paramsAt = params == null ? at : Pointers.child(at, name);
        if (entry == null) {
            problems.add(new Violation(params == null ? at : paramsAt, "unknown test \"" + name
                    + "\"; the tests are: all, any, not, " + String.join(", ", CATALOGUE.keySet())));
            return null;
        }
        if (params != null && !params.isObject()) {
            problems.add(new Violation(paramsAt, "the parameters of \"" + name + "\" are an object"));
            return null;
        }
        int before = problems.size();
        Map<String, Object> values = new TreeMap<>();
        if (params != null) {
            for (Iterator<String> it = params.fieldNames(); it.hasNext();) {
                String p = it.next();
                if (!entry.params().containsKey(p)) {
                    problems.add(new Violation(Pointers.child(paramsAt, p), "\"" + name + "\" has no parameter \"" + p
                            + "\"" + (entry.params().isEmpty() ? "; it takes none"
                                    : "; its parameters are: " + String.join(", ", new TreeMap<>(entry.params()).keySet()))));
                }
            }
        }
        for (Map.Entry<String, Param> e : new TreeMap<>(entry.params()).entrySet()) {
            JsonNode v = params == null ? null : params.get(e.getKey());
            String vAt = Pointers.child(paramsAt, e.getKey());
            if (v == null) {
                if (e.getValue().fallback() == null) {
                    problems.add(new Violation(paramsAt, "\"" + name + "\" needs the parameter \"" + e.getKey() + "\" ("
                            + e.getValue().summary() + ")"));
                } else {
                    values.put(e.getKey(), e.getValue().fallback());
                }
                continue;
            }
            Object value = param(e.getValue().kind(), v, vAt, problems);
            if (value != null) {
                values.put(e.getKey(), value);
            }
        }
        return problems.size() == before ? entry.maker().make(values) : null;
    }

    private static Object param(Kind kind, JsonNode v, String at, List<Violation> problems) {
        switch (kind) {
            case DAYS, COUNT, AGE -> {
                int max = kind == Kind.AGE ? 25 : kind == Kind.DAYS ? 36600 : 10000;
                int min = kind == Kind.COUNT ? 1 : 0;
                if (!v.isIntegralNumber() || !v.canConvertToInt() || v.asInt() < min || v.asInt() > max) {
                    problems.add(new Violation(at, "expected a whole number from " + min + " to " + max));
                    return null;
                }
                return v.asInt();
            }
            case BOOLEAN -> {
                if (!v.isBoolean()) {
                    problems.add(new Violation(at, "expected true or false"));
                    return null;
                }
                return v.asBoolean();
            }
            case TOOL -> {
                return constant(ChildVoiceTool.class, v, at, problems);
            }
            case EVENT -> {
                return constant(EventType.class, v, at, problems);
            }
            case STAGES -> {
                if (!v.isArray() || v.isEmpty()) {
                    problems.add(new Violation(at, "expected a non-empty list of service stages"));
                    return null;
                }
                Set<ServiceStage> stages = java.util.EnumSet.noneOf(ServiceStage.class);
                for (int i = 0; i < v.size(); i++) {
                    ServiceStage s = constant(ServiceStage.class, v.get(i), Pointers.child(at, i), problems);
                    if (s != null) {
                        stages.add(s);
                    }
                }
                return stages.size() == v.size() ? Set.copyOf(stages) : null;
            }
            case POINTER -> {
                if (!v.isTextual() || !(v.asText().isEmpty() || v.asText().startsWith("/"))) {
                    problems.add(new Violation(at, "expected a JSON Pointer such as \"/familyPosition/agreement\""));
                    return null;
                }
                try {
                    com.fasterxml.jackson.core.JsonPointer.compile(v.asText());
                } catch (IllegalArgumentException e) {
                    problems.add(new Violation(at, "not a valid JSON Pointer"));
                    return null;
                }
                return v.asText();
            }
            default -> {
                return v;
            }
        }
    }

    private static <E extends Enum<E>> E constant(Class<E> type, JsonNode v, String at, List<Violation> problems) {
        if (v.isTextual()) {
            for (E e : type.getEnumConstants()) {
                if (e.name().equals(v.asText())) {
                    return e;
                }
            }
        }
        problems.add(new Violation(at, "expected one of " + java.util.Arrays.stream(type.getEnumConstants())
                .map(Enum::name).collect(Collectors.joining(", "))));
        return null;
    }
}
