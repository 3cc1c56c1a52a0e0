package org.sosqa.examples.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class CheckStatementCommandTest {
    private static final String LABELS = "Domestic violence and alcohol misuse by father. Risk of significant harm to the children.";
    private static final String GOOD_DANGER = "Nana and the school are worried that Dad might hit Amy again when he has been drinking, "
            + "and she could be badly hurt.";

    private static final Map<String, List<String>> FEATURES = Map.of(
            "danger", List.of("whoIsWorried", "behaviour", "impactOnChild"),
            "goal", List.of("positiveFraming", "observableBehaviour", "childExperience", "sustainPeriod"),
            "harm", List.of("who", "behaviour", "impactOnChild", "when"));

    @ParameterizedTest
    @ValueSource(strings = {"danger", "goal", "harm"})
    void eachKindHasTheContractsKeysAndFeatures(String kind) {
        Cli.Run run = Cli.run("check-statement", "--kind", kind, "--format", "json", GOOD_DANGER);

        run.assertExit(0);
        assertEquals("", run.err());
        JsonNode json = run.json();
        Cli.assertHasKeys(json, "kind", "score", "features", "jargon", "findings");
        assertEquals(kind, json.get("kind").asText());
        double score = json.get("score").asDouble();
        assertTrue(json.get("score").isNumber() && score >= 0 && score <= 10, json::toString);
        assertEquals(FEATURES.get(kind), Cli.keys(json.get("features")));
        json.get("features").forEach(f -> assertTrue(f.isBoolean(), json::toString));
        assertTrue(json.get("jargon").isArray());
        assertTrue(json.get("findings").size() > 0, json::toString);
        for (JsonNode finding : json.get("findings")) {
            Cli.assertHasKeys(finding, "rule", "message", "met", "criterion", "span");
        }
    }

    @Test
    void labelsAreFoundAsJargonWithTheirSpans() {
        JsonNode json = Cli.run("check-statement", "--kind", "danger", "--format", "json", LABELS).json();

        List<String> jargon = new ArrayList<>();
        json.get("jargon").forEach(j -> jargon.add(j.asText()));
        assertTrue(jargon.contains("domestic violence"), jargon::toString);
        assertEquals(false, json.get("features").get("whoIsWorried").asBoolean());
        JsonNode jargonFinding = null;
        for (JsonNode f : json.get("findings")) {
            if (f.get("rule").asText().equals("depth.danger.jargon")) {
                jargonFinding = f;
            }
        }
        assertTrue(jargonFinding != null, json::toString);
        assertEquals(false, jargonFinding.get("met").asBoolean());
        JsonNode span = jargonFinding.get("span");
        String words = LABELS.substring(span.get("start").asInt(), span.get("end").asInt()).toLowerCase();
        assertTrue(jargon.contains(words), words + " not in " + jargon);
    }

    @Test
    void aGoodStatementScoresHigherThanLabels() {
        double good = Cli.run("check-statement", "--kind", "danger", "--format", "json", GOOD_DANGER).json().get("score").asDouble();
        double labels = Cli.run("check-statement", "--kind", "danger", "--format", "json", LABELS).json().get("score").asDouble();

        assertTrue(good > labels, good + " <= " + labels);
    }

    @Test
    void textOutputMarksFeaturesAndUnderlinesTheWords() {
        Cli.Run run = Cli.run("check-statement", "--kind", "danger", LABELS);

        run.assertExit(0);
        List<String> lines = run.lines();
        assertTrue(lines.get(0).startsWith("Danger statement: score "), lines.get(0));
        assertTrue(lines.contains("  ✗ who is worried"), run::toString);
        assertTrue(run.out().contains("Jargon: \"domestic violence\""), run::toString);
        int jargon = indexOfLineContaining(lines, "[depth.danger.jargon]");
        assertTrue(lines.get(jargon).startsWith("  ✗ "), lines.get(jargon));
        String statement = lines.get(jargon + 1);
        String underline = lines.get(jargon + 2);
        int column = statement.indexOf("Domestic violence");
        assertEquals(" ".repeat(column) + "^".repeat("Domestic violence".length()), underline, run::toString);
    }

    @Test
    void wordsAreJoinedAndDashOrNothingReadsStandardInput() {
        List<String> args = new ArrayList<>(List.of("check-statement", "--kind", "danger", "--format", "json"));
        args.addAll(List.of(LABELS.split(" ")));
        String joined = Cli.text(Cli.run(args.toArray(String[]::new)).json());
        String dash = Cli.text(Cli.runWithInput(LABELS + "\n", "check-statement", "--kind", "danger", "--format", "json", "-").json());
        String nothing = Cli.text(Cli.runWithInput(LABELS, "check-statement", "--kind", "danger", "--format", "json").json());

        assertEquals(joined, dash);
        assertEquals(joined, nothing);
    }

    @Test
    void aWrongCommandLineExitsTwo() {
        for (String[] args : List.of(new String[] {"check-statement", "some words"},
                new String[] {"check-statement", "--kind", "scale", "some words"},
                new String[] {"check-statement", "--kind", "danger"})) {
            Cli.Run run = Cli.run(args);
            run.assertExit(Main.EXIT_USAGE);
            assertEquals("", run.out(), run::toString);
            run.assertNoStackTrace();
        }
    }

    private static int indexOfLineContaining(List<String> lines, String text) {
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).contains(text)) {
                return i;
            }
        }
        throw new AssertionError("no line with " + text + " in " + lines);
    }
}
