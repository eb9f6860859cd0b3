package dev.hotlist.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.hotlist.cli.Cli.Run;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import dev.hotlist.store.Store;
import dev.hotlist.team.TeamServer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.api.io.TempDir;

/**
 * The command-line contract of the product brief, which outside scripts depend on, on a SQLite file and on a team
 * server alike ({@code --db postgresql://...}).
 */
@ParameterizedClass
@EnumSource(Store.Engine.class)
class CommandLineTest {
    @Parameter
    Store.Engine engine;
    @TempDir
    Path dir;

    /** The database the test calls {@code name}: a file path, or a server database's URL. */
    String db(String name) {
        return TeamServer.location(engine, dir, name).text();
    }

    void onlyForFiles(String why) {
        org.junit.jupiter.api.Assumptions.assumeTrue(engine == Store.Engine.SQLITE, why);
    }

    Run run(String... args) {
        return Cli.run(args);
    }

    @Test
    void importThenRankAsCsvFollowsTheContract() throws Exception {
        String db = db("t.db");
        Path csv = dir.resolve("leads.csv");
        Files.writeString(csv, """
                姓名,公司,电话,邮箱,需求,预计购买时间,备注
                张伟,明达机械,13812345678,zw@mingda.cn,急需,明天,设备坏了
                李娜,明达机械,13812345679,ln@mingda.cn,急需,明年,
                王芳,明达机械,13812345670,wf@mingda.cn,急需,随便看看,
                """, StandardCharsets.UTF_8);
        Run imp = run("import", csv.toString(), "--db", db, "--as-of", "2026-11-24");
        assertThat(imp.code()).as(imp.err()).isZero();
        List<String> lines = imp.out().lines().toList();
        assertThat(lines.get(lines.size() - 1)).isEqualTo("imported 3 new, 0 updated, 0 skipped");

        Run rank = run("rank", "--db", db, "--as-of", "2026-11-24", "--format", "csv");
        assertThat(rank.code()).as(rank.err()).isZero();
        List<String> rows = rank.out().lines().toList();
        assertThat(rows.get(0)).isEqualTo("rank,id,name,company,email,phone,need,timing,priority,tier");
        assertThat(rows).hasSize(4);
        assertThat(rows.subList(1, 4)).extracting(l -> l.split(",")[2]).containsExactly("张伟", "李娜", "王芳");
        for (String row : rows.subList(1, 4)) {
            String[] f = row.split(",");
            assertThat(f).hasSize(10);
            for (int i = 6; i <= 8; i++) {
                assertThat(Integer.parseInt(f[i])).isBetween(0, 100);
            }
            assertThat(f[9]).isIn("HOT", "SCHEDULE", "QUALIFY", "NURTURE");
        }

        Run limited = run("rank", "--db", db, "--as-of", "2026-11-24", "--format", "csv", "--limit", "1");
        assertThat(limited.out().lines()).hasSize(2);
        Run hot = run("rank", "--db", db, "--as-of", "2026-11-24", "--format", "csv", "--tier", "hot");
        assertThat(hot.out().lines().skip(1)).allSatisfy(l -> assertThat(l).endsWith(",HOT"));
    }

    @Test
    void unusableInputExitsWithThreeAndOneLineAndLeavesTheDatabaseUntouched() throws Exception {
        onlyForFiles("compares the file's bytes");
        Path db = dir.resolve("t.db");
        Path good = dir.resolve("good.csv");
        Files.writeString(good, "Name,Email\nAnn,ann@x.com\n", StandardCharsets.UTF_8);
        assertThat(run("import", good.toString(), "--db", db.toString()).code()).isZero();
        byte[] before = Files.readAllBytes(db);
        for (String name : List.of("empty.xlsx", "text.xlsx")) {
            Path bad = dir.resolve(name);
            Files.writeString(bad, name.startsWith("empty") ? "" : "hello, not a workbook", StandardCharsets.UTF_8);
            Run r = run("import", bad.toString(), "--db", db.toString());
            assertThat(r.code()).as(name).isEqualTo(3);
            assertThat(r.err().strip().lines()).as(name).hasSize(1);
            assertThat(r.err()).doesNotContain("Exception");
            assertThat(Files.readAllBytes(db)).as(name).isEqualTo(before);
        }
    }

    @Test
    void wrongUsageExitsWithTwo() {
        onlyForFiles("usage only: once is enough");
        assertThat(run("rank", "--as-of", "yesterday").code()).isEqualTo(2);
        assertThat(run("rank", "--tier", "LUKEWARM").code()).isEqualTo(2);
        assertThat(run("import").code()).isEqualTo(2);
        assertThat(run("frobnicate").code()).isEqualTo(2);
        assertThat(run("export", dir.resolve("out.pdf").toString(), "--db", dir.resolve("t.db").toString()).code())
                .isEqualTo(2);
    }

