package dev.hydra.faults;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** A test's own classes run in a child JVM: for per-process file locks, or a heap limit of its own. */
final class ChildJvm {

    private final Process process;
    private final Path output;

    private ChildJvm(Process process, Path output) {
        this.process = process;
        this.output = output;
    }

    /** Starts {@code main} with {@code jvmOptions} (such as {@code -Xmx32m}) and {@code args}; output and errors merged. */
    static ChildJvm start(List<String> jvmOptions, Class<?> main, String... args) throws IOException {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(jvmOptions);
        command.addAll(List.of("-cp", System.getProperty("java.class.path"), main.getName()));
        command.addAll(List.of(args));
        // to a file, not a pipe: reading a pipe would wait without bound for a child that hangs
        Path output = Files.createTempFile("hydra-child", ".log");
        return new ChildJvm(
                new ProcessBuilder(command)
                        .redirectErrorStream(true)
                        .redirectOutput(output.toFile())
                        .start(),
                output);
    }

    /**
     * Waits at most {@code seconds} for the child and returns what it printed.
     *
     * @throws AssertionError when it does not end in time or exits with another status than 0
     */
    String output(int seconds) throws IOException, InterruptedException {
        try {
            boolean ended = process.waitFor(seconds, TimeUnit.SECONDS);
            String printed = Files.readString(output, StandardCharsets.UTF_8);
            if (!ended) {
                throw new AssertionError("the child JVM did not end within " + seconds + " s:\n" + printed);
            }
            if (process.exitValue() != 0) {
                throw new AssertionError("the child JVM exited with " + process.exitValue() + ":\n" + printed);
            }
            return printed;
        } finally {
            process.destroyForcibly();
            Files.deleteIfExists(output);
        }
    }
}
