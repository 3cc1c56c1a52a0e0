package org.sosqa.examples.cli;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Function;
import org.sosqa.core.Violation;
import org.sosqa.core.accreditation.CheckedDocument;
import org.sosqa.core.accreditation.SelfAssessment;
import org.sosqa.core.accreditation.SelfAssessmentJson;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;

/** Reading the accreditation commands' documents: a missing file is a usage error, a bad one is reported with its pointers. */
final class AccreditationFiles {
    private AccreditationFiles() {
    }

    static void requireFile(CommandSpec spec, Path file) {
        if (!Files.isRegularFile(file)) {
            throw new ParameterException(spec.commandLine(), "No such file: " + file);
        }
    }

    /**
     * Reads and checks one document, once; its problems, if any, are reported on stderr (one line each,
     * {@code FILE: POINTER: message}) and kept in the result for a JSON report.
     */
    static <T> CheckedDocument<T> read(CommandSpec spec, Path file, Function<Path, CheckedDocument<T>> check) {
        requireFile(spec, file);
        CheckedDocument<T> read;
        try {
            read = check.apply(file);
        } catch (UncheckedIOException e) {
            throw new ParameterException(spec.commandLine(), "cannot read " + file + ": " + e.getCause().getMessage());
        }
        if (!read.valid()) {
            report(spec, file, read.violations());
        }
        return read;
    }

    /** A self-assessment document, read and checked once. */
    static CheckedDocument<SelfAssessment> selfAssessment(CommandSpec spec, Path file) {
        return read(spec, file, SelfAssessmentJson::check);
    }

    static void report(CommandSpec spec, Path file, List<Violation> violations) {
        PrintWriter err = spec.commandLine().getErr();
        for (Violation v : violations) {
            err.println(file + ": " + v);
        }
        err.flush();
    }

    /** The one JSON document for an invalid input: {@code {"file":..., "valid":false, "violations":[...]}}. */
    static void printInvalid(PrintWriter out, Path file, List<Violation> violations) throws IOException {
        ObjectNode doc = Json.object();
        doc.put("file", file.toString());
        doc.put("valid", false);
        doc.set("violations", Json.violations(violations));
        Json.print(out, doc);
    }
}