    @Test
    void exportWritesTheRankedListAndSaysSo() throws Exception {
        String db = db("t.db");
        Path csv = dir.resolve("leads.csv");
        Files.writeString(csv, "Name,Email,Need,Buying time\nAnn,ann@x.com,urgent,tomorrow\nBen,ben@x.com,low,\n",
                StandardCharsets.UTF_8);
        run("import", csv.toString(), "--db", db, "--as-of", "2026-11-24");
        Path out = dir.resolve("ranked.csv");
        Run r = run("export", out.toString(), "--db", db, "--as-of", "2026-11-24");
        assertThat(r.code()).as(r.err()).isZero();
        assertThat(r.out()).contains("exported 2 leads");
        byte[] bytes = Files.readAllBytes(out);
        assertThat(bytes[0]).isEqualTo((byte) 0xEF);
        String text = new String(bytes, StandardCharsets.UTF_8);
        assertThat(text.indexOf("Ann")).isLessThan(text.indexOf("Ben"));
    }

    @Test
    void settingsAreShownChangedValidatedAndReset() {
        String db = db("s.db");
        Run shown = run("settings", "--db", db);
        assertThat(shown.code()).as(shown.err()).isZero();
        assertThat(shown.out()).contains("hot-need = " + dev.hotlist.domain.ScoringSettings.defaults().hotNeed())
                .contains("need-weight = 0.5");

        Run set = run("settings", "--db", db, "--set", "hot-timing=80", "--set", "need-weight=0.6");
        assertThat(set.code()).as(set.err()).isZero();
        assertThat(run("settings", "--db", db).out()).contains("hot-timing = 80").contains("need-weight = 0.6");

        assertThat(run("settings", "--db", db, "--set", "hot-need=150").code()).isEqualTo(2);
        Run unknown = run("settings", "--db", db, "--set", "warmth=3");
        assertThat(unknown.code()).isEqualTo(2);
        assertThat(unknown.err()).contains("Unknown setting 'warmth'");
        assertThat(run("settings", "--db", db).out()).as("a refused change changes nothing").contains("hot-timing = 80");

        Run reset = run("settings", "--db", db, "--reset");
        assertThat(reset.code()).isZero();
        assertThat(reset.out()).contains("hot-timing = " + dev.hotlist.domain.ScoringSettings.defaults().hotTiming());
    }

    @Test
    void aDryRunShowsTheMappingWithItsRejectionsTheMergesAndTheRowsAndWritesNothing() throws Exception {
        onlyForFiles("files and folders it must not create; the server's dry run is checked with HOTLIST_DB");
        Path csv = dir.resolve("sf.csv");
        Files.writeString(csv, """
                Id,FirstName,LastName,Email,Phone,HasOptedOutOfEmail,DoNotCall,Status
                00Q1,Ann,Lee,ann@acme.com,+1 415 555 0100,false,false,Open - Not Contacted
                00Q2,Bob,Stone,bob@stone.io,+1 212 555 0150,true,true,Closed - Converted
                ,Ann,Lee,ann@acme.com,,false,false,Open - Not Contacted
                """, StandardCharsets.UTF_8);
        Path db = dir.resolve("dry/none.db");
        Run dry = run("import", csv.toString(), "--db", db.toString(), "--dry-run", "--as-of", "2026-11-24");
        assertThat(dry.code()).as(dry.err()).isZero();
        assertThat(dry.out()).contains("\"HasOptedOutOfEmail\"", "-> extra",
                        "(rejected email: 'HasOptedOutOfEmail' holds false/true: not an email)")
                .contains("\"DoNotCall\"", "-> do_not_call")
                .contains("\"Status\"", "-> outcome")
                .contains("row 4 (\"Ann Lee\") joins the lead of row 2: same email")
                .contains("row 3: id \"00Q2\", name \"Bob Stone\"", "outcome won", "DO NOT CALL")
                .endsWith("dry run: would import 2 new, 0 updated, 0 skipped" + System.lineSeparator());
        assertThat(dry.out()).doesNotContain("imported ");
        assertThat(Files.exists(db.getParent())).as("no database, not even its folder").isFalse();

        Path existing = dir.resolve("existing.db");
        assertThat(run("import", csv.toString(), "--db", existing.toString()).code()).isZero();
        byte[] before = Files.readAllBytes(existing);
        List<String> filesBefore;
        try (var files = Files.list(dir)) {
            filesBefore = files.map(Path::toString).sorted().toList();
        }
        Run again = run("import", csv.toString(), "--db", existing.toString(), "--dry-run");
        assertThat(again.out()).contains("joins a lead already in the database: same record id")
                .endsWith("dry run: would import 0 new, 0 updated, 0 skipped" + System.lineSeparator());
        assertThat(Files.readAllBytes(existing)).isEqualTo(before);
        try (var files = Files.list(dir)) {
            assertThat(files.map(Path::toString).sorted().toList()).isEqualTo(filesBefore);
        }
    }

