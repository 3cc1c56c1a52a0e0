package org.sosqa.examples.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The training run the build records a class-data sharing archive from ({@code sos-qa.jsa}, used by the
 * {@code sos-qa} launcher): the first report's path through the command line, that is writing the sample,
 * then validating and auditing it, with the output thrown away. The JVM archives every class this run
 * loaded; a later run maps them instead of loading them from the jar again.
 */
public final class ClassArchiveTraining {

    private ClassArchiveTraining() {
    }

    /**
     * Runs the commands.
     *
     * @param args none
     * @throws IOException if the temporary sample cannot be written
     */
    public static void main(String[] args) throws IOException {
        Main.configureDependencies();
        Path sample = Files.createTempFile("sos-qa-training", ".json");
        try {
            PrintWriter none = new PrintWriter(OutputStream.nullOutputStream());
            InputStream noInput = InputStream.nullInputStream();
            try (PrintWriter out = new PrintWriter(Files.newBufferedWriter(sample))) {
                Main.execute(noInput, out, none, "sample");
            }
            int validated = Main.execute(noInput, none, none, "validate", sample.toString());
            int audited = Main.execute(noInput, none, none, "audit", "--format", "json", sample.toString());
            if (validated != 0 || audited != 0) {
                throw new IllegalStateException("the training run failed: validate " + validated + ", audit " + audited);
            }
        } finally {
            Files.deleteIfExists(sample);
        }
    }
}
