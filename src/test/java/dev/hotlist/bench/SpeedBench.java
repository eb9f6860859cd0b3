package dev.hotlist.bench;

import dev.hotlist.domain.LeadFilter;
import dev.hotlist.domain.Progress;
import dev.hotlist.domain.RankedLead;
import dev.hotlist.domain.SheetOptions;
import dev.hotlist.service.ImportReport;
import dev.hotlist.service.LocalHotlist;
import dev.hotlist.store.Database;
import dev.hotlist.store.LeadStore;
import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * The waits people have, side by side with their references in one run, each repeated and reported as a median
 * with its ratio and PASS/FAIL against issue 17's targets:
 * <ul>
 *   <li>the app's first import of a session (a fresh JVM on the GUI launcher's runtime and options, the database
 *       open, the app's warm-up run, {@code LocalHotlist.importFile} with a progress listener; the same without the
 *       warm-up reported beside it) and {@code hotlist import} through the
 *       shipped launcher, each against LibreOffice's {@code --convert-to csv} of the same workbook (≥ 3×); plain
 *       {@code java -jar} reported beside them;</li>
 *   <li>a re-import of the same file (every row finds its lead, nothing changed), also the first import of its
 *       session and before any warm-up, against the cold first import (≤ 1×);</li>
 *   <li>the app's export of the 100k ranked leads to .xlsx against LibreOffice's {@code --convert-to xlsx} of the
 *       same rows as the app's CSV export (≤ ½);</li>
 *   <li>start-up: {@code rank --limit 10} (fresh JVM) against a fresh JVM that opens the database and reads the
 *       leads (≤ 2×), and the app's first rows against the same in-process.</li>
 * </ul>
 * <pre>
 * mvn -B -q -DskipTests package               # (and mvn -B -Pinstaller package -DskipTests for the launcher)
 * java -cp target/hotlist.jar:target/test-classes dev.hotlist.bench.SpeedBench [--rows 100000] [--repeat 3]
 * </pre>
 */
public final class SpeedBench {
    private static final LocalDate AS_OF = LocalDate.of(2026, 11, 24);
    private static final Path IMAGE = Path.of("target/installer/Hotlist").toAbsolutePath();
    private static final String RESULT = "RESULT ";

    private final Path jar = Path.of("target/hotlist.jar").toAbsolutePath();
    private final Path classes = Path.of("target/test-classes").toAbsolutePath();
    private final Path work;
    private final Map<String, List<Double>> times = new LinkedHashMap<>();
    private final List<String> notes = new ArrayList<>();

    private SpeedBench(Path work) {
        this.work = work;
    }

    public static void main(String[] args) throws Exception {
        System.setProperty("log4j.provider", "org.apache.logging.log4j.simple.internal.SimpleProvider");
        if (args.length > 0 && args[0].startsWith("--child-")) {
            child(args);
            return;
        }
        int rows = ImportBench.intArg(args, "--rows", 100_000);
        int repeat = ImportBench.intArg(args, "--repeat", 3);
        SpeedBench bench = new SpeedBench(Files.createDirectories(Path.of("target/bench").toAbsolutePath()));
        bench.run(rows, repeat);
    }

