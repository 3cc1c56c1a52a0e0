package org.sosqa.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.sosqa.core.DocumentFixture.assertHas;
import static org.sosqa.core.DocumentFixture.assertOnly;
import static org.sosqa.core.DocumentFixture.full;
import static org.sosqa.core.DocumentFixture.json;
import static org.sosqa.core.DocumentFixture.minimal;
import static org.sosqa.core.DocumentFixture.remove;
import static org.sosqa.core.DocumentFixture.set;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.sosqa.core.testing.SampleCases;

/** What reading reports for each kind of bad document, and what it accepts. */
class SosQaJsonReadingTest {

    @Test
    void readsTheSamples() {
        assertEquals(SampleCases.full(), SosQaJson.readCase(SosQaJson.toJson(SampleCases.full())));
        assertEquals(SampleCases.minimal(), SosQaJson.readCase(new ByteArrayInputStream(
                SosQaJson.toJson(SampleCases.minimal()).getBytes(StandardCharsets.UTF_8))));
    }

    @Test
    void unknownPropertyIsNamedAndListsTheAllowedOnes() {
        ObjectNode doc = set(full(), "/children/0/nickname", "Sunny");
        Violation v = assertOnly(doc, "/children/0/nickname", "unknown property \"nickname\"",
                "id, yearOfBirth, age, characteristics", "lenient");
        assertFalse(v.message().contains("Sunny"), v.toString());
    }

    @Test
    void lenientModeIgnoresUnknownProperties() {
        ObjectNode doc = set(full(), "/children/0/nickname", "Sunny");
        set(doc, "/vendorExtension", json("{\"anything\": [1, 2]}"));
        ValidationResult result = SosQaJson.reader().lenient(true).check(doc.toString());
        assertEquals(List.of(), result.violations());
        assertEquals(SampleCases.full(), result.caseRecord().orElseThrow());
        assertTrue(SosQaJson.reader().lenient(true).isLenient());
        assertFalse(SosQaJson.reader().isLenient());
    }

    @Test
    void lenientModeStillReportsEverythingElse() {
        ObjectNode doc = set(full(), "/children/0/nickname", "Sunny");
        set(doc, "/children/0/age", "seven");
        List<Violation> violations = SosQaJson.reader().lenient(true).check(doc.toString()).violations();
        assertEquals(List.of(new Violation("/children/0/age", "\"age\" must be an integer, found a string")), violations);
    }

    @Test
    void malformedJsonGivesLineAndColumn() {
        String doc = "{\n  \"schemaVersion\": \"1.0\",\n  \"id\": ,\n}";
        List<Violation> violations = SosQaJson.check(doc).violations();
        assertEquals(1, violations.size(), violations.toString());
        assertEquals("", violations.get(0).path());
        assertTrue(violations.get(0).message().contains("line 3, column 9"), violations.toString());
    }

    @Test
    void malformedJsonMessagesDoNotRepeatTheText() {
        Violation v = SosQaJson.check("{\"schemaVersion\": \"1.0\",\n  \"id\": Alice Smith}").violations().get(0);
        assertTrue(v.message().contains("line 2, column"), v.toString());
        assertFalse(v.message().contains("Alice"), v.toString());
    }

    @Test
    void truncatedDocumentSaysItEndsTooSoon() {
        String json = SosQaJson.toJson(SampleCases.full());
        Violation v = SosQaJson.check(json.substring(0, json.length() / 2)).violations().get(0);
        assertTrue(v.message().contains("ends too soon"), v.toString());
    }

    @Test
    void exactlyOneDocumentPerInput() {
        String json = SosQaJson.toJson(SampleCases.minimal());
        Violation v = SosQaJson.check(json + json).violations().get(0);
        assertTrue(v.message().contains("unexpected content after the end"), v.toString());
    }

    @Test
    void duplicatePropertiesAreRefused() {
        String json = SosQaJson.toJson(SampleCases.minimal()).replace("\"id\": \"case-0001\",",
                "\"id\": \"case-0001\", \"id\": \"case-0002\",");
        Violation v = SosQaJson.check(json).violations().get(0);
        assertTrue(v.message().contains("\"id\" appears twice"), v.toString());
    }

