package org.sosqa.core.internal;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;
import org.sosqa.core.Assessment;
import org.sosqa.core.CaseEvent;
import org.sosqa.core.CaseRecord;
import org.sosqa.core.Child;
import org.sosqa.core.ChildVoiceWork;
import org.sosqa.core.DangerStatement;
import org.sosqa.core.ExistingSafety;
import org.sosqa.core.Identifier;
import org.sosqa.core.NetworkMember;
import org.sosqa.core.Participant;
import org.sosqa.core.PlanRule;
import org.sosqa.core.SafetyPlan;
import org.sosqa.core.SafetyScale;
import org.sosqa.core.ScaleRating;
import org.sosqa.core.Violation;

/**
 * The rules no single field can check: identifiers unique in their scope, references that resolve,
 * versions and dates in order. Each violation points at the offending value. Null-safe throughout, since
 * a record built in code may also break the field constraints, which {@link BeanValidation} reports.
 * Identifiers are repeated in messages only when they are well-formed; a malformed one is already
 * reported, and might be text typed in the wrong box.
 */
final class CrossFieldRules {

    private static final Pattern ID = Pattern.compile(Identifier.PATTERN);

    private final CaseRecord record;
    private final List<Violation> out = new java.util.ArrayList<>();
    private final Set<String> people = new HashSet<>();
    private final Set<String> children = new HashSet<>();

    private CrossFieldRules(CaseRecord record) {
        this.record = record;
    }

    static List<Violation> check(CaseRecord record) {
        CrossFieldRules rules = new CrossFieldRules(record);
        rules.run();
        return rules.out;
    }

    private void run() {
        unique("", "children", record.children(), Child::id, "child", children);
        unique("", "people", record.people(), p -> p == null ? null : p.id(), "person", people);
        unique("", "audits", record.audits(), a -> a == null ? null : a.id(), "audit", new HashSet<>());
        if (record.opened() != null && record.closed() != null && record.closed().isBefore(record.opened())) {
            add("/closed", "\"closed\" is before \"opened\": a case cannot close before it opens");
        }
        for (int i = 0; i < record.children().size(); i++) {
            Child c = record.children().get(i);
            if (c != null && c.yearOfBirth() == null && c.age() == null) {
                add("/children/" + i, "child" + named(c.id()) + " needs \"yearOfBirth\" or \"age\": neither is given");
            }
        }
        Assessment previous = null;
        for (int i = 0; i < record.assessments().size(); i++) {
            Assessment a = record.assessments().get(i);
            if (a == null) {
                continue;
            }
            String at = "/assessments/" + i;
            if (previous != null) {
                order(at, previous, a);
            }
            assessment(at, a);
            previous = a;
        }
        for (int i = 0; i < record.events().size(); i++) {
            CaseEvent e = record.events().get(i);
            if (e != null) {
                child("/events/" + i + "/childId", e.childId());
            }
        }
    }

    private void order(String at, Assessment previous, Assessment a) {
        if (a.version() <= previous.version()) {
            add(at + "/version", "assessment version " + a.version() + " follows version " + previous.version()
                    + ": versions must strictly increase, oldest first");
        }
        if (a.date() != null && previous.date() != null && a.date().isBefore(previous.date())) {
            add(at + "/date", "assessment version " + a.version() + " is dated before the version listed before it"
                    + ": versions must be in date order, oldest first");
        }
    }

