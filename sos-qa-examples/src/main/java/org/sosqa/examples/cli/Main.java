package org.sosqa.examples.cli;

import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.InputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Objects;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;
import picocli.CommandLine.UnmatchedArgumentException;

/**
 * The {@code sos-qa} command. Subcommands are registered here, and only here ({@link #SUBCOMMANDS}).
 */
@Command(name = "sos-qa",
        mixinStandardHelpOptions = true,
        versionProvider = Main.ManifestVersion.class,
        description = "Signs of Safety quality assurance: audits, measures and rule packs.")
public final class Main implements Runnable {

    /** Every subcommand, in the order {@code sos-qa --help} lists them. */
    static final List<Class<?>> SUBCOMMANDS = List.of(
            SampleCommand.class,
            ValidateCommand.class,
            AuditCommand.class,
            CheckStatementCommand.class,
            RulesCommand.class,
            IndicatorsCommand.class,
            DashboardCommand.class,
            SurveyCommand.class,
            InquiryCommand.class,
            LeadershipCommand.class,
            AccreditationCommand.class,
            DemoCommand.class,
            ReportCommand.class,
            CommandLine.HelpCommand.class);

    /** Exit code: done, but some input was invalid or a check failed. */
    static final int EXIT_FAILED = 1;
    /** Exit code: the command line itself was wrong. */
    static final int EXIT_USAGE = 2;

    @Spec
    private CommandSpec spec;

    private final InputStream stdin;

    private Main(InputStream stdin) {
        this.stdin = stdin;
    }

    public static void main(String[] args) {
        configureDependencies();
        // UTF-8 whatever the platform's default: JSON is UTF-8, and text output uses ✓ and ✗.
        PrintWriter out = new PrintWriter(new OutputStreamWriter(new FileOutputStream(FileDescriptor.out), StandardCharsets.UTF_8));
        PrintWriter err = new PrintWriter(new OutputStreamWriter(new FileOutputStream(FileDescriptor.err), StandardCharsets.UTF_8), true);
        int exitCode;
        try {
            exitCode = execute(System.in, out, err, args);
        } catch (OutOfMemoryError e) {
            out.flush();
            err.println("sos-qa: error: out of memory; give Java more, for example java -Xmx2g -jar sos-qa.jar ...");
            exitCode = EXIT_FAILED;
        }
        out.flush();
        err.flush();
        System.exit(exitCode);
    }

    /** Settings of the dependencies for a run of the command line; a setting already given is kept. */
    static void configureDependencies() {
        // Hibernate Validator logs through jboss-logging, which picks java.util.logging (INFO to stderr), or the
        // Log4j API that Apache POI brings, unless told otherwise; send it to slf4j-simple, which prints warnings
        // and errors only.
        if (System.getProperty("org.jboss.logging.provider") == null) {
            System.setProperty("org.jboss.logging.provider", "slf4j");
        }
        // No command is a Groovy closure; picocli then skips looking for Groovy's classes at start-up.
        if (System.getProperty("picocli.disable.closures") == null) {
            System.setProperty("picocli.disable.closures", "true");
        }
    }

    /** Runs the command line on the process's own streams and returns its exit code instead of exiting. */
    static int execute(String... args) {
        return execute(System.in, new PrintWriter(System.out, true), new PrintWriter(System.err, true), args);
    }

    /**
     * Runs the command line and returns its exit code instead of exiting.
     *
     * @param stdin what {@code -} reads
     * @param out standard output
     * @param err standard error
     * @param args the arguments
     * @return the exit code
     */
    static int execute(InputStream stdin, PrintWriter out, PrintWriter err, String... args) {
        int exitCode = commandLine(Objects.requireNonNull(stdin, "stdin"), args)
                .setOut(out)
                .setErr(err)
                .setParameterExceptionHandler(Main::reportUsageError)
                .setExecutionExceptionHandler(Main::reportError)
                .execute(args);
        out.flush();
        err.flush();
        return exitCode;
    }

    /**
     * The command line for these arguments. Picocli builds a command's model by reflection over all its options
     * when the command is added, which for every subcommand took about 150 ms of a run that lasts about a second
     * (docs/performance.md, goal 1). So when the first argument names a subcommand, only that one is added: the
     * run can reach no other. Otherwise (no command, an option, {@code help}, a misspelt command) all are, so the
     * usage lists them and suggestions can be made.
     */
    static CommandLine commandLine(InputStream stdin, String... args) {
        CommandLine commandLine = new CommandLine(new Main(stdin));
        Class<?> chosen = args.length == 0 ? null : SUBCOMMANDS.stream()
                .filter(c -> c != CommandLine.HelpCommand.class)
                .filter(c -> c.getAnnotation(Command.class).name().equals(args[0]))
                .findFirst().orElse(null);
        for (Class<?> subcommand : chosen == null ? SUBCOMMANDS : List.of(chosen)) {
            commandLine.addSubcommand(subcommand);
        }
        return commandLine;
    }

    /** Standard input, as this run was given it. */
    InputStream stdin() {
        return stdin;
    }

    @Override
    public void run() {
        throw new ParameterException(spec.commandLine(), "Missing command");
    }

    // A wrong command line: the problem in one line, then where to look. The whole usage only for the
    // top command, where it is the list of commands.
    private static int reportUsageError(ParameterException e, String[] args) {
        CommandLine commandLine = e.getCommandLine();
        PrintWriter err = commandLine.getErr();
        String name = commandLine.getCommandSpec().qualifiedName();
        err.println(name + ": " + e.getMessage());
        UnmatchedArgumentException.printSuggestions(e, err);
        if (commandLine.getCommandSpec().parent() == null) {
            err.println();
            commandLine.usage(err);
        } else {
            err.println("Try '" + name + " --help' for more information.");
        }
        err.flush();
        return EXIT_USAGE;
    }

    // Anything a command throws becomes one plain line on stderr, never a stack trace.
    private static int reportError(Exception e, CommandLine commandLine, CommandLine.ParseResult parseResult) {
        PrintWriter err = commandLine.getErr();
        String message = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        if (root != e && root.getMessage() != null && !message.contains(root.getMessage())) {
            message += " (" + root.getMessage() + ")";
        }
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