    @Test
    void theDocumentMustBeAnObject() {
        assertEquals(List.of(new Violation("", "a case document must be a JSON object, found an array")),
                SosQaJson.check("[1, 2]").violations());
        assertTrue(SosQaJson.check("").violations().get(0).message().contains("empty"));
    }

    @Test
    void notUtf8IsReportedWithItsPlace() {
        byte[] bytes = "{\n  \"schemaVersion\": \"1.0\", \"x\": \"\u00ff\"}".getBytes(StandardCharsets.ISO_8859_1);
        Violation v = SosQaJson.check(new ByteArrayInputStream(bytes)).violations().get(0);
        assertTrue(v.message().contains("not valid UTF-8") && v.message().contains("line 2"), v.toString());
    }

    @Test
    void byteOrderMarkAndWindowsLineEndsAreAccepted() {
        String json = SosQaJson.toJson(SampleCases.full());
        assertTrue(SosQaJson.check("\uFEFF" + json.replace("\n", "\r\n")).valid());
    }

    @Test
    void schemaVersionIsRequired() {
        ObjectNode doc = remove(minimal(), "/schemaVersion");
        assertOnly(doc, "/schemaVersion", "required property \"schemaVersion\" is missing", "1.0");
    }

    @Test
    void missingSchemaVersionDoesNotHideOtherProblems() {
        ObjectNode doc = remove(minimal(), "/schemaVersion");
        set(doc, "/children/0/age", json("30"));
        assertEquals(List.of("/schemaVersion", "/children/0/age"),
                DocumentFixture.check(doc).stream().map(Violation::path).toList());
    }

    @Test
    void anotherMajorVersionIsRefusedAlone() {
        ObjectNode doc = set(minimal(), "/schemaVersion", "2.0");
        set(doc, "/children/0/age", json("30"));
        assertOnly(doc, "/schemaVersion", "\"2.0\" is not supported", "1.x");
    }

    @Test
    void malformedSchemaVersionIsExplained() {
        assertOnly(set(minimal(), "/schemaVersion", "1"), "/schemaVersion", "MAJOR.MINOR");
        assertOnly(set(minimal(), "/schemaVersion", json("1.0")), "/schemaVersion", "must be a string");
    }

    @Test
    void laterMinorVersionIsReadAndItsNewPropertiesIgnored() {
        ObjectNode doc = set(full(), "/schemaVersion", "1.4");
        set(doc, "/children/0/pronouns", "she/her");
        ValidationResult result = SosQaJson.check(doc.toString());
        assertEquals(List.of(), result.violations());
        assertEquals(SampleCases.full(), result.caseRecord().orElseThrow());
    }

    @Test
    void typeErrorsNameTheExpectedType() {
        assertOnly(set(full(), "/children/0/age", "seven"), "/children/0/age", "must be an integer, found a string");
        assertOnly(set(full(), "/people", json("{}")), "/people", "must be an array, found an object");
        assertOnly(set(full(), "/assessments/1/childVoice/0/sharedWithChild", "yes"),
                "/assessments/1/childVoice/0/sharedWithChild", "must be a boolean");
    }

    @Test
    void nullIsRefusedWithAHint() {
        assertOnly(set(full(), "/closed", json("null")), "/closed", "is null", "leave an optional property out");
    }

    @Test
    void missingRequiredPropertyPointsAtTheProperty() {
        assertOnly(remove(full(), "/children/0/id"), "/children/0/id", "required property \"id\" is missing");
        assertOnly(remove(full(), "/people/1/kind"), "/people/1/kind", "required property \"kind\" is missing");
    }

    @Test
    void enumErrorsListTheSpellings() {
        Violation v = assertOnly(set(full(), "/serviceStage", "child protection"), "/serviceStage",
                "EARLY_HELP, CHILD_IN_NEED, CHILD_PROTECTION, CHILD_LOOKED_AFTER, CARE_LEAVER",
                "write \"CHILD_PROTECTION\"");
        assertFalse(v.message().contains("child protection"), v.toString());
        Violation name = assertOnly(set(full(), "/people/0/kind", "Jane Smith"), "/people/0/kind", "PARENT, CAREGIVER");
        assertFalse(name.message().contains("Jane"), "free text is never echoed: " + name);
        assertOnly(set(full(), "/people/0/kind", "AUNT"), "/people/0/kind", "(found \"AUNT\")");
    }