    private void run(int rows, int repeat) throws Exception {
        if (!Files.exists(jar)) {
            throw new IllegalStateException("Build first: mvn -B -q -DskipTests package");
        }
        Path xlsx = work.resolve("leads-" + rows + ".xlsx");
        if (!Files.exists(xlsx)) {
            ImportBench.writeWorkbook(xlsx, rows);
        }
        boolean launcher = Files.isExecutable(IMAGE.resolve("bin/hotlist"));
        List<String> app = appJava();
        System.out.printf(Locale.ROOT, "SpeedBench %s UTC, %,d rows x 12 (%s, %.1f MB), %d rounds, load %s%n",
                ZonedDateTime.now(ZoneOffset.UTC).withNano(0).toLocalDateTime(), rows, xlsx.getFileName(),
                Files.size(xlsx) / 1e6, repeat, loadAverage());
        System.out.println("app JVM (GUI launcher's runtime and options): " + String.join(" ", app));
        System.out.println("launcher: " + (launcher ? IMAGE.resolve("bin/hotlist") : "not built (mvn -B -Pinstaller "
                + "package -DskipTests): its import is SKIPPED"));
        System.out.println("java -jar: " + javaVersion(List.of("java")));
        Path appDb = work.resolve("speed-app.db");
        Path csvExport = work.resolve("speed-export.csv");
        for (int round = 1; round <= repeat; round++) {
            Path sofficeOut = Files.createDirectories(work.resolve("speed-soffice"));
            time("LibreOffice xlsx->csv", whole(List.of("soffice", "--headless", "--convert-to", "csv", "--outdir",
                    sofficeOut.toString(), xlsx.toString())));
            deleteDb(appDb);
            time("app first import, cold", child(app, "--child-import", appDb, xlsx));
            time("app re-import", child(app, "--child-import", appDb, xlsx));
            deleteDb(appDb);
            time("app first import", child(app, "--child-import-warm", appDb, xlsx));
            Path cliDb = work.resolve("speed-cli.db");
            if (launcher) {
                deleteDb(cliDb);
                time("launcher import", whole(List.of(IMAGE.resolve("bin/hotlist").toString(), "import",
                        xlsx.toString(), "--db", cliDb.toString(), "--as-of", AS_OF.toString())));
            }
            deleteDb(cliDb);
            time("java -jar import", whole(List.of("java", "-jar", jar.toString(), "import", xlsx.toString(), "--db",
                    cliDb.toString(), "--as-of", AS_OF.toString())));
            time("app export xlsx", child(app, "--child-export", appDb, work.resolve("speed-export.xlsx")));
            if (round == 1) {
                whole(List.of("java", "-jar", jar.toString(), "export", csvExport.toString(), "--db", appDb.toString(),
                        "--as-of", AS_OF.toString()));
            }
            time("LibreOffice csv->xlsx", whole(List.of("soffice", "--headless", "--convert-to", "xlsx", "--outdir",
                    sofficeOut.toString(), csvExport.toString())));
            time("open + read leads (java)", whole(List.of("java", "-cp", classpath(), SpeedBench.class.getName(),
                    "--child-read", appDb.toString())));
            time("rank --limit 10 (java -jar)", whole(List.of("java", "-jar", jar.toString(), "rank", "--db",
                    appDb.toString(), "--as-of", AS_OF.toString(), "--limit", "10")));
            if (launcher) {
                time("rank --limit 10 (launcher)", whole(List.of(IMAGE.resolve("bin/hotlist").toString(), "rank",
                        "--db", appDb.toString(), "--as-of", AS_OF.toString(), "--limit", "10")));
            }
            time("app open + read leads", child(app, "--child-read", appDb, null));
            time("app first rows", child(app, "--child-rows", appDb, null));
            System.out.printf(Locale.ROOT, "round %d done, load %s%n", round, loadAverage());
        }
        report(launcher);
    }

    private void report(boolean launcher) {
        System.out.println();
        System.out.printf("%-30s %9s %19s%n", "measure", "median", "range");
        times.forEach((name, list) -> System.out.printf(Locale.ROOT, "%-30s %8.2fs %8.2fs-%.2fs%n", name,
                median(list), list.stream().mapToDouble(d -> d).min().orElse(0),
                list.stream().mapToDouble(d -> d).max().orElse(0)));
        notes.forEach(System.out::println);
        System.out.println();
        double lo = median(times.get("LibreOffice xlsx->csv"));
        gate("app first import (after the app's warm-up) vs LibreOffice xlsx->csv",
                lo / median(times.get("app first import")), ">=", 3);
        System.out.printf(Locale.ROOT, "REPORTED app first import, cold (before the warm-up) vs LibreOffice: %.2fx%n",
                lo / median(times.get("app first import, cold")));
        if (launcher) {
            gate("launcher import vs LibreOffice xlsx->csv", lo / median(times.get("launcher import")), ">=", 3);
        } else {
            System.out.println("SKIPPED launcher import: target/installer/Hotlist/bin/hotlist not built");
        }
        System.out.printf(Locale.ROOT, "REPORTED java -jar import vs LibreOffice xlsx->csv: %.2fx faster (not gated)%n",
                lo / median(times.get("java -jar import")));
        gate("re-import / first import (both cold)",
                median(times.get("app re-import")) / median(times.get("app first import, cold")), "<=", 1);
        gate("app export xlsx / LibreOffice csv->xlsx",
                median(times.get("app export xlsx")) / median(times.get("LibreOffice csv->xlsx")), "<=", 0.5);
        double read = median(times.get("open + read leads (java)"));
        gate("rank --limit 10 / open + read leads", median(times.get("rank --limit 10 (java -jar)")) / read, "<=", 2);
        if (launcher) {
            System.out.printf(Locale.ROOT, "REPORTED launcher rank --limit 10 / java open + read leads: %.2fx%n",
                    median(times.get("rank --limit 10 (launcher)")) / read);
        }
        gate("app first rows / app open + read leads",
                median(times.get("app first rows")) / median(times.get("app open + read leads")), "<=", 2);
        System.out.println("load average at the end: " + loadAverage());
    }

