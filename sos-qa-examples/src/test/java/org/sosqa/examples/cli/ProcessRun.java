package org.sosqa.examples.cli;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

/**
 * What a separate process printed and how it exited: the integration tests run the shaded jar, its launcher
 * and the demo as a user would, in a process of their own.
 *
 * @param exitCode the exit code
 * @param out standard output, as UTF-8
 * @param err standard error, as UTF-8
 */
public record ProcessRun(int exitCode, String out, String err) {

    /**
     * Runs a command to its end, at most {@code minutes}, giving it {@code stdin} and reading both its outputs.
     *
     * @param command the program and its arguments
     * @param env variables added to this process's environment
     * @param stdin what the command reads on standard input
     * @param minutes how long it may take
     * @return what it printed and its exit code
     */
    public static ProcessRun of(List<String> command, Map<String, String> env, String stdin, int minutes)
            throws IOException, InterruptedException {
        ProcessBuilder builder = new ProcessBuilder(command);
        builder.environment().putAll(env);
        Process process = builder.start();
        try (var in = process.getOutputStream()) {
            in.write(stdin.getBytes(StandardCharsets.UTF_8));
        }
        CompletableFuture<String> out = CompletableFuture.supplyAsync(() -> read(process.getInputStream()));
        CompletableFuture<String> err = CompletableFuture.supplyAsync(() -> read(process.getErrorStream()));
        if (!process.waitFor(minutes, TimeUnit.MINUTES)) {
            process.destroyForcibly();
            throw new AssertionError(String.join(" ", command) + " did not finish in " + minutes + " minutes");
        }
        return new ProcessRun(process.exitValue(), out.join(), err.join());
    }

    private static String read(InputStream in) {
        try (in) {
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            in.transferTo(bytes);
            return bytes.toString(StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
