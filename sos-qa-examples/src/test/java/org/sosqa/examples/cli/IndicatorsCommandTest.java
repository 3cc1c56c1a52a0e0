package org.sosqa.examples.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;


/** The census file is the one worked by hand in sos-qa-core's test resources (see its README.md). */
class IndicatorsCommandTest {

    @TempDir
    Path dir;

    private record Run(int exit, String out, String err) {
    }

    private static Run run(String... args) {
        Cli.Run run = Cli.run(args);
        return new Run(run.exitCode(), run.out(), run.err());
    }

    private Path census(String name, String content) throws IOException {
        Path file = dir.resolve(name);
        Files.writeString(file, content);
        return file;
    }

    private Path small() throws IOException {
        Path file = dir.resolve("cin-2024-small.xml");
        try (InputStream in = getClass().getResourceAsStream("/cin/cin-2024-small.xml")) {
            Files.copy(in, file, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        }
        return file;
    }

    @Test
    void jsonHasTheContractKeysTheProblemsAndTheLeftOutCounts() throws IOException {
        Run r = run("indicators", "--cin", small().toString(), "--year", "2024", "--format", "json");
        assertEquals(1, r.exit(), "the file has bad records: " + r.err());
        JsonNode doc = new ObjectMapper().readTree(r.out());
        JsonNode rate = null;
        for (JsonNode i : doc.get("indicators")) {
            assertTrue(i.has("id") && i.has("numerator") && i.has("denominator") && i.has("value"), i.toString());
            if (i.get("id").asText().equals("rereferral-rate")) {
                rate = i;
            }
        }
        assertEquals(2, rate.get("numerator").asLong());
        assertEquals(7, rate.get("denominator").asLong());
        assertEquals("28.6", rate.get("value").decimalValue().toPlainString());
        assertEquals(7, doc.get("problems").size());
        assertEquals("cin-2024-small.xml:124", doc.get("problems").get(0).get("location").asText());
        assertEquals(7, doc.get("leftOutTotal").asInt());
        assertEquals("MISSING_IDENTIFIER", doc.get("leftOut").get(0).get("reason").asText());
        for (String id : new String[] {"referrals", "rereferrals-12m", "rereferral-rate",
                "assessments-within-45wd-rate", "cpp-starts", "cpp-subsequent-rate"}) {
            assertTrue(r.out().contains("\"id\":\"" + id + "\""), id);
        }
    }

    @Test
    void cleanFileExitsZeroAndOutputIsDeterministic() throws IOException {
        Path file = census("clean.xml", """
                <Message><Children><Child><ChildIdentifiers><LAchildID>A</LAchildID></ChildIdentifiers>
                <CINdetails><CINreferralDate>2023-06-01</CINreferralDate><ReferralNFA>true</ReferralNFA></CINdetails>
                </Child></Children></Message>
                """);
        Run first = run("indicators", "--cin", file.toString(), "--format", "json");
        assertEquals(0, first.exit(), first.err());
        assertTrue(first.out().contains("\"year\":2024"), "default year from the latest referral: " + first.out());
        assertTrue(first.out().contains("\"problems\":[]"));
        assertTrue(first.out().contains("\"period\":{\"start\":\"2023-04-01\",\"end\":\"2024-03-31\"}"), first.out());
        assertEquals(first.out(), run("indicators", "--cin", file.toString(), "--format", "json").out());
        Run text = run("indicators", "--cin", file.toString());
        assertEquals(0, text.exit());
        assertTrue(text.out().contains("No records left out."));
    }

    @Test
    void badCommandLinesExitTwo() throws IOException {
        assertEquals(2, run("indicators").exit());
        assertEquals(2, run("indicators", "--cin", dir.resolve("missing.xml").toString()).exit());
        assertEquals(2, run("indicators", "--cin", small().toString(), "--year", "twenty").exit());
        assertEquals(2, run("indicators", "--cin", small().toString(), "--format", "yaml").exit());
    }

    @Test
    void malformedFileIsReportedNotThrown() throws IOException {
        Path file = census("broken.xml", "<Message><Children>\n<Child>\n</Message>\n");
        Run r = run("indicators", "--cin", file.toString(), "--year", "2024");
        assertEquals(1, r.exit());
        assertTrue(r.out().contains("broken.xml:3"), r.out());
        assertTrue(r.err().isEmpty(), r.err());
    }

    @Test
    void theYearComesFromTheHeaderElseTheLatestReferralElseMustBeGiven() throws IOException {
        Run header = run("indicators", "--cin", small().toString(), "--format", "json");
        assertTrue(header.out().contains("\"year\":2024"), header.out());
        Path empty = census("empty.xml", "<Message><Children></Children></Message>");
        assertEquals(2, run("indicators", "--cin", empty.toString()).exit());
        assertEquals(0, run("indicators", "--cin", empty.toString(), "--year", "2024").exit());
    }
}
