package dev.hotlist.bench;

import dev.hotlist.domain.BuiltInView;
import dev.hotlist.domain.Progress;
import dev.hotlist.domain.RankedLead;
import dev.hotlist.domain.SheetOptions;
import dev.hotlist.service.LocalHotlist;
import java.io.BufferedWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import java.util.Locale;
import java.util.Random;

/**
 * How long the app takes, in a fresh JVM, from opening a database of N leads to having the first rows of the
 * Today view to show (what the window waits for behind its loading state): open, count, read, assess needs,
 * rank and filter; and before that, as the window does, the rows it showed last time read by id and scored
 * ({@code rankOnly}). Run it once to make the database, then again to time a cold start on it:
 * {@code java -cp target/hotlist.jar:target/test-classes dev.hotlist.bench.FirstRowsBench /tmp/first/h.db 100000}.
 */
public final class FirstRowsBench {
    /** PipelineViewModel.FIRST_ROWS_KEY (package-private there). */
    private static final String FIRST_ROWS_KEY = "ui.firstRows";

    private FirstRowsBench() {
    }

    public static void main(String[] args) throws Exception {
        Path db = Path.of(args.length > 0 ? args[0] : "first-rows.db");
        int n = args.length > 1 ? Integer.parseInt(args[1]) : 100_000;
        LocalDate asOf = LocalDate.of(2026, 11, 24);
        if (!Files.exists(db)) {
            Files.createDirectories(db.toAbsolutePath().getParent());
            Path csv = Files.createTempFile("first-rows-", ".csv");
            write(csv, n);
            try (LocalHotlist h = LocalHotlist.open(db)) {
                h.importFile(csv, SheetOptions.defaults(), asOf, Progress.NONE, Locale.ENGLISH);
                // what the window keeps when it closes: the ids of the first rows it showed
                h.savePreference(FIRST_ROWS_KEY, h.rank(BuiltInView.TODAY.filter(), asOf).stream().limit(40)
                        .map(r -> Long.toString(r.lead().id())).collect(Collectors.joining(",")));
            }
            Files.delete(csv);
            System.out.println("made " + db + " with " + n + " leads; run again to time the first rows");
            return;
        }
        long start = System.nanoTime();
        try (LocalHotlist h = LocalHotlist.open(db)) {
            long opened = System.nanoTime();
            long count = h.leadCount();
            long counted = System.nanoTime();
            // as the window does first: last time's first rows, read by id and scored
            List<Long> ids = h.preference(FIRST_ROWS_KEY).map(v -> Arrays.stream(v.split(",")).map(Long::valueOf)
                    .toList()).orElse(List.of());
            List<RankedLead> first = h.rankOnly(ids, asOf);
            long firstShown = System.nanoTime();
            List<RankedLead> today = h.rank(BuiltInView.TODAY.filter(), asOf);
            long ranked = System.nanoTime();
            h.filterChoices();
            h.activity(asOf);
            long all = System.nanoTime();
            List<RankedLead> again = h.rank(BuiltInView.ALL_OPEN.filter(), asOf);
            long rerank = System.nanoTime();
            System.out.printf(Locale.ROOT, "%d leads: open %.0f ms, count %.0f ms (loading state shows the count), "
                            + "last time's %d first rows shown %.0f ms after open; the whole Today view (%d) ranked "
                            + "%.0f ms after open, with filter choices and activity %.0f ms; a second view re-ranked "
                            + "in %.0f ms (%d rows); the first rows were the whole ranking's: %b%n", count,
                    ms(start, opened), ms(opened, counted), first.size(), ms(opened, firstShown), today.size(),
                    ms(opened, ranked), ms(opened, all), ms(all, rerank), again.size(),
                    first.stream().map(r -> r.lead().id()).toList().equals(today.stream().limit(first.size())
                            .map(r -> r.lead().id()).toList()));
        }
    }

    private static double ms(long from, long to) {
        return (to - from) / 1e6;
    }

    private static void write(Path csv, int n) throws Exception {
        Random r = new Random(42);
        String[] needs = {"urgent", "high", "medium", "low", "none", "4", "just asking the price"};
        String[] when = {"tomorrow", "this week", "next month", "next year", "just looking", "2026-12-05",
                "2026-11-20", ""};
        String[] regions = {"East", "West", "North", "South", "华东", "华南"};
        String[] owners = {"Wang", "Li", "Zhao", "Chen", "Smith"};
        try (BufferedWriter w = Files.newBufferedWriter(csv, StandardCharsets.UTF_8)) {
            w.write("Name,Company,Email,Phone,Need,Buying time,Region,Owner,Source,Notes\n");
            for (int i = 0; i < n; i++) {
                w.write("Lead " + i + ",Company " + (i % 5000) + ",lead" + i + "@example.com,555 " + (1_000_000 + i)
                        + "," + needs[r.nextInt(needs.length)] + "," + when[r.nextInt(when.length)] + ","
                        + regions[r.nextInt(regions.length)] + "," + owners[r.nextInt(owners.length)]
                        + ",referral,\"" + (r.nextInt(4) == 0 ? "machine broken, deadline" : "asked for a quote")
                        + "\"\n");
            }
        }
    }
}
