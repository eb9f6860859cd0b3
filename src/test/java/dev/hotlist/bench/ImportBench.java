package dev.hotlist.bench;

import dev.hotlist.domain.SheetOptions;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import dev.hotlist.domain.Progress;
import dev.hotlist.service.ImportReport;
import dev.hotlist.service.LocalHotlist;
import dev.hotlist.sheets.GeneratedLeadWorkbook;

/**
 * Times the whole {@code hotlist import} command (a fresh JVM: parse, score, persist) beside LibreOffice's
 * {@code soffice --headless --convert-to csv} on the same generated workbook, in one run, repeated; then a
 * re-import of the same file (every row finds its lead), the export of the imported leads and a ranking. Speed is
 * reported as a ratio because the machines are shared and noisy.
 *
 * <pre>
 * mvn -B -q -DskipTests package
 * java -cp target/hotlist.jar:target/test-classes dev.hotlist.bench.ImportBench [--rows 100000] [--repeat 3]
 *      [--xmx 512m] [--no-soffice] [--import-only] [--inline] [--in-app]
 * java -cp target/hotlist.jar:target/test-classes dev.hotlist.bench.ImportBench --write-workbook FILE ROWS
 * </pre>
 * {@code --inline} writes the cells' text inline (as streaming writers and many CRM exports do: a sheet XML half
 * as large again) instead of in a shared string table (as Excel does). {@code --in-app} also times imports
 * through the service in one running JVM, as the app makes them: the first one, then warmed-up ones.
 */
public final class ImportBench {
    private static final String IN_APP = "--in-app-child";
    /** The day the generated sheet's dates and words are read against. */
    private static final LocalDate AS_OF = GeneratedLeadWorkbook.AS_OF;

    private ImportBench() {
    }

    public static void main(String[] args) throws Exception {
        System.setProperty("log4j.provider", "org.apache.logging.log4j.simple.internal.SimpleProvider");
        if (args.length == 3 && args[0].equals(IN_APP)) {
            inApp(Path.of(args[1]), Path.of(args[2]));
            return;
        }
        if (args.length == 3 && args[0].equals("--write-workbook")) {
            // the installer's training run imports such a workbook (packaging/build-installer.sh)
            writeWorkbook(Path.of(args[1]), Integer.parseInt(args[2]));
            return;
        }
        int rows = intArg(args, "--rows", 100_000);
        int repeat = intArg(args, "--repeat", 3);
        String xmx = stringArg(args, "--xmx", null);
        boolean soffice = !Arrays.asList(args).contains("--no-soffice");
        boolean importOnly = Arrays.asList(args).contains("--import-only");
        boolean inline = Arrays.asList(args).contains("--inline");
        boolean inApp = Arrays.asList(args).contains("--in-app");
        Path jar = Path.of("target/hotlist.jar").toAbsolutePath();
        if (!Files.exists(jar)) {
            throw new IllegalStateException("Build first: mvn -B -q -DskipTests package");
        }
        Path work = Files.createDirectories(Path.of("target/bench"));
        Path xlsx = work.resolve("leads-" + rows + (inline ? "-inline" : "") + ".xlsx");
        if (!Files.exists(xlsx)) {
            long t0 = System.nanoTime();
            writeWorkbook(xlsx, rows, !inline);
            System.out.printf("generated %s (%,d rows x %d columns, %.1f MB) in %.1f s%n", xlsx, rows, GeneratedLeadWorkbook.columns(),
                    Files.size(xlsx) / 1e6, (System.nanoTime() - t0) / 1e9);
        }
        List<Double> importTimes = new ArrayList<>();
        List<Double> sofficeTimes = new ArrayList<>();
        List<Long> peakRss = new ArrayList<>();
        Path db = work.resolve("bench.db");
        for (int i = 0; i < repeat; i++) {
            if (soffice) {
                Path outDir = Files.createDirectories(work.resolve("soffice"));
                Timed t = run(List.of("soffice", "--headless", "--convert-to", "csv", "--outdir", outDir.toString(),
                        xlsx.toString()));
                sofficeTimes.add(t.seconds);
                System.out.printf("run %d: soffice --convert-to csv %.2f s%n", i + 1, t.seconds);
            }
            deleteDb(db);
            Timed t = run(importCommand(jar, xlsx, db, xmx));
            importTimes.add(t.seconds);
            peakRss.add(t.peakRssKb);
            System.out.printf("run %d: hotlist import %.2f s, peak RSS %,d MB -> %s%n", i + 1, t.seconds,
                    t.peakRssKb / 1024, t.lastLine);
        }
        double imp = median(importTimes);
        System.out.printf(Locale.ROOT, "hotlist import: median %.2f s over %d runs (%,d rows)%n", imp, repeat, rows);
        if (soffice) {
            double lo = median(sofficeTimes);
            System.out.printf(Locale.ROOT, "soffice convert: median %.2f s; ratio soffice/hotlist = %.1fx (target >= 3x)%n",
                    lo, lo / imp);
        }
        if (inApp) {
            // the app's case: the JVM is up and the database open when the salesperson picks the file
            List<String> child = java(xmx);
            child.addAll(List.of("-cp", jar + java.io.File.pathSeparator + Path.of("target/test-classes").toAbsolutePath(),
                    ImportBench.class.getName(), IN_APP, xlsx.toString(), work.resolve("in-app.db").toString()));
            Process p = new ProcessBuilder(child).inheritIO().start();
            if (p.waitFor() != 0) {
                throw new IllegalStateException("the in-app timing failed");
            }
        }
        if (importOnly) {
            return;
        }
        // the weekly case: the same sheet again, every row finding its lead
        Timed reimport = run(importCommand(jar, xlsx, db, xmx));
        System.out.printf("hotlist re-import of the same file: %.2f s -> %s%n", reimport.seconds, reimport.lastLine);
        for (String ext : List.of("xlsx", "csv")) {
            Path out = work.resolve("export-" + rows + "." + ext);
            Timed t = run(List.of("java", "-jar", jar.toString(), "export", out.toString(), "--db", db.toString(),
                    "--as-of", AS_OF.toString()));
            System.out.printf("hotlist export %s: %.2f s (%.1f MB) -> %s%n", ext, t.seconds, Files.size(out) / 1e6,
                    t.lastLine);
        }
        Timed rank = run(List.of("java", "-jar", jar.toString(), "rank", "--db", db.toString(), "--as-of",
                AS_OF.toString(), "--limit", "10", "--format", "csv"));
        System.out.printf("hotlist rank (load + score + sort %,d leads, fresh JVM): %.2f s%n", rows, rank.seconds);
    }

