package dev.hotlist.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import dev.hotlist.cli.Cli;
import dev.hotlist.service.LocalHotlist;
import dev.hotlist.sheets.HostileWorkbooks;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The hostile cases through the command line, as a user meets them: each is imported or refused with one line, in a
 * 256 MB heap and bounded time, and a refusal changes nothing: not the database, its folder or its backups, nor a
 * new path's folders. The files are generated here (a 2.5 MB file can hold a 200 MB attribute), none is committed.
 */
class HostileImportsTest {
    /** Each case should take seconds; this only stops a hang from stalling the build. */
    private static final int CHILD_SECONDS = 240;
    private static final String AS_OF = "2026-11-24";
    private static final long TOKEN = 200_000_000L;

    @TempDir
    static Path files;
    /** Each case's file, by name. */
    private static final Map<String, Path> CASES = new LinkedHashMap<>();

    @TempDir
    Path dir;

    record Run(int code, List<String> out, List<String> err, double seconds) {
    }

    @BeforeAll
    static void generate() throws IOException {
        CASES.put("200 MB text node", HostileWorkbooks.hugeText(files.resolve("text.xlsx"), TOKEN));
        CASES.put("200 MB attribute", HostileWorkbooks.hugeAttribute(files.resolve("attribute.xlsx"), TOKEN));
        CASES.put("200 MB element name", HostileWorkbooks.hugeName(files.resolve("name.xlsx"), TOKEN));
        CASES.put("200 MB CDATA", HostileWorkbooks.hugeCdata(files.resolve("cdata.xlsx"), TOKEN));
        CASES.put("20 million nested elements", HostileWorkbooks.deepNesting(files.resolve("deep.xlsx"), 20_000_000));
        CASES.put("2 million distinct names", HostileWorkbooks.manyNames(files.resolve("names.xlsx"), 2_000_000));
        CASES.put("a row of 16,000 cells of 30,000 characters",
                HostileWorkbooks.wideRow(files.resolve("wide.xlsx"), 16_000, 30_000));
        CASES.put("20,000 sheets over one part of 200,000 blank rows",
                HostileWorkbooks.manySheets(files.resolve("sheets.xlsx"), 20_000, 200_000));
        String broken = "<Relationships><Relationship";
        String doctype = "<?xml version=\"1.0\"?><!DOCTYPE x [<!ENTITY a \"b\">]><Relationships/>";
        for (String part : List.of(HostileWorkbooks.CONTENT_TYPES, HostileWorkbooks.ROOT_RELS,
                HostileWorkbooks.WORKBOOK_RELS)) {
            String name = part.replaceAll("\\W", "_");
            CASES.put("malformed " + part, HostileWorkbooks.withPart(files.resolve("bad" + name + ".xlsx"), part, broken));
            CASES.put("DOCTYPE in " + part, HostileWorkbooks.withPart(files.resolve("dtd" + name + ".xlsx"), part,
                    doctype));
        }
        CASES.put("XML broken at row 60", HostileWorkbooks.breaksAtRow(files.resolve("break.xlsx"), 60, "Name"));
        CASES.put("XML broken at row 60, with --map Who=name",
                HostileWorkbooks.breaksAtRow(files.resolve("who.xlsx"), 60, "Who"));
        // refused mid-import rather than while the sheet opens
        CASES.put("XML broken past the mapping's sample, with --map Who=name", HostileWorkbooks.breaksAtRow(
                files.resolve("who-late.xlsx"), HostileWorkbooks.PAST_THE_SAMPLE, "Who"));
    }

    private static List<String> args(String name, Path file, Path db) {
        List<String> args = new ArrayList<>(List.of("import", file.toString(), "--db", db.toString(), "--as-of", AS_OF));
        if (name.contains("--map")) {
            args.addAll(List.of("--map", "Who=name"));
        }
        return args;
    }