    @Test
    void rankMarksDoNotCallLeads() throws Exception {
        Path csv = dir.resolve("dnc.csv");
        Files.writeString(csv, "Name,Phone,Do Not Call\nAnn Lee,+1 415 555 0100,Yes\nBob Stone,+1 212 555 0150,No\n",
                StandardCharsets.UTF_8);
        String db = db("dnc.db");
        assertThat(run("import", csv.toString(), "--db", db).code()).isZero();
        List<String> table = run("rank", "--db", db).out().lines().toList();
        assertThat(table.get(0)).contains("call");
        assertThat(table).filteredOn(l -> l.contains("Ann Lee")).singleElement().asString().contains("DNC");
        assertThat(table).filteredOn(l -> l.contains("Bob Stone")).singleElement().asString().doesNotContain("DNC");
    }

    @Test
    void aMappingGivenOnTheCommandLineIsUsedAndRemembered() throws Exception {
        String db = db("m.db");
        Path csv = dir.resolve("odd.csv");
        // "Who" and "Mood" are no header Hotlist knows: without --map the sheet has no recognisable header.
        Files.writeString(csv, "Who,Mood,Reach me\nAnn Lee,urgent,ann@x.com\nBen Hu,low,ben@x.com\n",
                StandardCharsets.UTF_8);
        assertThat(run("import", csv.toString(), "--db", db).code()).isEqualTo(3);
        Run mapped = run("import", csv.toString(), "--db", db, "--as-of", "2026-11-24",
                "--map", "Who=name", "--map", "Mood=need", "--map", "Reach me=email");
        assertThat(mapped.code()).as(mapped.err()).isZero();
        assertThat(mapped.out()).endsWith("imported 2 new, 0 updated, 0 skipped" + System.lineSeparator());

        Run again = run("import", csv.toString(), "--db", db, "--as-of", "2026-11-24");
        assertThat(again.code()).as("the corrections are remembered: " + again.err()).isZero();
        assertThat(again.out()).contains("2 rows found their leads unchanged" + System.lineSeparator()
                + "imported 0 new, 0 updated, 0 skipped");
        List<String> rows = run("rank", "--db", db, "--as-of", "2026-11-24", "--format", "csv")
                .out().lines().toList();
        assertThat(rows.get(1)).contains("Ann Lee").contains("ann@x.com");
        assertThat(run("import", csv.toString(), "--db", db, "--map", "Who=nickname").code())
                .as("an unknown field is wrong usage").isEqualTo(2);
    }

    @Test
    void explainAndTheTableSpeakTheChosenLanguage() throws Exception {
        String db = db("e.db");
        Path csv = dir.resolve("zh.csv");
        Files.writeString(csv, "姓名,公司,手机,需求,预计购买时间,备注\n张伟,明达机械,13812345678,急需,明天,设备坏了\n",
                StandardCharsets.UTF_8);
        run("import", csv.toString(), "--db", db, "--as-of", "2026-11-24");
        Run zh = run("explain", "1", "--db", db, "--as-of", "2026-11-24", "--lang", "zh");
        assertThat(zh.code()).as(zh.err()).isZero();
        assertThat(zh.out()).contains("张伟").contains("13812345678").contains("明天购买（2026-11-25）");
        Run en = run("explain", "1", "--db", db, "--as-of", "2026-11-24", "--lang", "en");
        assertThat(en.out()).contains("timing: buys tomorrow (2026-11-25)");
        assertThat(run("explain", "99", "--db", db).code()).isEqualTo(2);

        Run table = run("rank", "--db", db, "--as-of", "2026-11-24", "--lang", "zh");
        List<String> lines = table.out().lines().toList();
        // Columns line up although Chinese characters take two terminal columns each.
        assertThat(TextColumns.fit("张伟", 22)).hasSize(20);
        assertThat(lines.get(1).indexOf("明达机械") - lines.get(1).indexOf("张伟"))
                .isEqualTo(lines.get(0).indexOf("company") - lines.get(0).indexOf("name") - 2);
        assertThat(lines.get(1)).contains("明天购买");
    }

