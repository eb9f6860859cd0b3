package dev.hotlist.bench;

import dev.hotlist.domain.Lead;
import dev.hotlist.domain.LeadFilter;
import dev.hotlist.domain.RankedLead;
import dev.hotlist.domain.ScoringSettings;
import dev.hotlist.scoring.LeadGenerator;
import dev.hotlist.scoring.LeadScorer;
import dev.hotlist.scoring.Ranking;
import java.time.LocalDate;
import java.util.List;
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
 * Scoring and ranking a million in-memory leads with realistic notes (English and Chinese, pain words,
 * budgets, sources, dates from long past to far ahead). The bar: under 1 s on 2 cores.
 *
 * <ul>
 *   <li>{@code scoreAndRank}: from raw leads: need, timing, filter, sort.</li>
 *   <li>{@code rerankForAnotherDay}: needs worked out before ({@link Ranking#prepare}); what the app does when
 *       the as-of day or the filter changes.</li>
 *   <li>{@code assessNeeds}: the need part alone, all leads.</li>
 * </ul>
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@State(Scope.Benchmark)
@Fork(value = 1, jvmArgsAppend = {"-Xms3g", "-Xmx3g"})
@Warmup(iterations = 2)
@Measurement(iterations = 5)
public class ScoringBenchmark {
    private static final LocalDate AS_OF = LocalDate.of(2026, 11, 24);

    @Param("1000000")
    public int leads;

    private List<Lead> data;
    private LeadScorer scorer;
    private Ranking prepared;
    private final LeadFilter filter = LeadFilter.all();

    @Setup(Level.Trial)
    public void setUp() {
        data = LeadGenerator.generate(leads, 42, AS_OF);
        scorer = new LeadScorer(ScoringSettings.defaults());
        prepared = Ranking.prepare(data, scorer);
    }

    @Benchmark
    public List<RankedLead> scoreAndRank() {
        return Ranking.rank(data, scorer, AS_OF, filter);
    }

    @Benchmark
    public List<RankedLead> rerankForAnotherDay() {
        return prepared.rank(AS_OF.plusDays(1), filter);
    }

    @Benchmark
    public int assessNeeds() {
        return Ranking.prepare(data, scorer).size();
    }
}
