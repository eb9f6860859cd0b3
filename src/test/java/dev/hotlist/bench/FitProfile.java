package dev.hotlist.bench;

import dev.hotlist.domain.Lead;
import dev.hotlist.scoring.learning.Learner;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;

/**
 * Times the fit from 100,000 leads × 40 columns outside JMH, wall and CPU time: on a shared machine the CPU time
 * says what the fit costs whatever else runs. Argument: {@code true} for dated leads, {@code false} for one day.
 */
public final class FitProfile {
    public static void main(String[] args) {
        List<Lead> data = LearningBenchmark.sheet(100_000, 42, Boolean.parseBoolean(args[0]));
        var os = (com.sun.management.OperatingSystemMXBean) java.lang.management.ManagementFactory
                .getOperatingSystemMXBean();
        for (int r = 0; r < 6; r++) {
            long t0 = System.nanoTime();
            long c0 = os.getProcessCpuTime();
            var rep = Learner.learn(data, Map.of(), ZoneOffset.UTC, LearningBenchmark.START).report();
            System.out.printf("%d ms wall, %d ms CPU (both cores) %s %.3f%n", (System.nanoTime() - t0) / 1_000_000,
                    (os.getProcessCpuTime() - c0) / 1_000_000, rep.validation(), rep.modelAuc());
        }
    }
}
