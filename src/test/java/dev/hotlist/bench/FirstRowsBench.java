package dev.hotlist.bench;

import dev.hotlist.domain.BuiltInView;
import dev.hotlist.domain.RankedLead;
import dev.hotlist.domain.SheetOptions;
import dev.hotlist.service.LocalHotlist;
import java.io.BufferedWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.stream.Collectors;

/**
 * How long the app takes, in a fresh JVM, from the database opening to having the first rows of the Today view to
 * show (what the window waits for behind its loading state), as the window asks for them: last time's rows by id
 * when it kept any ({@code rankOnly}), this view's head ({@code firstRows}), then the whole ranking.
 *
 * <p>The first run fills {@code DB} with N generated leads through the command line ({@code hotlist import} in a
 * child JVM), so the app has never opened it. Each round then copies that file and opens the copy twice, each time
 * in a fresh JVM: the first open of a database the app never opened, and, after that first open kept its rows as
 * the window does when it closes, the second. The open itself is timed in the same child as the reference:
 * {@code java -cp target/hotlist.jar:target/test-classes dev.hotlist.bench.FirstRowsBench /tmp/first/h.db 100000 3}.
 */
public final class FirstRowsBench {
    /** PipelineViewModel.FIRST_ROWS_KEY (package-private there). */
    private static final String FIRST_ROWS_KEY = "ui.firstRows";
    private static final int FIRST_ROWS = 40;
    private static final LocalDate AS_OF = LocalDate.of(2026, 11, 24);
    private static final String RESULT = "RESULT ";

    private FirstRowsBench() {
    }

    public static void main(String[] args) throws Exception {
        if (args.length > 0 && args[0].equals("--child")) {
            child(Path.of(args[1]));
            return;
        }
        Path db = Path.of(args.length > 0 ? args[0] : "first-rows.db").toAbsolutePath();
        int n = args.length > 1 ? Integer.parseInt(args[1]) : 100_000;
        int rounds = args.length > 2 ? Integer.parseInt(args[2]) : 3;
        if (!Files.exists(db)) {
            fill(db, n);
        }
        List<double[]> first = new ArrayList<>();
        List<double[]> second = new ArrayList<>();
        List<double[]> none = new ArrayList<>();
        for (int r = 1; r <= rounds; r++) {
            Path copy = db.resolveSibling("round-" + r + "-" + db.getFileName());
            LocalHotlist.deleteDatabase(copy);
            Files.copy(db, copy, StandardCopyOption.REPLACE_EXISTING);
            first.add(run(copy, "first open (as the import left it)"));
            second.add(run(copy, "second open (after the window kept its rows)"));
            // as a database that nothing kept rows in (filled by an earlier version, say): this view's head alone
            try (LocalHotlist h = LocalHotlist.open(copy)) {
                h.savePreference(FIRST_ROWS_KEY, "");
            }
            none.add(run(copy, "open with no rows kept"));
            LocalHotlist.deleteDatabase(copy);
        }
        System.out.printf(Locale.ROOT, "medians of %d rounds (ms, after the open): first open: open %.0f, first rows "
                        + "%.0f, whole ranking %.0f; second open: open %.0f, first rows %.0f, whole ranking %.0f; "
                        + "nothing kept: open %.0f, first rows %.0f, whole ranking %.0f%n",
                rounds, median(first, 0), median(first, 1), median(first, 2), median(second, 0), median(second, 1),
                median(second, 2), median(none, 0), median(none, 1), median(none, 2));
    }

    /** Fills {@code db} with {@code n} leads through {@code hotlist import}, in a child JVM as a user would. */
    private static void fill(Path db, int n) throws Exception {
        Files.createDirectories(db.getParent());
        Path csv = Files.createTempFile("first-rows-", ".csv");
        try {
            write(csv, n);
            long t0 = System.nanoTime();
            Process p = new ProcessBuilder(java(), "-cp", System.getProperty("java.class.path"), "dev.hotlist.Main",
                    "import", csv.toString(), "--db", db.toString(), "--as-of", AS_OF.toString()).inheritIO().start();
            if (p.waitFor() != 0) {
                throw new IllegalStateException("hotlist import failed: exit " + p.exitValue());
            }
            System.out.printf(Locale.ROOT, "filled %s with %d leads by `hotlist import` in %.1f s%n", db, n,
                    (System.nanoTime() - t0) / 1e9);
        } finally {
            Files.deleteIfExists(csv);
        }
    }

