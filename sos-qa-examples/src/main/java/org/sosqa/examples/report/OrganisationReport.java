package org.sosqa.examples.report;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The organisation report: its sections, built from the evidence, and the files written from them.
 *
 * <pre>{@code
 * Evidence evidence = QualityCycle.run(...);
 * OrganisationReport report = OrganisationReport.build(evidence);
 * report.write(Path.of("sos-qa-report"));   // index.html, report.json, csv/*.csv
 * }</pre>
 *
 * <p>The output is deterministic: the same evidence gives byte-identical files.
 */
public final class OrganisationReport {

    /** The keys of {@code report.json}, in order (cli-contract.md, {@code demo}). */
    public static final List<String> KEYS = List.of("organisation", "depth", "breadth", "familySurvey", "staffSurvey",
            "coreData", "accreditation", "appreciativeInquiry", "leadership");

    /**
     * The sections built from the cases alone, and a placeholder for each stream not given to
     * {@link #build(Evidence, Map)}, in the order of {@link #KEYS}.
     */
    static final List<ReportSection> SECTIONS = List.of(
            new OrganisationSection(),
            new DepthSection(),
            new BreadthSection(),
            new NotYetAvailable("familySurvey", "Family survey",
                    "No family survey responses were given to this report."),
            new NotYetAvailable("staffSurvey", "Staff survey",
                    "No staff survey responses were given to this report."),
            new CoreDataSection(),
            new NotYetAvailable("accreditation", "Accreditation readiness",
                    "No accreditation self-assessment (charter, narrative, action plan) was given to this report."),
            new NotYetAvailable("appreciativeInquiry", "Appreciative inquiry",
                    "No appreciative inquiry records were given to this report."),
            new NotYetAvailable("leadership", "Leaders' time for practice",
                    "No leaders' time records were given to this report."));

    private static final ObjectMapper MAPPER = JsonMapper.builder()
            .addModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .enable(SerializationFeature.INDENT_OUTPUT)
            .enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS)
            .build();

    private final Evidence evidence;
    private final List<Section> sections;

    private OrganisationReport(Evidence evidence, List<Section> sections) {
        this.evidence = evidence;
        this.sections = List.copyOf(sections);
    }

    /**
     * Builds every section from the evidence.
     *
     * @param evidence what the cycle gathered
     * @return the report
     */
    public static OrganisationReport build(Evidence evidence) {
        return build(evidence, Map.of());
    }

    /**
     * Builds every section from the evidence, with the streams gathered outside the case records (surveys,
     * accreditation, appreciative inquiry, leaders' time) given as their own sections. A stream that is not
     * given keeps its "not yet available" placeholder.
     *
     * @param evidence what the cycle gathered from the cases
     * @param streams sections by their key in {@link #KEYS}, each built from its own stream's data
     * @return the report
     * @throws IllegalArgumentException if a key is not one of {@link #KEYS}, or names a section of the cases
     */
    public static OrganisationReport build(Evidence evidence, Map<String, ReportSection> streams) {
        Objects.requireNonNull(evidence, "evidence");
        for (Map.Entry<String, ReportSection> e : streams.entrySet()) {
            boolean placeholder = SECTIONS.stream().anyMatch(s -> s.key().equals(e.getKey()) && s instanceof NotYetAvailable);
            if (!placeholder || !e.getValue().key().equals(e.getKey())) {
                throw new IllegalArgumentException("not a stream's key, or a section under another key: " + e.getKey());
            }
        }
        List<Section> sections = new ArrayList<>();
        for (ReportSection s : SECTIONS) {
            sections.add(streams.getOrDefault(s.key(), s).build(evidence));
        }
        return new OrganisationReport(evidence, sections);
    }

    /**
     * The sections, in the order of {@link #KEYS}.
     *
     * @return the sections
     */
    public List<Section> sections() {
        return sections;
    }

    /**
     * {@code report.json}: one object with a key per section.
     *
     * @return the JSON document
     */
    public String json() {
        // A LinkedHashMap keeps the contract's key order; ORDER_MAP_ENTRIES_BY_KEYS sorts the maps inside.
        Map<String, Object> doc = new LinkedHashMap<>();
        sections.forEach(s -> doc.put(s.key(), s.json()));
        try {
            return MAPPER.writer().without(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS).writeValueAsString(doc) + "\n";
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Writes {@code index.html}, {@code report.json} and {@code csv/TABLE.csv} for every table into a folder,
     * creating it if need be and replacing files of the same names.
     *
     * @param folder the folder
     * @return the files written, index.html first
     * @throws UncheckedIOException if a file cannot be written
     */
    public List<Path> write(Path folder) {
        try {
            Files.createDirectories(folder.resolve("csv"));
            List<Path> written = new ArrayList<>();
            Path html = folder.resolve("index.html");
            try (Writer w = Files.newBufferedWriter(html, StandardCharsets.UTF_8)) {
                new HtmlPage(evidence, sections).write(w);
            }
            written.add(html);
            Path json = folder.resolve("report.json");
            Files.writeString(json, json(), StandardCharsets.UTF_8);
            written.add(json);
            for (Section s : sections) {
                for (Table t : s.tables()) {
                    Path csv = folder.resolve("csv").resolve(t.id() + ".csv");
                    Files.writeString(csv, CsvTables.csv(t), StandardCharsets.UTF_8);
                    written.add(csv);
                }
            }
            return written;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the report to " + folder + ": " + e.getMessage(), e);
        }
    }
}