    private void assessment(String at, Assessment a) {
        Set<String> statementIds = new HashSet<>();
        unique(at, "harmStatements", a.harmStatements(), h -> h == null ? null : h.id(), "statement", statementIds);
        Set<String> dangers = new HashSet<>();
        for (DangerStatement d : a.dangerStatements()) {
            if (d != null && d.id() != null) {
                dangers.add(d.id());
            }
        }
        unique(at, "dangerStatements", a.dangerStatements(), d -> d == null ? null : d.id(), "statement", statementIds);
        for (int i = 0; i < a.participants().size(); i++) {
            Participant p = a.participants().get(i);
            if (p != null) {
                person(at + "/participants/" + i + "/personId", p.personId());
            }
        }
        for (int i = 0; i < a.dangerStatements().size(); i++) {
            DangerStatement d = a.dangerStatements().get(i);
            if (d != null) {
                scale(at + "/dangerStatements/" + i + "/scale", d.scale());
            }
        }
        scale(at + "/judgement", a.judgement());
        for (int i = 0; i < a.existingSafety().size(); i++) {
            ExistingSafety s = a.existingSafety().get(i);
            if (s != null) {
                danger(at + "/existingSafety/" + i + "/dangerStatementId", s.dangerStatementId(), dangers);
            }
        }
        for (int i = 0; i < a.safetyNetwork().size(); i++) {
            NetworkMember m = a.safetyNetwork().get(i);
            if (m != null) {
                person(at + "/safetyNetwork/" + i + "/personId", m.personId());
            }
        }
        for (int i = 0; i < a.childVoice().size(); i++) {
            ChildVoiceWork w = a.childVoice().get(i);
            if (w != null) {
                child(at + "/childVoice/" + i + "/childId", w.childId());
            }
        }
        if (a.safetyPlan() != null) {
            plan(at + "/safetyPlan", a.safetyPlan(), dangers);
        }
    }

    private void plan(String at, SafetyPlan plan, Set<String> dangers) {
        unique(at, "rules", plan.rules(), r -> r == null ? null : r.id(), "plan rule", new HashSet<>());
        for (int i = 0; i < plan.rules().size(); i++) {
            PlanRule rule = plan.rules().get(i);
            if (rule == null) {
                continue;
            }
            String ruleAt = at + "/rules/" + i;
            for (int k = 0; k < rule.keptBy().size(); k++) {
                person(ruleAt + "/keptBy/" + k, rule.keptBy().get(k));
            }
            for (int k = 0; k < rule.addresses().size(); k++) {
                danger(ruleAt + "/addresses/" + k, rule.addresses().get(k), dangers);
            }
        }
        LocalDate last = null;
        for (int i = 0; i < plan.reviews().size(); i++) {
            LocalDate review = plan.reviews().get(i);
            if (review == null) {
                continue;
            }
            if (last != null && review.isBefore(last)) {
                add(at + "/reviews/" + i, "this review is dated before the review listed before it"
                        + ": reviews must be listed in date order, oldest first");
            }
            last = review;
        }
    }

    private void scale(String at, SafetyScale scale) {
        if (scale == null) {
            return;
        }
        for (int i = 0; i < scale.ratings().size(); i++) {
            ScaleRating r = scale.ratings().get(i);
            if (r != null) {
                person(at + "/ratings/" + i + "/personId", r.personId());
            }
        }
    }

    private void person(String at, String id) {
        if (wellFormed(id) && !people.contains(id)) {
            add(at, "\"" + id + "\" is not one of the case's people: add a person with this id to \"people\"");
        }
    }

    private void child(String at, String id) {
        if (wellFormed(id) && !children.contains(id)) {
            add(at, "\"" + id + "\" is not one of the case's children");
        }
    }

    private void danger(String at, String id, Set<String> dangers) {
        if (wellFormed(id) && !dangers.contains(id)) {
            add(at, "\"" + id + "\" is not a danger statement of this assessment version");
        }
    }

    /**
     * Reports the second and later uses of an id within {@code seen}, which may be shared by several lists
     * (harm and danger statements share one scope per version), and records every id in it.
     */
    private <T> void unique(String at, String list, List<T> items, Function<T, String> id, String what, Set<String> seen) {
        Map<String, Integer> first = new HashMap<>();
        for (int i = 0; i < items.size(); i++) {
            T item = items.get(i);
            String value = item == null ? null : id.apply(item);
            if (value == null) {
                continue;
            }
            if (!seen.add(value) && wellFormed(value)) {
                Integer earlier = first.get(value);
                add(at + "/" + list + "/" + i + "/id", "duplicate " + what + " id \"" + value + "\""
                        + (earlier != null ? ": also used at " + at + "/" + list + "/" + earlier
                        : ": already used by another statement of this version") + "; ids must be unique");
            }
            first.putIfAbsent(value, i);
        }
    }

    private static boolean wellFormed(String id) {
        return id != null && ID.matcher(id).matches();
    }

    private static String named(String id) {
        return wellFormed(id) ? " \"" + id + "\"" : "";
    }

    private void add(String path, String message) {
        out.add(new Violation(path, message));
    }
}