    /** {@code java}, with a heap limit when {@code xmx} is given. */
    private static List<String> java(String xmx) {
        List<String> cmd = new ArrayList<>(List.of("java"));
        if (xmx != null) {
            cmd.add("-Xmx" + xmx);
        }
        return cmd;
    }

    private static List<String> importCommand(Path jar, Path xlsx, Path db, String xmx) {
        List<String> cmd = java(xmx);
        cmd.addAll(List.of("-jar", jar.toString(), "import", xlsx.toString(), "--db", db.toString(), "--as-of",
                AS_OF.toString()));
        return cmd;
    }

    /**
     * Imports {@code xlsx} through the service, as the app does, into a fresh database each time, in this one JVM:
     * the first import pays the JIT warm-up the app's first import pays, the later ones show the code's own speed.
     */
    private static void inApp(Path xlsx, Path db) throws Exception {
        for (int i = 1; i <= 5; i++) {
            deleteDb(db);
            try (LocalHotlist hotlist = LocalHotlist.open(db)) {
                long t0 = System.nanoTime();
                ImportReport report = hotlist.importFile(xlsx, SheetOptions.defaults(), AS_OF, Progress.NONE,
                        Locale.ENGLISH);
                System.out.printf(Locale.ROOT, "in-app import %d (JVM up, database open): %.2f s -> %s%n", i,
                        (System.nanoTime() - t0) / 1e9, report.summaryLine());
            }
        }
    }

    public static void writeWorkbook(Path file, int rows) throws IOException {
        GeneratedLeadWorkbook.write(file, rows);
    }

    /** The 12-column lead sheet the tests generate too ({@link GeneratedLeadWorkbook}), with or without shared strings. */
    public static void writeWorkbook(Path file, int rows, boolean sharedStrings) throws IOException {
        GeneratedLeadWorkbook.write(file, rows, sharedStrings);
    }

    private record Timed(double seconds, long peakRssKb, String lastLine) {
    }

    /** Runs a command, polling its peak resident memory while it runs; a failure stops the benchmark. */
    private static Timed run(List<String> cmd) throws IOException, InterruptedException {
        Measured m = Measured.run(cmd, TimeUnit.HOURS.toSeconds(1));
        if (m.code() != 0) {
            throw new IllegalStateException(String.join(" ", cmd) + " failed (" + m.code() + "): "
                    + String.join("\n", m.lines()));
        }
        return new Timed(m.seconds(), m.peakRssKb(), m.lastLine());
    }

    private static void deleteDb(Path db) throws IOException {
        for (String suffix : List.of("", "-wal", "-shm")) {
            Files.deleteIfExists(Path.of(db + suffix));
        }
    }

    private static double median(List<Double> values) {
        List<Double> sorted = new ArrayList<>(values);
        sorted.sort(Comparator.naturalOrder());
        return sorted.get(sorted.size() / 2);
    }

    static int intArg(String[] args, String name, int fallback) {
        String v = stringArg(args, name, null);
        return v == null ? fallback : Integer.parseInt(v);
    }

    static String stringArg(String[] args, String name, String fallback) {
        for (int i = 0; i < args.length - 1; i++) {
            if (args[i].equals(name)) {
                return args[i + 1];
            }
        }
        return fallback;
    }
}
