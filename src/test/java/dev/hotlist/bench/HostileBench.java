package dev.hotlist.bench;

import dev.hotlist.sheets.HostileWorkbooks;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Times the worst hostile workbooks through the whole {@code hotlist import} command in a 256 MB heap, beside the
 * import of an ordinary workbook in the same run: each case's wall time as a ratio to that reference, its peak
 * resident memory, and its peak heap (the largest heap before a collection, from the GC log). A case is expected to
 * end in about the time of a small real import, refused with one line or imported, never near the heap's limit.
 *
 * <pre>
 * mvn -B -q -DskipTests package
 * java -cp target/hotlist.jar:target/test-classes dev.hotlist.bench.HostileBench [--jar target/hotlist.jar]
 *      [--reference-rows 20000] [--limit 300] [--only NAME,NAME]
 * </pre>
 * {@code --jar} measures another build (an older one, to see what the limits changed); {@code --limit} stops a case
 * after that many seconds.
 */
public final class HostileBench {
    private static final long TOKEN = 200_000_000L;
    private static final Pattern GC_PAUSE = Pattern.compile("(\\d+)M->(\\d+)M\\((\\d+)M\\)");

    private HostileBench() {
    }

    public static void main(String[] args) throws Exception {
        System.setProperty("log4j.provider", "org.apache.logging.log4j.simple.internal.SimpleProvider");
        Path jar = Path.of(stringArg(args, "--jar", "target/hotlist.jar")).toAbsolutePath();
        int referenceRows = Integer.parseInt(stringArg(args, "--reference-rows", "20000"));
        long limit = Long.parseLong(stringArg(args, "--limit", "300"));
        List<String> only = Arrays.asList(stringArg(args, "--only", "").split(","));
        if (!Files.exists(jar)) {
            throw new IllegalStateException("Build first: mvn -B -q -DskipTests package");
        }
        Path work = Files.createDirectories(Path.of("target/bench/hostile"));
        Map<String, Path> cases = cases(work, referenceRows);
        System.out.printf(Locale.ROOT, "%-44s %6s %9s %8s %9s %9s  %s%n", "case", "exit", "seconds", "ratio",
                "RSS MB", "heap MB", "last line");
        double reference = 0;
        for (Map.Entry<String, Path> c : cases.entrySet()) {
            boolean isReference = reference == 0;
            if (!isReference && !only.get(0).isEmpty() && only.stream().noneMatch(c.getKey()::contains)) {
                continue;
            }
            Path db = work.resolve("bench.db");
            for (String suffix : List.of("", "-wal", "-shm")) {
                Files.deleteIfExists(Path.of(db + suffix));
            }
            Path gc = work.resolve("gc.log");
            Files.deleteIfExists(gc);
            Measured m = Measured.run(List.of("java", "-Xmx256m", "-Xlog:gc:file=" + gc, "-jar", jar.toString(),
                    "import", c.getValue().toString(), "--db", db.toString(), "--as-of", "2026-11-24"), limit);
            if (isReference) {
                reference = m.seconds();
            }
            System.out.printf(Locale.ROOT, "%-44s %6s %9.2f %7.1fx %9d %9d  %s%n", c.getKey(),
                    m.code() < 0 ? "killed" : Integer.toString(m.code()), m.seconds(), m.seconds() / reference,
                    m.peakRssKb() / 1024, peakHeapMb(gc), shorten(m.lines()));
        }
    }

    /** The ordinary reference first, then the hostile cases, generated once into {@code work}. */
    private static Map<String, Path> cases(Path work, int referenceRows) throws IOException {
        Map<String, Path> cases = new LinkedHashMap<>();
        cases.put("reference: " + referenceRows + " real rows x 12 columns", generated(work, "reference.xlsx",
                f -> ImportBench.writeWorkbook(f, referenceRows)));
        cases.put("200 MB text node", generated(work, "text.xlsx", f -> HostileWorkbooks.hugeText(f, TOKEN)));
        cases.put("200 MB attribute", generated(work, "attribute.xlsx", f -> HostileWorkbooks.hugeAttribute(f, TOKEN)));
        cases.put("200 MB element name", generated(work, "name.xlsx", f -> HostileWorkbooks.hugeName(f, TOKEN)));
        cases.put("200 MB CDATA", generated(work, "cdata.xlsx", f -> HostileWorkbooks.hugeCdata(f, TOKEN)));
        cases.put("20 million nested elements", generated(work, "deep.xlsx",
                f -> HostileWorkbooks.deepNesting(f, 20_000_000)));
        cases.put("5 million distinct element names", generated(work, "names.xlsx",
                f -> HostileWorkbooks.manyNames(f, 5_000_000)));
        cases.put("one row of 16,000 cells of 30,000 chars", generated(work, "wide.xlsx",
                f -> HostileWorkbooks.wideRow(f, 16_000, 30_000)));
        cases.put("20,000 sheets over 200,000 blank rows", generated(work, "sheets.xlsx",
                f -> HostileWorkbooks.manySheets(f, 20_000, 200_000)));
        cases.put("100,000 overlapping merges A{r}:A1048576", generated(work, "merges.xlsx",
                f -> HostileWorkbooks.overlappingMerges(f, 100_000)));
        cases.put("3,000,000 rows skipped for no contact", generated(work, "skipped.xlsx",
                f -> HostileWorkbooks.skippedRows(f, 3_000_000)));
        return cases;
    }

    private interface Generator {
        void write(Path file) throws IOException;
    }

    private static Path generated(Path work, String name, Generator generator) throws IOException {
        Path file = work.resolve(name);
        if (!Files.exists(file)) {
            generator.write(file);
        }
        return file;
    }

    /** The largest heap occupancy before a collection, in MB, from a {@code -Xlog:gc} file. */
    private static long peakHeapMb(Path gcLog) throws IOException {
        if (!Files.exists(gcLog)) {
            return 0;
        }
        long peak = 0;
        for (String line : Files.readAllLines(gcLog)) {
            Matcher m = GC_PAUSE.matcher(line);
            if (m.find()) {
                peak = Math.max(peak, Long.parseLong(m.group(1)));
            }
        }
        return peak;
    }

    private static String shorten(List<String> lines) {
        List<String> shown = new ArrayList<>(lines);
        String last = shown.isEmpty() ? "" : shown.get(shown.size() - 1);
        String text = (shown.size() > 1 ? "(" + shown.size() + " lines) " : "") + last;
        return text.length() > 110 ? text.substring(0, 110) + "…" : text;
    }

    private static String stringArg(String[] args, String name, String fallback) {
        for (int i = 0; i < args.length - 1; i++) {
            if (args[i].equals(name)) {
                return args[i + 1];
            }
        }
        return fallback;
    }
}
