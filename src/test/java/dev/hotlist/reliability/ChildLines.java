package dev.hotlist.reliability;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

/** Talks to a child JVM line by line: commands on its stdin, answers awaited in the file its output goes to. */
final class ChildLines {
    private final Process process;
    private final Path output;

    ChildLines(Process process, Path output) {
        this.process = process;
        this.output = output;
    }

    void send(String line) throws IOException {
        OutputStream in = process.getOutputStream();
        in.write((line + "\n").getBytes(StandardCharsets.UTF_8));
        in.flush();
    }

    /** Waits until the child has printed {@code line} as a whole line; fails with its output if it dies first. */
    void await(String line) throws Exception {
        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        while (System.nanoTime() < deadline) {
            String text = Files.readString(output, StandardCharsets.UTF_8);
            if (text.lines().anyMatch(line::equals)) {
                return;
            }
            if (!process.isAlive()) {
                throw new AssertionError("child exited (" + process.exitValue() + ") before printing '" + line
                        + "':\n" + text);
            }
            Thread.sleep(10);
        }
        throw new AssertionError("child did not print '" + line + "' in time:\n" + Files.readString(output));
    }

    /** SIGKILL: no shutdown hook, no close, no checkpoint. */
    void kill() throws InterruptedException {
        process.destroyForcibly();
        process.waitFor();
    }
}
