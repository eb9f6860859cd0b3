package dev.hotlist.bench;

import dev.hotlist.domain.LeadFilter;
import dev.hotlist.domain.Progress;
import dev.hotlist.domain.SheetOptions;
import dev.hotlist.service.DatabaseLocation;
import dev.hotlist.service.LocalHotlist;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * The same work on a SQLite file and on a PostgreSQL server, side by side in one run, repeated: a 100,000-row import
 * into an empty database, ranking it from a service just opened (every lead read and scored), a re-rank (from
 * memory), a re-import of the same file (every row finds its lead), and {@code hotlist rank} as a fresh JVM when the
 * jar is built. The server is an embedded PostgreSQL 17 started here (Zonky's binaries, on a free port, data on local
 * disk, default durability settings: fsync and synchronous commit on), a new database per round.
 *
 * <pre>
 * mvn -B -q -DskipTests package
 * mvn -B -q -Pbench test-compile exec:exec@team-bench -Dteam.args="--rows 100000 --repeat 3"
 * </pre>
 */
public final class TeamBench {
    private static final LocalDate AS_OF = LocalDate.of(2026, 11, 24);

    private TeamBench() {
    }

    public static void main(String[] args) throws Exception {
        System.setProperty("log4j.provider", "org.apache.logging.log4j.simple.internal.SimpleProvider");
        int rows = ImportBench.intArg(args, "--rows", 100_000);
        int repeat = ImportBench.intArg(args, "--repeat", 3);
        Path work = Files.createTempDirectory("hotlist-team-bench");
        Path sheet = work.resolve("leads.xlsx");
        ImportBench.writeWorkbook(sheet, rows);
        EmbeddedPostgres embedded = EmbeddedPostgres.builder().start();
        Map<String, List<Long>> times = new LinkedHashMap<>();
        try {
            for (int round = 0; round < repeat; round++) {
                for (String engine : List.of("sqlite", "postgresql")) {
                    String location = engine.equals("sqlite") ? work.resolve("round" + round + ".db").toString()
                            : serverDatabase(embedded, "bench_" + round);
                    runRound(engine, location, sheet, rows, times);
                }
            }
        } finally {
            embedded.close();
        }
        System.out.printf("%d rows, %d rounds, median (min-max) in ms%n", rows, repeat);
        for (Map.Entry<String, List<Long>> e : times.entrySet()) {
            List<Long> sorted = new ArrayList<>(e.getValue());
            sorted.sort(null);
            System.out.printf("%-34s %7d  (%d-%d)%n", e.getKey(), sorted.get(sorted.size() / 2), sorted.get(0),
                    sorted.get(sorted.size() - 1));
        }
        for (String what : List.of("import", "rank (service just opened)", "re-rank (in memory)", "re-import",
                "hotlist rank (fresh JVM)")) {
            List<Long> s = times.get("sqlite " + what);
            List<Long> p = times.get("postgresql " + what);
            if (s != null && p != null) {
                System.out.printf("postgresql / sqlite, %-26s %.2f%n", what, median(p) / (double) median(s));
            }
        }
    }

    private static void runRound(String engine, String location, Path sheet, int rows, Map<String, List<Long>> times)
            throws Exception {
        DatabaseLocation at = DatabaseLocation.of(location);
        try (LocalHotlist h = LocalHotlist.open(at)) {
            long t = System.nanoTime();
            int added = h.importFile(sheet, SheetOptions.defaults(), AS_OF, Progress.NONE, Locale.ENGLISH).newCount();
            record(times, engine + " import", t);
            if (added != rows) {
                throw new IllegalStateException(engine + " imported " + added + " of " + rows);
            }
        }
        try (LocalHotlist h = LocalHotlist.open(at)) {
            long t = System.nanoTime();
            int ranked = h.rank(LeadFilter.all().withClosedAndSnoozed(true, true), AS_OF).size();
            record(times, engine + " rank (service just opened)", t);
            t = System.nanoTime();
            h.rank(LeadFilter.all().withText("a"), AS_OF.plusDays(1));
            record(times, engine + " re-rank (in memory)", t);
            t = System.nanoTime();
            h.importFile(sheet, SheetOptions.defaults(), AS_OF, Progress.NONE, Locale.ENGLISH);
            record(times, engine + " re-import", t);
            if (ranked != rows) {
                throw new IllegalStateException(engine + " ranked " + ranked);
            }
        }
        Path jar = Path.of("target", "hotlist.jar");
        if (Files.exists(jar)) {
            long t = System.nanoTime();
            Process p = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-jar",
                    jar.toString(), "rank", "--db", location, "--as-of", AS_OF.toString(), "--format", "csv")
                    .redirectOutput(ProcessBuilder.Redirect.DISCARD).redirectErrorStream(true).start();
            if (p.waitFor() != 0) {
                throw new IllegalStateException("hotlist rank failed on " + engine);
            }
            record(times, engine + " hotlist rank (fresh JVM)", t);
        }
    }

    private static String serverDatabase(EmbeddedPostgres embedded, String name) throws Exception {
        try (Connection c = embedded.getPostgresDatabase().getConnection(); Statement st = c.createStatement()) {
            st.execute("CREATE DATABASE " + name);
        }
        return "postgresql://postgres@localhost:" + embedded.getPort() + "/" + name;
    }

    private static void record(Map<String, List<Long>> times, String what, long startNanos) {
        times.computeIfAbsent(what, k -> new ArrayList<>())
                .add(TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - startNanos));
    }

    private static long median(List<Long> values) {
        List<Long> sorted = new ArrayList<>(values);
        sorted.sort(null);
        return sorted.get(sorted.size() / 2);
    }
}
