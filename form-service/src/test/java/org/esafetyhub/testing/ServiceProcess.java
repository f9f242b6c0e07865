package org.esafetyhub.testing;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;

/**
 * The shipped jar run as a separate process, as the README says ({@code serve} from the project's root),
 * with its standard output and error kept in a file.
 */
public final class ServiceProcess implements AutoCloseable {

    private static final Pattern SERVING = Pattern.compile("serving (http://localhost:\\d+/)");

    private final Process process;
    private final Path log;
    private final URI address;

    private ServiceProcess(Process process, Path log, URI address) {
        this.process = process;
        this.log = log;
        this.address = address;
    }

    /** Starts {@code serve --port 0 --db database} and the given options, and waits (up to 2 minutes: a busy machine is slow to start a JVM) until it serves. */
    public static ServiceProcess serve(Path database, Path log, String... options) throws IOException, InterruptedException {
        return serve(database.toString(), log, Map.of(), options);
    }

    /**
     * The same on any database {@code --db} takes (an SQLite file or a {@code jdbc:postgresql://} URL), with
     * variables added to the environment (such as {@code ESAFETY_DB_USER} and the keys nodes share).
     */
    public static ServiceProcess serve(String database, Path log, Map<String, String> environment, String... options)
            throws IOException, InterruptedException {
        return serve(List.of(), database, log, environment, options);
    }

    /** The same with options for the JVM itself, such as {@code -Xmx256m} (the heap the shipped systemd unit gives it). */
    public static ServiceProcess serve(List<String> jvmOptions, String database, Path log, Map<String, String> environment,
                                       String... options) throws IOException, InterruptedException {
        var command = jar(jvmOptions, "serve", "--port", "0", "--db", database);
        command.addAll(List.of(options));
        var builder = new ProcessBuilder(command).directory(Stack.root().toFile()).redirectErrorStream(true).redirectOutput(log.toFile());
        builder.environment().putAll(environment);
        var process = builder.start();
        var deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
        while (System.nanoTime() < deadline && process.isAlive()) {
            var matcher = SERVING.matcher(Files.readString(log));
            if (matcher.find()) {
                return new ServiceProcess(process, log, URI.create(matcher.group(1)));
            }
            process.waitFor(100, TimeUnit.MILLISECONDS);
        }
        process.destroyForcibly();
        throw new AssertionError("serve did not announce its address: " + Files.readString(log));
    }

    /** What a command of the jar that ends by itself printed, and its exit status. */
    public record Finished(int exit, String output) {
    }

    /** Runs another command of the shipped jar (such as {@code audit verify}) to its end, up to a minute, with variables added to the environment. */
    public static Finished run(Map<String, String> environment, String... arguments) throws IOException, InterruptedException {
        var builder = new ProcessBuilder(jar(arguments)).directory(Stack.root().toFile()).redirectErrorStream(true);
        builder.environment().putAll(environment);
        var process = builder.start();
        var output = new String(process.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        if (!process.waitFor(60, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new AssertionError("the jar did not end within a minute: " + String.join(" ", arguments));
        }
        return new Finished(process.exitValue(), output);
    }

    private static List<String> jar(String... arguments) {
        return jar(List.of(), arguments);
    }

    private static List<String> jar(List<String> jvmOptions, String... arguments) {
        var command = new ArrayList<>(List.of("java"));
        command.addAll(jvmOptions);
        command.addAll(List.of("-jar", Stack.root().resolve("form-service/target/esafety-hub.jar").toString()));
        command.addAll(List.of(arguments));
        return command;
    }

    public URI url(String path) {
        return address.resolve(path.startsWith("/") ? path.substring(1) : path);
    }

    public Process process() {
        return process;
    }

    /** Everything the process has written so far. */
    public String output() throws IOException {
        return Files.readString(log);
    }

    /** SIGTERM, as systemd or Ctrl+C stops it; true if it ended within 20 s. */
    public boolean terminate() throws InterruptedException {
        process.destroy();
        return process.waitFor(60, TimeUnit.SECONDS);
    }

    /** SIGKILL (kill -9), as a power cut or the OOM killer ends it: no shutdown hook runs. Answers the exit status. */
    public int kill() throws IOException, InterruptedException {
        new ProcessBuilder("kill", "-KILL", Long.toString(process.pid())).inheritIO().start().waitFor();
        process.waitFor(60, TimeUnit.SECONDS);
        return process.exitValue();
    }

    @Override
    public void close() {
        process.destroyForcibly();
    }
}
