package dev.hotlist.bench;

import dev.hotlist.domain.Lead;
import dev.hotlist.domain.LeadFilter;
import dev.hotlist.domain.ScoringSettings;
import dev.hotlist.scoring.LeadScorer;
import dev.hotlist.scoring.Ranking;
import dev.hotlist.scoring.learning.Learner;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;

/** Scratch: times scoring a million leads with a learned need outside JMH, for a profiler. */
public final class ScoreProfile {
    public static void main(String[] args) {
        var fit = Learner.learn(LearningBenchmark.sheet(100_000, 7, true), Map.of(), ZoneOffset.UTC,
                LearningBenchmark.START);
        LeadScorer learned = new LeadScorer(ScoringSettings.defaults(), fit.modelInUse().orElseThrow());
        LeadScorer rules = new LeadScorer(ScoringSettings.defaults());
        List<Lead> data = LearningBenchmark.sheet(1_000_000, 42, true);
        LeadFilter all = LeadFilter.all().withClosedAndSnoozed(true, true);
        for (int r = 0; r < 6; r++) {
            long t0 = System.nanoTime();
            Ranking.rank(data, learned, LearningBenchmark.AS_OF, all);
            long t1 = System.nanoTime();
            Ranking.rank(data, rules, LearningBenchmark.AS_OF, all);
            long t2 = System.nanoTime();
            System.out.printf("learned %d ms, rules %d ms%n", (t1 - t0) / 1_000_000, (t2 - t1) / 1_000_000);
        }
    }
}
