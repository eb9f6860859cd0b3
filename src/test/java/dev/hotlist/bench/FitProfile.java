package dev.hotlist.bench;

import dev.hotlist.domain.Lead;
import dev.hotlist.scoring.learning.Learner;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;

/** Scratch: times the fit outside JMH, for a profiler. */
public final class FitProfile {
    public static void main(String[] args) {
        List<Lead> data = LearningBenchmark.sheet(100_000, 42, Boolean.parseBoolean(args[0]));
        for (int r = 0; r < 6; r++) {
            long t0 = System.nanoTime();
            var rep = Learner.learn(data, Map.of(), ZoneOffset.UTC, LearningBenchmark.START).report();
            System.out.printf("%d ms %s %.3f%n", (System.nanoTime() - t0) / 1_000_000, rep.validation(), rep.modelAuc());
        }
    }
}
