package org.sosqa.examples.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code sos-qa accreditation assess|review|benchmark} through {@code Main.execute}, on the example documents. */
class AccreditationCommandTest {
    private static final String DIR = "accreditation/";
    private static final String EXAMPLE = DIR + "self-assessment.json";

    private static List<String> texts(JsonNode array) {
        List<String> out = new ArrayList<>();
        array.forEach(n -> out.add(n.asText()));
        return out;
    }

    @Test
    void assessPrintsTheContractKeysForTheExample() {
        Cli.Run run = Cli.run("accreditation", "assess", EXAMPLE, "--format", "json");
        run.assertExit(0);
        JsonNode doc = run.json();
        Cli.assertHasKeys(doc, "level", "criteria", "nextLevel");
        assertEquals("SILVER", doc.get("level").asText());
        assertEquals(17, doc.get("criteria").size());
        for (JsonNode c : doc.get("criteria")) {
            Cli.assertHasKeys(c, "id", "met", "evidence");
            assertTrue(c.get("met").isBoolean() && c.get("evidence").isArray());
        }
        Cli.assertHasKeys(doc.get("nextLevel"), "level", "missing");
        assertEquals("GOLD", doc.get("nextLevel").get("level").asText());
        assertEquals(List.of(
                "gold.core-data-sustained: CORE_DATA: no indicator has values in at least 3 cycles (values in 2 of 2 cycle(s))",
                "gold.support-given: SUPPORT_GIVEN: 1 item(s) of support given to other organisations; at least 2 needed",
                "gold.sustained.breadth: BREADTH: no measure has values in at least 3 cycles (values in 2 of 2 cycle(s))",
                "gold.sustained.depth: DEPTH: no measure has values in at least 3 cycles (values in 2 of 2 cycle(s))"),
                texts(doc.get("nextLevel").get("missing")));
        assertEquals(run.out(), Cli.run("accreditation", "assess", EXAMPLE, "--format", "json").out(), "byte-identical on a second run");
    }

    @Test
    void assessInTextSaysWhatIsMissing() {
        Cli.Run run = Cli.run("accreditation", "assess", EXAMPLE);
        run.assertExit(0);
        assertTrue(run.out().startsWith("Northshire Children's Services: SILVER"), run::toString);
        assertTrue(run.out().contains("Missing for GOLD:"), run::toString);
    }

    @Test
    void aBadDocumentIsReportedWithPointersAndNoStackTrace(@TempDir Path dir) throws IOException {
        Path bad = dir.resolve("bad.json");
        Files.writeString(bad, "{\"organisation\":\"O\",\"cycles\":[{\"label\":\"1\"}],\"evidence\":[{\"stream\":\"DEPTH\",\"measure\":\"m\",\"title\":\"t\",\"cycle\":2,\"value\":1,\"improvement\":\"INCREASE\",\"count\":3}]}");
        Cli.Run run = Cli.run("accreditation", "assess", bad.toString(), "--format", "json");
        run.assertExit(1);
        run.assertNoStackTrace();
        assertTrue(run.err().contains("bad.json: /evidence/0/cycle: must be a whole number from 1 to 1"), run::toString);
        JsonNode doc = run.json();
        assertEquals(false, doc.get("valid").asBoolean());
        assertEquals("/evidence/0/cycle", doc.get("violations").get(0).get("path").asText());
    }

    @Test
    void aBadPeerIsListedWithItsPointersAndTheOthersAreStillCompared(@TempDir Path dir) throws IOException {
        Path bad = dir.resolve("bad-peer.json");
        Files.writeString(bad, "{\"organisation\":\"O\",\"cycles\":[{\"label\":\"1\"}],\"evidence\":[{\"stream\":\"DEPTH\",\"measure\":\"m\",\"title\":\"t\",\"cycle\":2,\"value\":1,\"improvement\":\"INCREASE\",\"count\":3}]}");
        Cli.Run run = Cli.run("accreditation", "benchmark", EXAMPLE, DIR + "peers/eastshire.json", bad.toString(),
                "--format", "json");
        run.assertExit(1);
        run.assertNoStackTrace();
        JsonNode invalid = run.json().get("invalid");
        assertEquals(1, invalid.size(), run::toString);
        assertEquals(bad.toString(), invalid.get(0).get("file").asText());
        assertEquals("/evidence/0/cycle", invalid.get(0).get("violations").get(0).get("path").asText());
    }

