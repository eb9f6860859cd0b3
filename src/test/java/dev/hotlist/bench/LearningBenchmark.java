package dev.hotlist.bench;

import dev.hotlist.domain.Lead;
import dev.hotlist.domain.LeadFilter;
import dev.hotlist.domain.RankedLead;
import dev.hotlist.domain.ScoringSettings;
import dev.hotlist.domain.Stage;
import dev.hotlist.scoring.LeadScorer;
import dev.hotlist.scoring.Ranking;
import dev.hotlist.scoring.learning.Learned;
import dev.hotlist.scoring.learning.Learner;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The learned need's two bars, on sheets of 40 extra columns (12 categorical with signal, 8 numeric with signal,
 * 20 of noise, categorical and numeric), every lead closed (won or lost):
 *
 * <ul>
 *   <li>{@code fit}: {@link Learner#learn} from 100,000 leads (the bar: under 2 s). {@code dated=true}: leads a
 *       minute apart, so the most recent fifth is held out (two fits); {@code false}: one import day, so 5-fold
 *       cross-validation (six fits).</li>
 *   <li>{@code scoreAndRank}: 1,000,000 leads scored and ranked with the learned need ({@link Ranking#rank}), the bar
 *       under 1 s, beside {@code scoreAndRankWithTheRules}, the same leads with the rules' need, as the reference
 *       of the same run.</li>
 * </ul>
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(value = 1, jvmArgsAppend = {"-Xms6g", "-Xmx6g"})
@Warmup(iterations = 2)
@Measurement(iterations = 5)
public class LearningBenchmark {
    static final LocalDate AS_OF = LocalDate.of(2026, 11, 24);
    static final Instant START = Instant.parse("2025-01-01T09:00:00Z");
    static final int COLUMNS = 40;

    /** The fit from 100,000 leads. */
    @State(Scope.Benchmark)
    public static class Fit {
        @Param("100000")
        public int leads;
        @Param({"true", "false"})
        public boolean dated;
        List<Lead> data;

        @Setup(Level.Trial)
        public void setUp() {
            data = sheet(leads, 42, dated);
        }
    }

    /** A million leads and a need learned from 100,000 of the same kind. */
    @State(Scope.Benchmark)
    public static class Score {
        @Param("1000000")
        public int leads;
        List<Lead> data;
        LeadScorer learned;
        LeadScorer rules;
        final LeadFilter filter = LeadFilter.all().withClosedAndSnoozed(true, true);

        @Setup(Level.Trial)
        public void setUp() {
            Learned fit = Learner.learn(sheet(100_000, 7, true), Map.of(), ZoneOffset.UTC, START);
            learned = new LeadScorer(ScoringSettings.defaults(), fit.modelInUse().orElseThrow());
            rules = new LeadScorer(ScoringSettings.defaults());
            data = sheet(leads, 42, true);
        }
    }

    @Benchmark
    public int fit(Fit f) {
        return Learner.learn(f.data, Map.of(), ZoneOffset.UTC, START).report().factors().size();
    }

    @Benchmark
    public List<RankedLead> scoreAndRank(Score s) {
        return Ranking.rank(s.data, s.learned, AS_OF, s.filter);
    }

    @Benchmark
    public List<RankedLead> scoreAndRankWithTheRules(Score s) {
        return Ranking.rank(s.data, s.rules, AS_OF, s.filter);
    }

    /**
     * {@code n} closed leads of 40 extra columns whose outcome follows a logistic model of the signal columns.
     * Values come from small pools (as a sheet's picklists and a database's reading share them).
     */
    static List<Lead> sheet(int n, long seed, boolean dated) {
        Random random = new Random(seed);
        String[] headers = new String[COLUMNS];
        for (int c = 0; c < COLUMNS; c++) {
            headers[c] = (c < 12 ? "Category " : c < 20 ? "Measure " : c < 32 ? "Noise pick " : "Noise number ") + c;
        }
        String[][] picks = new String[COLUMNS][];
        double[][] effect = new double[COLUMNS][];
        for (int c = 0; c < COLUMNS; c++) {
            int size = c < 12 || c >= 20 && c < 32 ? 3 + c % 9 : 200;
            picks[c] = new String[size];
            effect[c] = new double[size];
            for (int v = 0; v < size; v++) {
                picks[c][v] = c < 12 || c >= 20 && c < 32 ? "value " + (char) ('A' + v % 26) + v : Integer.toString(v * 7);
                effect[c][v] = c < 12 ? random.nextGaussian() * 0.6 : c < 20 ? (v - size / 2.0) / size * 1.2 : 0;
            }
        }
        List<Lead> leads = new ArrayList<>(n);
        for (int i = 1; i <= n; i++) {
            Lead.Builder b = Lead.builder().id(i).name("Lead " + i);
            double z = -0.3;
            for (int c = 0; c < COLUMNS; c++) {
                int v = random.nextInt(picks[c].length);
                b.putExtra(headers[c], random.nextInt(20) == 0 ? "" : picks[c][v]);
                z += effect[c][v];
            }
            boolean won = random.nextDouble() < 1 / (1 + Math.exp(-z));
            Instant created = dated ? START.plus(i, ChronoUnit.MINUTES) : START;
            leads.add(b.stage(won ? Stage.WON : Stage.LOST).createdAt(created).updatedAt(created).build());
        }
        return leads;
    }
}
