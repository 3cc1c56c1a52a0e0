package org.sosqa.examples.cli;

import java.io.PrintWriter;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * The {@code sos-qa} command. Subcommands are registered here, and only here.
 */
@Command(name = "sos-qa",
        mixinStandardHelpOptions = true,
        versionProvider = Main.ManifestVersion.class,
        description = "Signs of Safety quality assurance: audits, measures and rule packs.",
        subcommands = {
            EngineCheckCommand.class,
            IndicatorsCommand.class,
            CommandLine.HelpCommand.class,
        })
public final class Main implements Runnable {

    /** Exit code: done, but some input was invalid or a check failed. */
    static final int EXIT_FAILED = 1;
    /** Exit code: the command line itself was wrong. */
    static final int EXIT_USAGE = 2;

    @Spec
    private CommandSpec spec;

    public static void main(String[] args) {
        System.exit(execute(args));
    }

    /** Runs the command line and returns its exit code instead of exiting. */
    static int execute(String... args) {
        return new CommandLine(new Main())
                .setExecutionExceptionHandler(Main::reportError)
                .execute(args);
    }

    @Override
    public void run() {
        throw new ParameterException(spec.commandLine(), "Missing command");
    }

    // Anything a command throws becomes one plain line on stderr, never a stack trace.
    private static int reportError(Exception e, CommandLine commandLine, CommandLine.ParseResult parseResult) {
        PrintWriter err = commandLine.getErr();
        String message = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        err.println("sos-qa " + commandLine.getCommandName() + ": error: " + message);
        err.flush();
        return EXIT_FAILED;
    }

    /** The version from the jar's manifest ({@code Implementation-Version}), if any. */
    static final class ManifestVersion implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            String version = Main.class.getPackage().getImplementationVersion();
            return new String[] {"sos-qa " + (version == null ? "(development build)" : version)};
        }
    }
}
