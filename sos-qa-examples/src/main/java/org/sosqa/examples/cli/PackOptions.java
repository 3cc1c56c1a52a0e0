package org.sosqa.examples.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** What {@code rules check} and {@code rules test} both take: the pack's folder and the output format. */
final class PackOptions {
    @Spec(Spec.Target.MIXEE)
    private CommandSpec spec;

    @Parameters(index = "0", paramLabel = "DIR", description = "The rule pack's folder.")
    Path dir;

    @Option(names = "--format", defaultValue = "text", description = "text or json (default: ${DEFAULT-VALUE}).")
    OutputFormat format;

    /** The pack's folder, after checking it is one (a usage error, exit 2, when not). */
    Path folder() {
        requireFolder(spec, dir);
        return dir;
    }

    static void requireFolder(CommandSpec spec, Path dir) {
        if (!Files.isDirectory(dir)) {
            throw new ParameterException(spec.commandLine(), "No such folder: " + dir);
        }
    }
}
