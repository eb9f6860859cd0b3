package dev.hotlist.bench;

import dev.hotlist.domain.ExtraColumns;
import dev.hotlist.domain.Lead;
import dev.hotlist.domain.LeadFilter;
import dev.hotlist.domain.ScoringSettings;
import dev.hotlist.scoring.LeadScorer;
import dev.hotlist.scoring.NeedSource;
import dev.hotlist.scoring.Ranking;
import dev.hotlist.scoring.learning.Learner;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;

/**
 * Times scoring and ranking a million leads of 40 columns with a learned need and with the rules, outside JMH, wall and
 * CPU time (both cores), and the parts: reading the cells, the learned need alone on one thread.
 */
public final class ScoreProfile {
    public static void main(String[] args) {
        var fit = Learner.learn(LearningBenchmark.sheet(100_000, 7, true), Map.of(), ZoneOffset.UTC,
                LearningBenchmark.START);
        NeedSource model = fit.modelInUse().orElseThrow();
        LeadScorer learned = new LeadScorer(ScoringSettings.defaults(), model);
        LeadScorer rules = new LeadScorer(ScoringSettings.defaults());
        List<Lead> data = LearningBenchmark.sheet(1_000_000, 42, true);
        LeadFilter all = LeadFilter.all().withClosedAndSnoozed(true, true);
        var os = (com.sun.management.OperatingSystemMXBean) java.lang.management.ManagementFactory
                .getOperatingSystemMXBean();
        for (int r = 0; r < 6; r++) {
            long c0 = os.getProcessCpuTime();
            long t0 = System.nanoTime();
            long read = 0;
            for (Lead l : data) {
                ExtraColumns x = (ExtraColumns) l.extra();
                for (int k = 0; k < x.size(); k++) {
                    read += x.valueAt(k).length();
                }
            }
            long t1 = System.nanoTime();
            long sum = 0;
            for (Lead l : data) {
                sum += model.assess(l).score();
            }
            long t2 = System.nanoTime();
            long c2 = os.getProcessCpuTime();
            Ranking.rank(data, learned, LearningBenchmark.AS_OF, all);
            long t3 = System.nanoTime();
            long c3 = os.getProcessCpuTime();
            Ranking.rank(data, rules, LearningBenchmark.AS_OF, all);
            long t4 = System.nanoTime();
            long c4 = os.getProcessCpuTime();
            System.out.printf("read %d ms, assess (1 thread) %d ms, rank learned %d ms (CPU %d ms), rank rules %d ms "
                    + "(CPU %d ms) (%d %d)%n", (t1 - t0) / 1_000_000, (t2 - t1) / 1_000_000, (t3 - t2) / 1_000_000,
                    (c3 - c2) / 1_000_000, (t4 - t3) / 1_000_000, (c4 - c3) / 1_000_000, read, sum + c0 * 0);
        }
    }
}
