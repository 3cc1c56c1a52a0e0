package org.sosqa.core;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/**
 * The bundled sample case: a realistic child protection case whose danger statements and safety goals
 * are written in the family's own words, with a weaker first version to show how practice moved. The
 * children, family and workers are invented. The README and {@code sos-qa sample} use it.
 */
public final class SampleCase {
    /** Where the sample is on the classpath. */
    public static final String RESOURCE = "/org/sosqa/core/sample-case.json";

    private SampleCase() {
    }

    /**
     * The sample, read and validated.
     *
     * @return the sample case
     */
    public static CaseRecord record() {
        try (InputStream in = SampleCase.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("the sample case is missing from the classpath: " + RESOURCE);
            }
            return SosQaJson.readCase(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
