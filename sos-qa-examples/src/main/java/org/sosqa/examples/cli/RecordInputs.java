package org.sosqa.examples.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Stream;
import org.sosqa.core.RecordBatch;
import org.sosqa.core.RecordBatch.InvalidRecord;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;

/**
 * The record files an inquiry or leadership command was given: JSON documents, JSON Lines files, or
 * directories of them ({@code *.json} and {@code *.jsonl}, in name order). Shared by those commands.
 */
final class RecordInputs {

    private RecordInputs() {
    }

    /**
     * Every file to read, after checking each path exists (a usage error, exit 2, when not).
     *
     * @param spec the command, for the error
     * @param paths the paths given
     * @return the files, directories expanded
     */
    static List<Path> files(CommandSpec spec, List<Path> paths) {
        List<Path> files = new ArrayList<>();
        for (Path p : paths) {
            if (Files.isDirectory(p)) {
                try (Stream<Path> s = Files.list(p)) {
                    s.filter(f -> Files.isRegularFile(f)
                            && (f.getFileName().toString().endsWith(".json") || f.getFileName().toString().endsWith(".jsonl")))
                            .sorted().forEach(files::add);
                } catch (IOException e) {
                    throw new UncheckedIOException("cannot list " + p, e);
                }
            } else if (Files.isRegularFile(p)) {
                files.add(p);
            } else {
                throw new CommandLine.ParameterException(spec.commandLine(), "No such file or directory: " + p);
            }
        }
        return files;
    }

    /** Reads every file with one reader and joins the batches in order. */
    static <T> RecordBatch<T> read(List<Path> files, Function<Path, RecordBatch<T>> reader) {
        RecordBatch<T> all = new RecordBatch<>(List.of(), List.of());
        for (Path f : files) {
            all = all.plus(reader.apply(f));
        }
        return all;
    }

    /** {@code [{"file":..., "violations":[{"path":..., "message":...}]}]}, as {@code audit} writes them. */
    static ArrayNode invalid(List<InvalidRecord> invalid) {
        ArrayNode array = Json.MAPPER.createArrayNode();
        for (InvalidRecord i : invalid) {
            array.addObject().put("file", i.source()).set("violations", Json.violations(i.violations()));
        }
        return array;
    }

    /** Writes the invalid records as text, one problem per line: {@code FILE: POINTER: message}. */
    static void printInvalid(java.io.PrintWriter err, List<InvalidRecord> invalid) {
        for (InvalidRecord i : invalid) {
            i.violations().forEach(v -> err.println(i.source() + ": " + v));
        }
        if (!invalid.isEmpty()) {
            err.println(invalid.size() + " record(s) left out as invalid; the rest were used");
        }
    }
}