    @Test
    void aMissingFileIsAUsageError() {
        Cli.Run run = Cli.run("accreditation", "assess", "no-such-file.json");
        run.assertExit(2);
        run.assertNoStackTrace();
        assertTrue(run.err().contains("No such file: no-such-file.json"), run::toString);
    }

    @Test
    void aSchemesCriteriaPackChangesTheResult(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve("pack.json"), "{\"id\":\"scheme\",\"version\":\"1\",\"extendsPack\":\"sosqa-accreditation\"}");
        Files.writeString(dir.resolve("parameters.properties"), "impact.minCycles=3\n");
        JsonNode doc = Cli.run("accreditation", "assess", EXAMPLE, "--criteria", dir.toString(), "--format", "json").json();
        assertEquals("BRONZE", doc.get("level").asText());
        assertEquals("scheme", doc.get("criteriaPacks").get(1).get("id").asText());
    }

    @Test
    void reviewFlagsTheConflictedReviewerAndConfersTheAward() {
        Cli.Run run = Cli.run("accreditation", "review", DIR + "review.json", "--format", "json");
        run.assertExit(0);
        JsonNode doc = run.json();
        assertEquals("AWARD", doc.get("outcome").asText());
        assertEquals("R5", doc.get("excluded").get(0).get("reviewer").asText());
        // R5's scores (all 4) are left out: silver.plan-progress agrees 3 from 2, 3, 3, 3.
        JsonNode plan = doc.get("criteria").get(3);
        assertEquals("silver.plan-progress", plan.get("id").asText());
        assertEquals("[2,3,3,3]", Cli.text(plan.get("scores")));
        assertEquals(3, plan.get("agreed").asInt());
        assertEquals("2031-05-01", doc.get("award").get("expires").asText());
    }

    @Test
    void benchmarkRanksAmongAnonymisedPeers() {
        Cli.Run run = Cli.run("accreditation", "benchmark", EXAMPLE, DIR + "peers/eastshire.json", DIR + "peers/westshire.json",
                DIR + "peers/southport.json", "--format", "json");
        run.assertExit(0);
        JsonNode doc = run.json();
        assertEquals(3, doc.get("peers").asInt());
        // Measures in stream then id order; no peer has depth.good-or-better-rate, so it ranks alone at 50.
        JsonNode alone = doc.get("measures").get(0);
        assertEquals("depth.good-or-better-rate", alone.get("id").asText());
        assertEquals("50.0", alone.get("percentileRank").asText());
        assertEquals(1, alone.get("organisations").asInt());
        JsonNode first = doc.get("measures").get(1);
        assertEquals("depth.mean-score", first.get("id").asText());
        // 6.1 among 5.8, 6.6, 4.9: better than two, tied with itself, of four: (2 + 0.5) / 4 = 62.5.
        assertEquals("62.5", first.get("percentileRank").asText());
        assertEquals(4, first.get("organisations").asInt());
        assertTrue(!run.out().contains("Eastshire") && !run.out().contains("Westshire") && !run.out().contains("Southport"), run::toString);
        assertTrue(first.get("peers").get(0).get("peer").asText().startsWith("Peer "));
    }

    @Test
    void checkListsAPacksProblemsWithFileAndLine(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve("pack.json"), "{\"id\":\"scheme\",\"version\":\"1\",\"extendsPack\":\"sosqa-accreditation\"}");
        Files.writeString(dir.resolve("parameters.properties"), "support.min=two\n");
        Cli.Run run = Cli.run("accreditation", "check", dir.toString(), "--format", "json");
        run.assertExit(1);
        JsonNode doc = run.json();
        assertEquals(false, doc.get("valid").asBoolean());
        assertEquals("parameters.properties", doc.get("problems").get(0).get("file").asText());
        assertEquals("parameter 'support.min' must be a whole number of 0 or more, not 'two'", doc.get("problems").get(0).get("message").asText());

        Files.writeString(dir.resolve("parameters.properties"), "support.min=3\n");
        Cli.run("accreditation", "check", dir.toString()).assertExit(0);
    }
}
