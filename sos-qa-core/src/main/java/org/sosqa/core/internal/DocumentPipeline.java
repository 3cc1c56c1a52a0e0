package org.sosqa.core.internal;

import java.io.IOException;
import java.io.InputStream;
import org.sosqa.core.ReadLimits;
import org.sosqa.core.ValidationResult;

/** Placeholder. */
public final class DocumentPipeline {
    public DocumentPipeline(boolean lenient, ReadLimits limits) {
    }

    public ValidationResult check(InputStream in) throws IOException {
        return null;
    }

    public ValidationResult check(byte[] in) {
        return null;
    }
}
