package dev.hotlist.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * A command run to its end (or to a time limit), timed, its peak resident memory polled from {@code /proc}
 * ({@code VmHWM}) while it runs, its output kept.
 *
 * @param code     the exit code, or -1 when the limit stopped it
 * @param lines    what it printed, stdout and stderr together
 */
record Measured(int code, double seconds, long peakRssKb, List<String> lines) {
    static Measured run(List<String> cmd, long limitSeconds) throws IOException, InterruptedException {
        Path log = Files.createTempFile("bench", ".log");
        long t0 = System.nanoTime();
        Process p = new ProcessBuilder(cmd).redirectErrorStream(true).redirectOutput(log.toFile()).start();
        long peak = 0;
        Path status = Path.of("/proc/" + p.pid() + "/status");
        long deadline = t0 + TimeUnit.SECONDS.toNanos(limitSeconds);
        boolean ended;
        while (!(ended = p.waitFor(20, TimeUnit.MILLISECONDS)) && System.nanoTime() < deadline) {
            peak = Math.max(peak, vmHwm(status));
        }
        if (!ended) {
            p.destroyForcibly().waitFor();
        }
        double seconds = (System.nanoTime() - t0) / 1e9;
        List<String> lines = Files.readAllLines(log);
        Files.deleteIfExists(log);
        return new Measured(ended ? p.exitValue() : -1, seconds, peak, lines);
    }

    String lastLine() {
        return lines.isEmpty() ? "" : lines.get(lines.size() - 1);
    }

    private static long vmHwm(Path status) {
        try {
            for (String line : Files.readAllLines(status)) {
                if (line.startsWith("VmHWM:")) {
                    return Long.parseLong(line.replaceAll("\\D", ""));
                }
            }
        } catch (IOException | NumberFormatException e) {
            // the process just ended
        }
        return 0;
    }
}