    private static void gate(String what, double ratio, String op, double target) {
        boolean pass = op.equals(">=") ? ratio >= target : ratio <= target;
        System.out.printf(Locale.ROOT, "%s %s: %.2fx (target %s %.1fx)%n", pass ? "PASS" : "FAIL", what, ratio, op,
                target);
    }

    private void time(String what, double seconds) {
        times.computeIfAbsent(what, k -> new ArrayList<>()).add(seconds);
        System.out.printf(Locale.ROOT, "  %-30s %.2f s%n", what, seconds);
    }

    /** The whole command's wall time; a failure stops the benchmark. */
    private double whole(List<String> cmd) throws IOException, InterruptedException {
        Measured m = Measured.run(cmd, TimeUnit.MINUTES.toSeconds(20));
        if (m.code() != 0) {
            throw new IllegalStateException(String.join(" ", cmd) + " failed (" + m.code() + "): "
                    + String.join("\n", m.lines()));
        }
        return m.seconds();
    }

    /** A child JVM's own timing of the work (its start-up excluded: the app is up when the user asks). */
    private double child(List<String> java, String mode, Path db, Path file) throws IOException, InterruptedException {
        List<String> cmd = new ArrayList<>(java);
        // the image's own jar first, as its launcher has it: an AOT or CDS archive holds only for that class path
        Path imageJar = IMAGE.resolve("lib/app/hotlist.jar");
        String cp = java.get(0).startsWith(IMAGE.toString()) ? imageJar + File.pathSeparator + classes
                : classpath();
        cmd.addAll(List.of("-cp", cp, SpeedBench.class.getName(), mode, db.toString()));
        if (file != null) {
            cmd.add(file.toString());
        }
        Measured m = Measured.run(cmd, TimeUnit.MINUTES.toSeconds(20));
        String result = m.lines().stream().filter(l -> l.startsWith(RESULT)).findFirst().orElse(null);
        if (m.code() != 0 || result == null) {
            throw new IllegalStateException(String.join(" ", cmd) + " failed (" + m.code() + "): "
                    + String.join("\n", m.lines()));
        }
        String[] parts = result.substring(RESULT.length()).split(" ", 2);
        if (parts.length > 1) {
            notes.add("  " + mode.substring("--child-".length()) + ": " + parts[1]);
            System.out.println("    " + parts[1]);
        }
        return Double.parseDouble(parts[0]);
    }

    private String classpath() {
        return jar + File.pathSeparator + classes;
    }

    /**
     * The GUI launcher's runtime and JVM options as jpackage wrote them into its cfg; without an image, this JDK's
     * {@code java} with the options the build script gives the GUI launcher.
     */
    private static List<String> appJava() throws IOException {
        Path cfg = IMAGE.resolve("lib/app/Hotlist.cfg");
        Path runtime = IMAGE.resolve("lib/runtime/bin/java");
        List<String> cmd = new ArrayList<>();
        if (Files.isRegularFile(cfg) && Files.isExecutable(runtime)) {
            cmd.add(runtime.toString());
            for (String line : Files.readAllLines(cfg)) {
                if (line.startsWith("java-options=")) {
                    cmd.add(line.substring("java-options=".length()).replace("$APPDIR", IMAGE.resolve("lib/app").toString()));
                }
            }
            return cmd;
        }
        cmd.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        cmd.addAll(List.of("-Xshare:auto", "-Dfile.encoding=UTF-8"));
        return cmd;
    }

    private static String javaVersion(List<String> java) throws IOException, InterruptedException {
        List<String> cmd = new ArrayList<>(java);
        cmd.add("-version");
        Measured m = Measured.run(cmd, 60);
        return m.lines().isEmpty() ? "?" : String.join(" / ", m.lines().subList(0, Math.min(2, m.lines().size())));
    }

    private static String loadAverage() {
        try {
            String[] parts = Files.readString(Path.of("/proc/loadavg")).split(" ");
            return parts[0] + " " + parts[1] + " " + parts[2];
        } catch (IOException e) {
            return "?";
        }
    }

    private static void deleteDb(Path db) throws IOException {
        for (String suffix : List.of("", "-wal", "-shm")) {
            Files.deleteIfExists(Path.of(db + suffix));
        }
        Path backups = db.resolveSibling(db.getFileName().toString().replaceFirst("\\.db$", "") + "-backups");
        if (Files.isDirectory(backups)) {
            try (var files = Files.list(backups)) {
                for (Path f : files.toList()) {
                    Files.delete(f);
                }
            }
        }
    }

