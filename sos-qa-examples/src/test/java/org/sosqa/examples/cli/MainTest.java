package org.sosqa.examples.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.util.List;
import org.junit.jupiter.api.Test;

class MainTest {

    @Test
    void aBadCommandLineExitsTwo() {
        for (String[] args : List.of(new String[] {"--no-such-option"}, new String[] {"no-such-command"}, new String[0],
                new String[] {"audit", "--no-such-option", "x.json"}, new String[] {"validate"})) {
            Cli.Run run = Cli.run(args);
            run.assertExit(Main.EXIT_USAGE);
            assertEquals("", run.out(), run::toString);
            run.assertNoStackTrace();
        }
    }

    @Test
    void anUnknownOptionIsNamedOnStderr() {
        Cli.Run run = Cli.run("--no-such-option");

        assertTrue(run.err().contains("Unknown option: '--no-such-option'"), run::toString);
    }

    @Test
    void noCommandListsTheCommands() {
        Cli.Run run = Cli.run();

        assertTrue(run.err().contains("Missing command"), run::toString);
        for (String command : List.of("sample", "validate", "audit", "check-statement")) {
            assertTrue(run.err().contains(command), () -> command + " is not listed:\n" + run);
        }
    }

    @Test
    void aMistypedCommandGetsASuggestion() {
        Cli.Run run = Cli.run("audti", "x.json");

        run.assertExit(Main.EXIT_USAGE);
        assertTrue(run.err().contains("audit"), run::toString);
    }

    @Test
    void aWrongSubcommandOptionPointsAtItsHelp() {
        Cli.Run run = Cli.run("validate", "--format", "xml", "x.json");

        run.assertExit(Main.EXIT_USAGE);
        assertTrue(run.err().contains("--format"), run::toString);
        assertTrue(run.err().contains("Try 'sos-qa validate --help'"), run::toString);
    }

    @Test
    void helpAndVersionExitZero() {
        Cli.Run help = Cli.run("--help");
        help.assertExit(0);
        assertTrue(help.out().contains("check-statement"), help::toString);

        Cli.Run auditHelp = Cli.run("help", "audit");
        auditHelp.assertExit(0);
        assertTrue(auditHelp.out().contains("--rules"), auditHelp::toString);

        Cli.Run version = Cli.run("--version");
        version.assertExit(0);
        assertTrue(version.out().startsWith("sos-qa "), version::toString);
    }

    @Test
    void aRunOfOneCommandBuildsOnlyThatCommand() {
        assertEquals(List.of("audit"),
                List.copyOf(Main.commandLine(InputStream.nullInputStream(), "audit", "x.json").getSubcommands().keySet()));
        assertEquals(List.of("rules"),
                List.copyOf(Main.commandLine(InputStream.nullInputStream(), "rules", "check", "dir").getSubcommands().keySet()));
        // Help, options and unknown words need every command (listing them, suggesting one).
        for (String[] args : List.of(new String[0], new String[] {"help", "audit"}, new String[] {"--help"},
                new String[] {"audti"})) {
            assertEquals(Main.SUBCOMMANDS.size(),
                    Main.commandLine(InputStream.nullInputStream(), args).getSubcommands().size(), String.join(" ", args));
        }
    }

    @Test
    void theHelpListsEveryCommandAndAChosenCommandStillHasItsHelp() {
        Cli.Run help = Cli.run("--help");
        for (Class<?> command : Main.SUBCOMMANDS) {
            String name = command.getAnnotation(picocli.CommandLine.Command.class).name();
            assertTrue(help.out().contains("  " + name + " "), () -> name + " is not listed:\n" + help);
        }
        Cli.Run auditHelp = Cli.run("audit", "--help");
        auditHelp.assertExit(0);
        assertTrue(auditHelp.out().contains("Usage: sos-qa audit"), auditHelp::toString);
    }
}