    @Test
    void datesMustBeIsoCalendarDates() {
        assertOnly(set(full(), "/opened", "20/01/2024"), "/opened", "YYYY-MM-DD");
        assertOnly(set(full(), "/opened", "2024-02-30"), "/opened", "YYYY-MM-DD");
        assertOnly(set(full(), "/assessments/1/safetyPlan/reviews/0", "2024-04-25T10:00:00Z"),
                "/assessments/1/safetyPlan/reviews/0", "YYYY-MM-DD");
    }

    @Test
    void rangesGiveTheLimitAndTheNumber() {
        assertOnly(set(full(), "/assessments/1/dangerStatements/0/scale/ratings/0/score", json("11")),
                "/assessments/1/dangerStatements/0/scale/ratings/0/score", "must be at most 10 (found 11)");
        assertOnly(set(full(), "/children/0/yearOfBirth", json("1850")), "/children/0/yearOfBirth",
                "must be at least 1900 (found 1850)");
        assertOnly(set(full(), "/assessments/1/version", json("99999999999")), "/assessments/1/version",
                "must be at most 2147483647");
        assertOnly(set(full(), "/children", json("[]")), "/children", "at least 1 item (found 0)");
    }

    @Test
    void integersWrittenWithAZeroFractionAreIntegers() {
        ObjectNode doc = set(full(), "/assessments/1/version", json("2.0"));
        assertEquals(SampleCases.full(), SosQaJson.check(doc.toString()).caseRecord().orElseThrow());
        assertOnly(set(full(), "/assessments/1/version", json("2.5")), "/assessments/1/version", "integer");
    }

    @Test
    void identifiersAndBlankTextAreChecked() {
        Violation v = assertOnly(set(full(), "/worker", "Jane Smith"), "/worker", "not a valid identifier", "no spaces");
        assertFalse(v.message().contains("Jane"), v.toString());
        assertOnly(set(full(), "/assessments/1/harmStatements/0/text", "   "), "/assessments/1/harmStatements/0/text",
                "must not be blank");
        assertOnly(set(full(), "/assessments/1/harmStatements/0/text", ""), "/assessments/1/harmStatements/0/text",
                "must not be empty");
    }

    @Test
    void textLengthLimitsFromTheModelApply() {
        assertOnly(set(full(), "/people/0/relationship", "x".repeat(201)), "/people/0/relationship",
                "at most 200 characters long (found 201)");
        assertOnly(set(full(), "/children/0/characteristics/" + "k".repeat(65), "F"), "/children/0/characteristics/" + "k".repeat(65),
                "a key of \"characteristics\"");
    }

    @Test
    void allStructuralProblemsAreReportedAtOnce() {
        ObjectNode doc = full();
        remove(doc, "/children/0/id");
        set(doc, "/serviceStage", "CP");
        set(doc, "/assessments/1/date", "tomorrow");
        set(doc, "/extra", "1");
        assertEquals(List.of("/serviceStage", "/children/0/id", "/assessments/1/date", "/extra"),
                DocumentFixture.check(doc).stream().map(Violation::path).toList());
    }

    @Test
    void readCaseThrowsWithEveryProblemAndNoCaseText() {
        ObjectNode doc = full();
        set(doc, "/worker", "Jane Smith");
        set(doc, "/children/0/age", "seven");
        InvalidDocumentException e = assertThrows(InvalidDocumentException.class, () -> SosQaJson.readCase(doc.toString()));
        assertEquals(2, e.violations().size(), e.violations().toString());
        assertNull(e.source());
        assertTrue(e.getMessage().contains("2 problems"), e.getMessage());
        assertFalse(e.getMessage().contains("Jane"), e.getMessage());
    }

    @Test
    void checkNeverGivesAPartialRecord() {
        ValidationResult result = SosQaJson.check(set(full(), "/children/0/age", "seven").toString());
        assertFalse(result.valid());
        assertTrue(result.caseRecord().isEmpty());
        assertHas(set(full(), "/children/0/age", "seven"), "/children/0/age", "integer");
    }
}
