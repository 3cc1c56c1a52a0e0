package org.sosqa.examples.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sosqa.core.CaseRecord;
import org.sosqa.examples.demo.DemoOrganisation;
import org.sosqa.examples.demo.DemoOrganisationGenerator;
import org.sosqa.rules.AuditEngine;

/** The report built from a slice of the demonstration organisation: 300 cases, so the tests stay quick. */
class OrganisationReportTest {

    private static final String NASTY = "Borough <script>alert(\"x\")</script> & Co";
    private static Evidence evidence;
    private static OrganisationReport report;

    @BeforeAll
    static void build() {
        DemoOrganisation org = DemoOrganisationGenerator.generate(DemoOrganisationGenerator.DEFAULT_SEED);
        List<CaseRecord> cases = org.cases().subList(0, 300);
        Map<String, String> teams = new LinkedHashMap<>();
        org.teams().forEach(t -> teams.put(t.id(), t.name()));
        evidence = QualityCycle.run("org-demo", NASTY, true, org.reportDate(), org.collectionYears(), teams,
                org.childPopulation(), cases, AuditEngine.withDefaultRules(), n -> { });
        report = OrganisationReport.build(evidence);
    }

    @Test
    void reportJsonHasExactlyTheContractsKeysInOrder() throws IOException {
        JsonNode json = new ObjectMapper().readTree(report.json());
        List<String> keys = new ArrayList<>();
        json.fieldNames().forEachRemaining(keys::add);
        assertEquals(List.of("organisation", "depth", "breadth", "familySurvey", "staffSurvey", "coreData",
                "accreditation", "appreciativeInquiry", "leadership"), keys);
        assertEquals(300, json.path("organisation").path("cases").asInt());
        assertTrue(json.path("organisation").path("synthetic").asBoolean());
        assertEquals("2026-03-31", json.path("organisation").path("reportDate").asText(), "dates as ISO text");
        assertTrue(json.path("organisation").path("atAGlance").get(0).asText().contains("good or outstanding"));
    }

    @Test
    void aStreamNotYetWiredSaysSoInTheJsonAndThePage() throws IOException {
        JsonNode json = new ObjectMapper().readTree(report.json());
        for (String key : List.of("familySurvey", "staffSurvey", "accreditation", "appreciativeInquiry", "leadership")) {
            if (json.path(key).has("available")) {
                assertFalse(json.path(key).path("available").asBoolean(), key);
                assertFalse(json.path(key).path("reason").asText().isBlank(), key);
            }
        }
        assertTrue(html().contains("Not yet available."));
    }

    @Test
    void theSameEvidenceGivesTheSameBytes() throws IOException {
        OrganisationReport again = OrganisationReport.build(evidence);
        assertEquals(report.json(), again.json());
        StringWriter a = new StringWriter();
        StringWriter b = new StringWriter();
        new HtmlPage(evidence, report.sections()).write(a);
        new HtmlPage(evidence, again.sections()).write(b);
        assertEquals(a.toString(), b.toString());
    }

    @Test
    void textFromTheEvidenceIsEscaped() throws IOException {
        String html = html();
        assertFalse(html.contains("<script"), "no script, and the organisation's name cannot make one");
        assertTrue(html.contains("Borough &lt;script&gt;alert(&#34;x&#34;)&lt;/script&gt; &amp; Co"), "escaped name");
    }

    @Test
    void thePageShowsNoChildsIdentifier() throws IOException {
        String html = html();
        for (CaseRecord c : evidence.cases()) {
            c.children().forEach(k -> assertFalse(html.contains(k.id()), "child id " + k.id() + " in the page"));
        }
    }

    @Test
    void depthGradesAddUpAndByYearUsesTheOpenCasesOfEachYearEnd() throws IOException {
        JsonNode depth = new ObjectMapper().readTree(report.json()).path("depth");
        int sum = 0;
        for (JsonNode team : depth.path("byTeam")) {
            int grades = 0;
            for (JsonNode n : team.path("grades")) {
                grades += n.asInt();
            }
            assertEquals(team.path("cases").asInt(), grades, team.path("team").asText());
            sum += grades;
        }
        assertEquals(depth.path("casesAudited").asInt(), sum);
        assertEquals(3, depth.path("byYear").size());
        for (int i = 0; i < 3; i++) {
            assertEquals(evidence.yearEnds().get(i).cases().size(), depth.path("byYear").get(i).path("cases").asInt());
        }
    }

    @Test
    void everyTableIsWrittenAsCsvBesideThePage(@TempDir Path dir) throws IOException {
        List<Path> files = report.write(dir);
        assertEquals(dir.resolve("index.html"), files.get(0));
        assertEquals(dir.resolve("report.json"), files.get(1));
        long tables = report.sections().stream().mapToLong(s -> s.tables().size()).sum();
        assertEquals(tables, files.size() - 2);
        for (Section s : report.sections()) {
            for (Table t : s.tables()) {
                String csv = Files.readString(dir.resolve("csv").resolve(t.id() + ".csv"));
                assertEquals(t.rows().size() + 1, csv.split("\r\n", -1).length - 1, t.id());
            }
        }
    }

    @Test
    void aStreamsOwnSectionReplacesItsPlaceholderAndOnlyAStreamsKeyIsTaken() {
        ReportSection leaders = new ReportSection() {
            @Override
            public String key() {
                return "leadership";
            }

            @Override
            public Section build(Evidence e) {
                return new Section("leadership", "Leaders' time", Map.of("available", true),
                        List.of(new Block.Paragraph("Time for practice.")));
            }
        };
        OrganisationReport withLeaders = OrganisationReport.build(evidence, Map.of("leadership", leaders));
        assertEquals(Map.of("available", true), withLeaders.sections().get(8).json());
        assertEquals(report.sections().get(1).json(), withLeaders.sections().get(1).json(), "depth untouched");
        assertThrows(IllegalArgumentException.class, () -> OrganisationReport.build(evidence, Map.of("depth", leaders)));
        assertThrows(IllegalArgumentException.class, () -> OrganisationReport.build(evidence, Map.of("staffSurvey", leaders)));
    }

    @Test
    void anExampleHighlightsExactlyItsSpan() throws IOException {
        Section s = new Section("depth", "Depth", Map.of(), List.of(new Block.Example("case-1", "Danger statement",
                "Worried about DV & <drink>", 14, 16, false, "Uses a label.", "depth.danger.jargon")));
        StringWriter w = new StringWriter();
        new HtmlPage(evidence, List.of(s)).write(w);
        assertTrue(w.toString().contains("Worried about <mark class=\"not-met\">DV</mark> &amp; &lt;drink&gt;"), w::toString);
        assertThrows(IllegalArgumentException.class, () -> new Block.Example("c", "w", "short", 2, 9, true, "m", "r"));
    }

    private static String html() throws IOException {
        StringWriter w = new StringWriter();
        new HtmlPage(evidence, report.sections()).write(w);
        return w.toString();
    }
}
