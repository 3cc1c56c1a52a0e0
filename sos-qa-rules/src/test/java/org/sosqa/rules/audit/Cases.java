package org.sosqa.rules.audit;

import com.fasterxml.jackson.databind.JsonNode;
import java.lang.reflect.Constructor;
import java.lang.reflect.RecordComponent;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;
import org.sosqa.core.Assessment;
import org.sosqa.core.CaseRecord;
import org.sosqa.core.CaseValidator;
import org.sosqa.core.DangerStatement;
import org.sosqa.core.ExistingSafety;
import org.sosqa.core.PlanRule;
import org.sosqa.core.SafetyGoal;
import org.sosqa.core.SafetyPlan;
import org.sosqa.core.SafetyScale;
import org.sosqa.core.SampleCase;
import org.sosqa.core.SosQaJson;
import org.sosqa.core.Violation;
import org.sosqa.rules.ReportJson;

/**
 * Test cases made from the bundled sample ({@link SampleCase#record()}, a good child protection case)
 * by changing one thing. The model's records are immutable, so each helper returns a copy.
 */
final class Cases {
    /** The sample case; its current map is version 2, at index 1. */
    static final CaseRecord SAMPLE = SampleCase.record();
    /** JSON Pointer to the sample's current map. */
    static final String MAP = "/assessments/1";
    /** The date of the sample's current map. */
    static final LocalDate MAP_DATE = SAMPLE.assessments().get(1).date();

    private Cases() {
    }

    /**
     * A copy of a record with one component replaced, by name. A misspelt name fails the test loudly.
     */
    static <R extends Record> R with(R record, String component, Object value) {
        RecordComponent[] components = record.getClass().getRecordComponents();
        Object[] args = new Object[components.length];
        Class<?>[] types = new Class<?>[components.length];
        boolean found = false;
        try {
            for (int i = 0; i < components.length; i++) {
                types[i] = components[i].getType();
                if (components[i].getName().equals(component)) {
                    args[i] = value;
                    found = true;
                } else {
                    args[i] = components[i].getAccessor().invoke(record);
                }
            }
            if (!found) {
                throw new IllegalArgumentException(record.getClass().getSimpleName() + " has no component " + component);
            }
            @SuppressWarnings("unchecked")
            Constructor<R> constructor = (Constructor<R>) record.getClass().getDeclaredConstructor(types);
            return constructor.newInstance(args);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A copy of a list with one item changed. */
    static <T> List<T> replaced(List<T> list, int index, UnaryOperator<T> edit) {
        List<T> copy = new ArrayList<>(list);
        copy.set(index, edit.apply(copy.get(index)));
        return copy;
    }

    /** A copy of a list with one item added at the end. */
    static <T> List<T> plus(List<T> list, T item) {
        List<T> copy = new ArrayList<>(list);
        copy.add(item);
        return copy;
    }

    /** A copy of a list with one item removed. */
    static <T> List<T> minus(List<T> list, int index) {
        List<T> copy = new ArrayList<>(list);
        copy.remove(index);
        return copy;
    }

    /** The sample with its current map changed. */
    static CaseRecord map(UnaryOperator<Assessment> edit) {
        return map(SAMPLE, edit);
    }

    /** A case with its current map (the last version) changed. */
    static CaseRecord map(CaseRecord record, UnaryOperator<Assessment> edit) {
        return with(record, "assessments", replaced(record.assessments(), record.assessments().size() - 1, edit));
    }

    /** The sample with one component of its current map replaced. */
    static CaseRecord mapWith(String component, Object value) {
        return map(a -> with(a, component, value));
    }

    /** The sample with one danger statement of its current map changed. */
    static CaseRecord danger(int index, UnaryOperator<DangerStatement> edit) {
        return map(a -> with(a, "dangerStatements", replaced(a.dangerStatements(), index, edit)));
    }

    /** The sample with one danger statement's text replaced. */
    static CaseRecord dangerText(int index, String text) {
        return danger(index, d -> with(d, "text", text));
    }

    /** The sample with one danger statement's safety goal changed. */
    static CaseRecord goal(int index, UnaryOperator<SafetyGoal> edit) {
        return danger(index, d -> with(d, "safetyGoal", edit.apply(d.safetyGoal())));
    }

    /** The sample with one danger statement's scale changed. */
    static CaseRecord scale(int index, UnaryOperator<SafetyScale> edit) {
        return danger(index, d -> with(d, "scale", edit.apply(d.scale())));
    }

    /** The sample with the current map's overall judgement changed. */
    static CaseRecord judgement(UnaryOperator<SafetyScale> edit) {
        return map(a -> with(a, "judgement", edit.apply(a.judgement())));
    }

    /** The sample with the current map's safety plan changed. */
    static CaseRecord plan(UnaryOperator<SafetyPlan> edit) {
        return map(a -> with(a, "safetyPlan", edit.apply(a.safetyPlan())));
    }

    /**
     * A case whose current map has no danger statements, and so nothing that refers to one: plan rules
     * address nothing and existing safety is tied to no statement.
     */
    static CaseRecord withoutDangers(CaseRecord record) {
        return map(record, a -> {
            Assessment out = with(a, "dangerStatements", List.of());
            List<ExistingSafety> safety = a.existingSafety().stream().map(s -> with(s, "dangerStatementId", null)).toList();
            out = with(out, "existingSafety", safety);
            if (a.safetyPlan() != null) {
                List<PlanRule> rules = a.safetyPlan().rules().stream().map(r -> with(r, "addresses", List.of())).toList();
                out = with(out, "safetyPlan", with(a.safetyPlan(), "rules", rules));
            }
            return out;
        });
    }

    /** The danger statement d-2 of the sample under a new id, to make a map with more statements. */
    static DangerStatement copyOfSecondDanger(String id) {
        return with(SAMPLE.assessments().get(1).dangerStatements().get(1), "id", id);
    }

    /** The problems {@link CaseValidator} finds: a test case must have none, or it tests nothing real. */
    static List<Violation> problems(CaseRecord record) {
        return CaseValidator.validate(record);
    }

    /** The text at a JSON Pointer of a case's document, or null where there is no text there. */
    static String textAt(CaseRecord record, String pointer) {
        JsonNode node = tree(record).at(pointer);
        return node.isTextual() ? node.asText() : null;
    }

    /** The case's JSON document as a tree. */
    static JsonNode tree(CaseRecord record) {
        try {
            return ReportJson.mapper().readTree(SosQaJson.toJson(record));
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