    @Test
    void readingAMistypedDatabaseRefusesInsteadOfCreatingAnEmptyOne() throws Exception {
        onlyForFiles("a mistyped file path");
        Path typo = dir.resolve("hotlsit.db");
        Run rank = run("rank", "--db", typo.toString());
        assertThat(rank.code()).isEqualTo(2);
        assertThat(rank.err()).contains("There is no Hotlist database at");
        Path out = dir.resolve("keep.xlsx");
        Files.writeString(out, "an earlier export");
        assertThat(run("export", out.toString(), "--db", typo.toString()).code()).isEqualTo(2);
        assertThat(run("explain", "1", "--db", typo.toString()).code()).isEqualTo(2);
        assertThat(typo).doesNotExist();
        assertThat(Files.readString(out)).as("the earlier file is kept").isEqualTo("an earlier export");
    }

    @Test
    void aRefusedImportIntoANewDatabaseLeavesNoDatabaseBehind() throws Exception {
        onlyForFiles("a new database file");
        Path db = dir.resolve("new.db");
        Path notASheet = dir.resolve("photo.xlsx");
        Files.writeString(notASheet, "not a workbook at all");
        Run r = run("import", notASheet.toString(), "--db", db.toString());
        assertThat(r.code()).isEqualTo(3);
        try (var files = Files.list(dir)) {
            assertThat(files.map(p -> p.getFileName().toString())).noneMatch(n -> n.startsWith("new.db"));
        }
    }

    @Test
    void rowsRepeatingALeadOfTheSameSheetAreReportedAsMerged() throws Exception {
        String db = db("d.db");
        Path csv = dir.resolve("twice.csv");
        Files.writeString(csv, "Name,Email\nAnn Lee,ann@x.com\nAnn Lee,ANN@x.com\nBen Hu,ben@x.com\n",
                StandardCharsets.UTF_8);
        Run r = run("import", csv.toString(), "--db", db);
        assertThat(r.code()).as(r.err()).isZero();
        assertThat(r.out()).contains("1 row repeated a lead of this sheet and was merged into it")
                .endsWith("imported 2 new, 0 updated, 0 skipped" + System.lineSeparator());
    }

    @Test
    void aTeamServerFromTheEnvironmentIsUsedAndNothingIsWrittenToAFileNamedAfterIt() throws Exception {
        org.junit.jupiter.api.Assumptions.assumeTrue(engine == Store.Engine.POSTGRESQL, "a server URL");
        String url = db("env");
        Path csv = dir.resolve("leads.csv");
        Files.writeString(csv, "Name,Email,Need\nAnn,ann@x.com,urgent\n", StandardCharsets.UTF_8);
        Path work = Files.createDirectory(dir.resolve("work"));
        for (String[] args : List.of(new String[] {"import", csv.toString()}, new String[] {"rank", "--format", "csv"})) {
            List<String> cmd = new java.util.ArrayList<>(List.of(
                    Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-cp",
                    System.getProperty("java.class.path"), "dev.hotlist.Main"));
            cmd.addAll(List.of(args));
            ProcessBuilder pb = new ProcessBuilder(cmd).directory(work.toFile()).redirectErrorStream(true);
            pb.environment().put("HOTLIST_DB", url);
            pb.environment().put("HOME", work.toString());
            Process p = pb.start();
            String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            assertThat(p.waitFor()).as(out).isZero();
            assertThat(out).containsAnyOf("imported 1 new", "rank,id,name");
        }
        try (var files = Files.walk(work)) {
            assertThat(files.filter(Files::isRegularFile).toList()).as("no local database for a URL").isEmpty();
        }
        Run dry = run("import", csv.toString(), "--db", url, "--dry-run");
        assertThat(dry.code()).as(dry.err()).isZero();
        assertThat(dry.out()).as("a dry run against the server's leads").contains("joins a lead already in the database")
                .endsWith("dry run: would import 0 new, 0 updated, 0 skipped" + System.lineSeparator());
        assertThat(run("rank", "--db", url, "--format", "csv").out().lines()).as("and it wrote nothing there").hasSize(2);
        Run bad = run("rank", "--db", "postgresql://nobody@localhost:1/nothing");
        assertThat(bad.code()).isEqualTo(HotlistCommand.EXIT_DATABASE);
        assertThat(bad.err().strip().lines()).hasSize(1);
        assertThat(bad.err()).contains("Cannot open the database postgresql://nobody@localhost:1/nothing");
    }
}