    /** One open in a fresh JVM: open, first rows and whole ranking in ms after the open. */
    private static double[] run(Path db, String what) throws Exception {
        Process p = new ProcessBuilder(java(), "-cp", System.getProperty("java.class.path"),
                FirstRowsBench.class.getName(), "--child", db.toString())
                .redirectErrorStream(true).start();
        double[] result = null;
        for (String line : new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
            if (line.startsWith(RESULT)) {
                result = Arrays.stream(line.substring(RESULT.length()).split(" ")).limit(3)
                        .mapToDouble(Double::parseDouble).toArray();
                System.out.println(what + ": " + line.substring(RESULT.length()));
            } else if (!line.isBlank()) {
                System.out.println("  " + line);
            }
        }
        if (p.waitFor() != 0 || result == null) {
            throw new IllegalStateException("the child failed on " + db);
        }
        return result;
    }

    /**
     * In the child: what the window asks for, in its order, timed from the database opening; then what the window
     * keeps when it closes (its first rows' ids), for the next open.
     */
    private static void child(Path db) {
        long start = System.nanoTime();
        try (LocalHotlist h = LocalHotlist.open(db)) {
            long opened = System.nanoTime();
            h.leadCount();
            List<Long> ids = h.preference(FIRST_ROWS_KEY).map(v -> Arrays.stream(v.split(","))
                    .filter(s -> !s.isBlank()).map(Long::valueOf).toList()).orElse(List.of());
            List<RankedLead> kept = ids.isEmpty() ? List.of() : h.rankOnly(ids, AS_OF);
            long keptShown = System.nanoTime();
            // as the window: this view's head only when nothing kept shows already
            List<RankedLead> head = kept.isEmpty() ? h.firstRows(BuiltInView.TODAY.filter(), AS_OF, FIRST_ROWS)
                    : List.of();
            long headShown = System.nanoTime();
            List<RankedLead> today = h.rank(BuiltInView.TODAY.filter(), AS_OF);
            long ranked = System.nanoTime();
            long firstShown = kept.isEmpty() ? headShown : keptShown;
            List<Long> wholeHead = ids(today).subList(0, Math.min(FIRST_ROWS, today.size()));
            System.out.printf(Locale.ROOT, "%s%.0f %.0f %.0f  (ms: open; first rows after it; whole ranking after "
                            + "it) %d leads; kept rows %s; this view's head (%d rows) %.0f ms after open; the first "
                            + "rows shown are the whole ranking's head: %b; the whole Today view %d rows%n", RESULT,
                    ms(start, opened), ms(opened, firstShown), ms(opened, ranked), h.leadCount(),
                    kept.isEmpty() ? "none" : kept.size() + " at " + Math.round(ms(opened, keptShown)) + " ms",
                    head.size(), ms(opened, headShown), kept.isEmpty() ? head.equals(today.subList(0, head.size()))
                            : ids(kept).subList(0, Math.min(FIRST_ROWS, kept.size())).equals(wholeHead), today.size());
            // what the window keeps when it closes: the ids of the first rows it showed
            h.savePreference(FIRST_ROWS_KEY, wholeHead.stream().map(String::valueOf).collect(Collectors.joining(",")));
        }
    }

    private static List<Long> ids(List<RankedLead> ranked) {
        return ranked.stream().map(r -> r.lead().id()).toList();
    }

    private static String java() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }

    private static double median(List<double[]> rows, int column) {
        double[] v = rows.stream().mapToDouble(r -> r[column]).sorted().toArray();
        return v.length % 2 == 1 ? v[v.length / 2] : (v[v.length / 2 - 1] + v[v.length / 2]) / 2;
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
