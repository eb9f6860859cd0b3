package dev.hotlist.bench;

import dev.hotlist.domain.Lead;
import dev.hotlist.domain.LeadScore;
import dev.hotlist.domain.Progress;
import dev.hotlist.domain.RankedLead;
import dev.hotlist.domain.Reason;
import dev.hotlist.domain.ScoringSettings;
import dev.hotlist.domain.Stage;
import dev.hotlist.domain.Tier;
import dev.hotlist.domain.TimingState;
import dev.hotlist.sheets.export.ExportRequest;
import dev.hotlist.sheets.export.Exporters;
import dev.hotlist.sheets.export.LastCall;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Time to export 100,000 ranked leads (about 30 columns, reasons, last calls, extra columns) to .xlsx and .csv.
 *
 * <p>Run: {@code mvn -B -Pbench test-compile exec:exec@jmh -Djmh.args="ExportBenchmark -wi 1 -i 3 -f 1"}.
 * {@link #main} instead exports a million rows once and prints the time and the heap in use, to show the
 * streaming writer's memory stays flat: run it with a small heap, e.g. {@code -Xmx192m}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 1)
@Measurement(iterations = 3)
@Fork(value = 1, jvmArgsAppend = "-Xmx1g")
public class ExportBenchmark {
    private static final LocalDate AS_OF = LocalDate.of(2026, 11, 24);
    private static final int ROWS = 100_000;

    private ExportRequest request;
    private Path dir;

    @Setup(Level.Trial)
    public void setUp() throws IOException {
        request = request(rankedLeads(ROWS, ROWS));
        dir = Files.createTempDirectory("hotlist-export-bench");
    }

    @TearDown(Level.Trial)
    public void tearDown() throws IOException {
        try (Stream<Path> files = Files.walk(dir)) {
            for (Path p : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }

    @Benchmark
    public long xlsx100k() throws IOException {
        Path out = dir.resolve("leads.xlsx");
        Exporters.write(out, request, Progress.NONE);
        return Files.size(out);
    }

    @Benchmark
    public long csv100k() throws IOException {
        Path out = dir.resolve("leads.csv");
        Exporters.write(out, request, Progress.NONE);
        return Files.size(out);
    }

    /** Exports {@code args[0]} rows (default 1,000,000) to {@code args[1]} (default a temp .xlsx) once. */
    public static void main(String[] args) throws IOException {
        int rows = args.length > 0 ? Integer.parseInt(args[0]) : 1_000_000;
        Path out = args.length > 1 ? Path.of(args[1]) : Files.createTempFile("hotlist-export-", ".xlsx");
        // Leads are shared between rows so that the input list stays small and the heap shows the writer.
        ExportRequest request = request(rankedLeads(rows, 1_000));
        System.gc();
        long before = usedHeap();
        long[] peak = {before};
        Progress sampler = new Progress() {
            @Override
            public void update(long done, long total) {
                if (done % 50_000 < 256) {
                    peak[0] = Math.max(peak[0], usedHeap());
                }
            }

            @Override
            public boolean isCancelled() {
                return false;
            }
        };
        long start = System.nanoTime();
        Exporters.write(out, request, sampler);
        long millis = (System.nanoTime() - start) / 1_000_000;
        System.out.printf(Locale.ROOT, "%,d rows -> %s: %,d ms, %,d bytes; heap used before %,d MB, peak sampled %,d MB"
                        + " (max heap %,d MB)%n", rows, out, millis, Files.size(out), before >> 20, peak[0] >> 20,
                Runtime.getRuntime().maxMemory() >> 20);
        if (args.length < 2) {
            Files.delete(out);
        }
    }

    private static long usedHeap() {
        long used = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) {
                used += pool.getUsage().getUsed();
            }
        }
        return used;
    }

    private static ExportRequest request(List<RankedLead> rows) {
        return new ExportRequest(rows, AS_OF, ScoringSettings.defaults(),
                r -> (r.points() >= 0 ? "+" : "") + r.points() + " " + r.part().name().toLowerCase(Locale.ROOT)
                        + ": " + r.key() + " " + r.args(),
                id -> id % 3 == 0
                        ? Optional.of(new LastCall(dev.hotlist.domain.CallOutcome.NO_ANSWER,
                                LocalDateTime.of(2026, 11, 20, 10, 30)))
                        : Optional.empty(),
                Locale.US);
    }

    /** {@code rows} ranked rows over {@code distinct} different leads (ranks always distinct). */
    static List<RankedLead> rankedLeads(int rows, int distinct) {
        String[] needs = {"4", "急需", "high", "3", "urgent", "中", "low", "just asking"};
        String[] buying = {"tomorrow", "明天", "next month", "下个月", "next year", "随便看看", "just looking", ""};
        Tier[] tiers = Tier.values();
        List<Lead> leads = new ArrayList<>(distinct);
        for (int i = 0; i < distinct; i++) {
            int k = i % 8;
            leads.add(Lead.builder()
                    .id(i + 1)
                    .externalId("00Q" + (100_000 + i))
                    .name(i % 2 == 0 ? "Lead Number " + i : "王伟" + i)
                    .company(i % 2 == 0 ? "Pumps & Valves " + (i % 997) + ", Inc." : "上海机械有限公司" + (i % 997))
                    .email("lead" + i + "@example.com")
                    .phone(String.format(Locale.ROOT, "0138%08d", i))
                    .needStated(needs[k])
                    .needScale(k == 0 || k == 3 ? 5 : null)
                    .buyingStated(buying[k])
                    .buyingDate(k < 5 ? AS_OF.plusDays(new int[] {1, 1, 30, 31, 365}[k]) : null)
                    .budget(i % 3 == 0 ? "50000" : "")
                    .source(i % 2 == 0 ? "referral" : "展会")
                    .segment(i % 2 == 0 ? "Construction" : "制造业")
                    .customerType("contractor")
                    .region(i % 2 == 0 ? "North" : "华东")
                    .size("10-50")
                    .owner("Bo")
                    .notes(i % 4 == 0 ? "Pump broken, deadline Friday, needs a replacement asap" : "")
                    .putExtra("Booth", "B" + (i % 200))
                    .putExtra("Interest", i % 2 == 0 ? "pumps" : "valves")
                    .stage(i % 5 == 0 ? Stage.CONTACTED : Stage.NEW)
                    .nextActionDate(i % 3 == 0 ? AS_OF.plusDays(i % 14) : null)
                    .build());
        }
        List<Reason> reasons = List.of(Reason.need(30, "need.level", "high"), Reason.need(10, "need.pain", "broken"),
                Reason.timing(35, "timing.tomorrow", AS_OF.plusDays(1)));
        List<RankedLead> out = new ArrayList<>(rows);
        for (int i = 0; i < rows; i++) {
            int k = i % distinct;
            double need = 100 - (i * 37 % 100);
            double timing = 100 - (i * 53 % 100);
            LeadScore score = new LeadScore(need, timing, (need + timing) / 2, tiers[i % 4], TimingState.UPCOMING,
                    reasons.subList(0, 1 + i % 3));
            out.add(new RankedLead(i + 1, leads.get(k), score));
        }
        return out;
    }
}
