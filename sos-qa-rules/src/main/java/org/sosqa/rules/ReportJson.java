package org.sosqa.rules;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.UncheckedIOException;

/**
 * Audit reports and statement reports as JSON: deterministic (the same report gives the same bytes) and
 * readable back into an equal record. The keys are the records' component names, plus {@code rulePack}
 * (the most specific pack) on an audit report.
 */
public final class ReportJson {
    private static final ObjectMapper MAPPER = JsonMapper.builder()
            .enable(SerializationFeature.INDENT_OUTPUT)
            .enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS)
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .serializationInclusion(JsonInclude.Include.ALWAYS)
            .build();

    private ReportJson() {
    }

    /**
     * An audit report as a JSON document.
     *
     * @param report the report
     * @return pretty-printed JSON
     */
    public static String toJson(AuditReport report) {
        return write(report);
    }

    /**
     * A statement report as a JSON document.
     *
     * @param report the report
     * @return pretty-printed JSON
     */
    public static String toJson(StatementReport report) {
        return write(report);
    }

    /**
     * Reads an audit report written by {@link #toJson(AuditReport)}.
     *
     * @param json the document
     * @return the report
     * @throws IllegalArgumentException when it is not an audit report
     */
    public static AuditReport readAuditReport(String json) {
        try {
            return MAPPER.readValue(json, AuditReport.class);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("not an audit report: " + e.getOriginalMessage(), e);
        }
    }

    /**
     * The mapper behind this class, for embedding reports in a larger document (for example the
     * command line's). Do not reconfigure it.
     *
     * @return the shared mapper
     */
    public static ObjectMapper mapper() {
        return MAPPER;
    }

    private static String write(Object value) {
        try {
            return MAPPER.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }
}
