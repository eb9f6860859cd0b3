package dev.hotlist.bench;

import dev.hotlist.domain.BuiltInView;
import dev.hotlist.domain.Lead;
import dev.hotlist.domain.LeadFilter;
import dev.hotlist.domain.RankedLead;
import dev.hotlist.domain.ScoringSettings;
import dev.hotlist.scoring.LeadGenerator;
import dev.hotlist.scoring.LeadScorer;
import dev.hotlist.scoring.Ranking;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
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
 * What the pipeline does on every keystroke in the search box, every filter click and every new day, on 100,000
 * prepared leads (needs assessed once, as the app keeps them): the bar is 100 ms. {@code allOpen} is the reference
 * in the same run: the same re-rank with no criterion.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@State(Scope.Benchmark)
@Fork(value = 1, jvmArgsAppend = {"-Xms2g", "-Xmx2g"})
@Warmup(iterations = 3)
@Measurement(iterations = 5)
public class FilterBenchmark {
    private static final LocalDate AS_OF = LocalDate.of(2026, 11, 24);

    @Param("100000")
    public int leads;

    private Ranking prepared;
    private final LeadFilter today = BuiltInView.TODAY.filter();
    private final LeadFilter search = LeadFilter.all().withText("machine");
    private final LeadFilter phoneDigits = LeadFilter.all().withText("555-01");
    private LeadFilter ownerRegion;

    @Setup(Level.Trial)
    public void setUp() {
        List<Lead> data = LeadGenerator.generate(leads, 42, AS_OF);
        prepared = Ranking.prepare(data, new LeadScorer(ScoringSettings.defaults()));
        Lead some = data.get(7);
        ownerRegion = LeadFilter.all().toBuilder().owners(Set.of(some.owner())).regions(Set.of(some.region()))
                .need(40, 100).build();
    }

    @Benchmark
    public List<RankedLead> allOpen() {
        return prepared.rank(AS_OF, LeadFilter.all());
    }

    @Benchmark
    public List<RankedLead> todayView() {
        return prepared.rank(AS_OF, today);
    }

    @Benchmark
    public List<RankedLead> searchText() {
        return prepared.rank(AS_OF, search);
    }

    @Benchmark
    public List<RankedLead> searchPhoneDigits() {
        return prepared.rank(AS_OF, phoneDigits);
    }

    @Benchmark
    public List<RankedLead> ownerRegionAndNeedRange() {
        return prepared.rank(AS_OF, ownerRegion);
    }

    @Benchmark
    public List<RankedLead> anotherDay() {
        return prepared.rank(AS_OF.plusDays(1), today);
    }
}