    /** Runs the command line in a child JVM with a 256 MB heap, as {@code java -Xmx256m -jar hotlist.jar} does. */
    static Run child(List<String> prefix, Path work, List<String> args) throws IOException, InterruptedException {
        List<String> cmd = new ArrayList<>(prefix);
        cmd.addAll(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx256m",
                ChildJvm.nativeLibrariesIn(work), "-cp", appClassPath(), "dev.hotlist.Main"));
        cmd.addAll(args);
        Path out = Files.createTempFile(work, "out", ".txt");
        Path err = Files.createTempFile(work, "err", ".txt");
        long t0 = System.nanoTime();
        Process p = new ProcessBuilder(cmd).redirectOutput(out.toFile()).redirectError(err.toFile()).start();
        if (!p.waitFor(CHILD_SECONDS, TimeUnit.SECONDS)) {
            p.destroyForcibly().waitFor();
            throw new AssertionError(String.join(" ", args) + " ran over " + CHILD_SECONDS + " s");
        }
        double seconds = (System.nanoTime() - t0) / 1e9;
        Run run = new Run(p.exitValue(), Files.readAllLines(out), Files.readAllLines(err), seconds);
        Files.delete(out);
        Files.delete(err);
        return run;
    }

    /**
     * The test class path without SLF4J, which only ArchUnit brings: the shipped jar has none, so SQLite's driver
     * logs through java.util.logging, silently, and so must the child.
     */
    static String appClassPath() {
        return java.util.Arrays.stream(System.getProperty("java.class.path").split(java.io.File.pathSeparator))
                .filter(entry -> !entry.contains("slf4j")).collect(java.util.stream.Collectors.joining(
                        java.io.File.pathSeparator));
    }

    static void assertOneClearLine(String what, Run r) {
        assertThat(r.err()).as("%s: stderr %s", what, r.err()).hasSize(1);
        assertThat(r.err().get(0)).as(what).startsWith("hotlist: ").doesNotContain("Exception", "Error", "\tat ");
    }

    @Test
    void aQuarterGigabyteHeapImportsOrRefusesEveryCaseInBoundedTimeWithOneLine() throws Exception {
        Map<String, Path> all = new LinkedHashMap<>(CASES);
        all.put("100,000 overlapping merges", HostileWorkbooks.overlappingMerges(dir.resolve("merges.xlsx"), 100_000));
        all.put("3 million skipped rows", HostileWorkbooks.skippedRows(dir.resolve("skipped.xlsx"), 3_000_000));
        StringBuilder times = new StringBuilder();
        for (Map.Entry<String, Path> c : all.entrySet()) {
            String name = c.getKey();
            Path where = Files.createDirectories(dir.resolve("case" + times.length()));
            Path db = where.resolve("new").resolve("folder").resolve("leads.db");
            Run r = child(List.of(), dir, args(name, c.getValue(), db));
            times.append(String.format("%s: exit %d in %.1f s%n", name, r.code(), r.seconds()));
            if (name.contains("merges") || name.contains("skipped")) {
                assertThat(r.code()).as("%s: %s", name, r.err()).isZero();
                assertThat(r.err()).as(name).isEmpty();
                assertThat(r.out().get(r.out().size() - 1)).as(name).isEqualTo(name.contains("merges")
                        ? "imported 100000 new, 0 updated, 0 skipped" : "imported 1 new, 0 updated, 3000000 skipped");
                assertThat(db).exists();
            } else {
                assertThat(r.code()).as("%s: %s", name, r.err()).isEqualTo(3);
                assertOneClearLine(name, r);
                assertThat(r.err().get(0)).as(name).contains(c.getValue().getFileName().toString());
                try (var left = Files.list(where)) {
                    assertThat(left).as("%s leaves no database and no folder it made", name).isEmpty();
                }
            }
        }
        System.out.print(times);
    }

    /** The database file, the rest of its folder and its backups, each by content. */
    private static Map<String, String> snapshot(Path folder) throws IOException {
        Map<String, String> files = new java.util.TreeMap<>();
        try (var walk = Files.walk(folder)) {
            for (Path p : walk.toList()) {
                String name = folder.relativize(p).toString();
                files.put(name, Files.isDirectory(p) ? "folder" : sha256(p));
            }
        }
        return files;
    }

    private static String sha256(Path p) throws IOException {
        try {
            return java.util.HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256")
                    .digest(Files.readAllBytes(p)));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Run inProcess(String... args) {
        long t0 = System.nanoTime();
        Cli.Run r = Cli.run(args);
        return new Run(r.code(), r.out().lines().toList(), r.err().lines().toList(), (System.nanoTime() - t0) / 1e9);
    }

    @Test
    void aRefusedImportLeavesTheDatabaseItsFolderAndItsBackupsByteIdentical() throws Exception {
        Path store = Files.createDirectories(dir.resolve("store"));
        Path db = store.resolve("leads.db");
        for (int i = 0; i <= 5; i++) {
            // the first import makes the database, each later one (adding a lead) a backup: five, as many as are kept
            Path good = Files.writeString(dir.resolve("good" + i + ".csv"),
                    "Name,Email\nAnn " + i + ",ann" + i + "@x.com\nBen,ben@x.com\n", StandardCharsets.UTF_8);
            assertThat(inProcess("import", good.toString(), "--db", db.toString()).code()).isZero();
        }
        assertThat(LocalHotlist.backupsOf(db)).hasSize(5);
        Map<String, Path> refusals = new LinkedHashMap<>(CASES);
        refusals.put("an empty file", Files.createFile(dir.resolve("empty.xlsx")));
        refusals.put("text named .xlsx", Files.writeString(dir.resolve("text.xlsx"), "not a workbook"));
        refusals.put("a missing file", dir.resolve("missing.xlsx"));
        refusals.remove("a row of 16,000 cells of 30,000 characters"); // needs a small heap to be refused
        Map<String, String> before = snapshot(store);
        for (Map.Entry<String, Path> c : refusals.entrySet()) {
            Run r = inProcess(args(c.getKey(), c.getValue(), db).toArray(String[]::new));
            assertThat(r.code()).as("%s: %s", c.getKey(), r.err()).isEqualTo(3);
            assertOneClearLine(c.getKey(), r);
            assertThat(snapshot(store)).as(c.getKey()).isEqualTo(before);
        }
        Run again = inProcess("import", HostileWorkbooks.breaksAtRow(dir.resolve("who-fixed.xlsx"), 1_000, "Who")
                .toString(), "--db", db.toString());
        assertThat(again.err()).as("no mapping was saved by the refused --map import")
                .singleElement().asString().contains("No header row was found");
    }
}
