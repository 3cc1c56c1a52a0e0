package org.sosqa.core.internal;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import org.sosqa.core.CaseRecord;

/** The Jackson configuration of the case document format, shared by reading and writing. */
final class JsonSupport {

    /** The property that names the format's version; not part of the record. */
    static final String SCHEMA_VERSION = "schemaVersion";

    private static final ObjectMapper STRICT = build(false);
    private static final ObjectMapper LENIENT = build(true);

    private JsonSupport() {
    }

    /** The mapper for binding (unknown properties fail unless lenient) and writing. */
    static ObjectMapper mapper(boolean lenient) {
        return lenient ? LENIENT : STRICT;
    }

    /** Pretty printing with two spaces, {@code "key": value}, {@code []} and {@code {}} for empties, and always {@code \n}. */
    static DefaultPrettyPrinter prettyPrinter() {
        Separators separators = Separators.createDefaultInstance()
                .withObjectFieldValueSpacing(Separators.Spacing.AFTER)
                .withObjectEmptySeparator("")
                .withArrayEmptySeparator("");
        DefaultIndenter indenter = new DefaultIndenter("  ", "\n");
        return new DefaultPrettyPrinter(separators).withObjectIndenter(indenter).withArrayIndenter(indenter);
    }

    private static ObjectMapper build(boolean lenient) {
        return JsonMapper.builder()
                .addModule(new JavaTimeModule())
                .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
                .enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS)
                .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, !lenient)
                .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
                .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
                .disable(MapperFeature.ALLOW_COERCION_OF_SCALARS)
                .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
                .defaultPropertyInclusion(JsonInclude.Value.construct(JsonInclude.Include.NON_NULL, JsonInclude.Include.NON_NULL))
                .addMixIn(CaseRecord.class, CaseRecordMixin.class)
                .build();
    }

    /** The version property lives in the document, not in the record. */
    @JsonIgnoreProperties({SCHEMA_VERSION})
    private abstract static class CaseRecordMixin {
    }
}
