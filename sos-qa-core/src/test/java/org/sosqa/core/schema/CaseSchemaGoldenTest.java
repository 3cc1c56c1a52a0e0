package org.sosqa.core.schema;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * The shipped schema must equal the one generated from the records. After changing the model, run
 * {@code mvn -pl sos-qa-core test -Dtest=CaseSchemaGoldenTest -Dsosqa.updateGolden=true} and review the diff.
 */
class CaseSchemaGoldenTest {

    @Test
    void shippedSchemaIsTheGeneratedOne() throws IOException {
        String generated = new CaseSchemaGenerator(JavadocIndex.ofModel()).generateText();
        Path shipped = CaseSchemaGenerator.SHIPPED;
        if (Boolean.getBoolean("sosqa.updateGolden")) {
            Files.createDirectories(shipped.getParent());
            Files.writeString(shipped, generated, StandardCharsets.UTF_8);
        }
        String current = Files.exists(shipped) ? Files.readString(shipped, StandardCharsets.UTF_8) : "";
        assertEquals(generated, current, "The shipped JSON Schema " + shipped + " differs from the one generated from "
                + "the model records. Regenerate it with: mvn -pl sos-qa-core test -Dtest=CaseSchemaGoldenTest "
                + "-Dsosqa.updateGolden=true, then review the diff.");
    }
}