    private static double median(List<Double> values) {
        double[] sorted = values.stream().mapToDouble(d -> d).sorted().toArray();
        int n = sorted.length;
        return n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2;
    }

    // --- the child JVMs: each prints one RESULT line, its seconds first ---

    private static void child(String[] args) throws Exception {
        Path db = Path.of(args[1]);
        switch (args[0]) {
            case "--child-import" -> childImport(db, Path.of(args[2]), false);
            case "--child-import-warm" -> childImport(db, Path.of(args[2]), true);
            case "--child-export" -> childExport(db, Path.of(args[2]));
            case "--child-read" -> childRead(db);
            case "--child-rows" -> childRows(db);
            default -> throw new IllegalArgumentException(Arrays.toString(args));
        }
    }

    /**
     * The app's import: the database open, then the file picked; progress as the app's bar receives it. With
     * {@code warm}, the app's warm-up ({@code Hotlist.warmUp}, which the window starts once the list shows) has run
     * to its end first, as it has when the user picks a file more than its few seconds after the list appeared;
     * without, the import comes before any (a file picked at once, or dropped on the window as it opens).
     */
    private static void childImport(Path db, Path xlsx, boolean warm) throws Exception {
        try (LocalHotlist hotlist = LocalHotlist.open(db)) {
            hotlist.rank(LeadFilter.all(), AS_OF);
            String warmedUp = "";
            if (warm) {
                long w0 = System.nanoTime();
                if (!hotlist.warmUp(Progress.NONE)) {
                    throw new IllegalStateException("the warm-up did not run to its end");
                }
                warmedUp = String.format(Locale.ROOT, "; the warm-up before it took %.2f s",
                        (System.nanoTime() - w0) / 1e9);
            }
            ProgressLog progress = new ProgressLog();
            long t0 = System.nanoTime();
            progress.start(t0);
            ImportReport report = hotlist.importFile(xlsx, SheetOptions.defaults(), AS_OF, progress, Locale.ENGLISH);
            long t1 = System.nanoTime();
            System.out.printf(Locale.ROOT, "%s%.3f %s (%d unchanged); progress: %d updates, longest gap %d ms%s%n",
                    RESULT, (t1 - t0) / 1e9, report.summaryLine(), report.unchangedCount(), progress.updates,
                    TimeUnit.NANOSECONDS.toMillis(progress.longestGap(t1)), warmedUp);
        }
    }

    /** File ▸ Export view… of the whole list, once the list is shown. */
    private static void childExport(Path db, Path out) throws Exception {
        try (LocalHotlist hotlist = LocalHotlist.open(db)) {
            hotlist.rank(LeadFilter.all(), AS_OF);
            long t0 = System.nanoTime();
            int n = hotlist.export(out, LeadFilter.all(), AS_OF, Progress.NONE, Locale.ENGLISH);
            System.out.printf(Locale.ROOT, "%s%.3f %,d leads, %.1f MB%n", RESULT, (System.nanoTime() - t0) / 1e9, n,
                    Files.size(out) / 1e6);
        }
    }

    /** The reference for start-up: open the database and read every lead, nothing else. */
    private static void childRead(Path db) {
        long t0 = System.nanoTime();
        try (Database d = Database.openExisting(db)) {
            int n = d.read(LeadStore::all).size();
            System.out.printf(Locale.ROOT, "%s%.3f%n", RESULT, (System.nanoTime() - t0) / 1e9);
            if (n == 0) {
                throw new IllegalStateException("no leads in " + db);
            }
        }
    }

    /** The app's first rows: open the database and rank the list it shows. */
    private static void childRows(Path db) {
        long t0 = System.nanoTime();
        try (LocalHotlist hotlist = LocalHotlist.open(db)) {
            List<RankedLead> ranked = hotlist.rank(LeadFilter.all(), AS_OF);
            System.out.printf(Locale.ROOT, "%s%.3f%n", RESULT, (System.nanoTime() - t0) / 1e9);
            if (ranked.isEmpty()) {
                throw new IllegalStateException("no leads in " + db);
            }
        }
    }

    /** Records when progress arrived, as a progress bar would show it. */
    private static final class ProgressLog implements Progress {
        private long last;
        private long longest;
        int updates;

        void start(long t0) {
            last = t0;
        }

        @Override
        public synchronized void update(long done, long total) {
            long now = System.nanoTime();
            longest = Math.max(longest, now - last);
            last = now;
            updates++;
        }

        synchronized long longestGap(long end) {
            return Math.max(longest, end - last);
        }

        @Override
        public boolean isCancelled() {
            return false;
        }
    }
}
