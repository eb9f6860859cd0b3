package dev.hotlist.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.hotlist.cli.Cli.Run;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The command-line contract of the product brief, which outside scripts depend on. */
class CommandLineTest {
    @TempDir
    Path dir;

    Run run(String... args) {
        return Cli.run(args);
    }

    @Test
    void importThenRankAsCsvFollowsTheContract() throws Exception {
        Path db = dir.resolve("t.db");
        Path csv = dir.resolve("leads.csv");
        Files.writeString(csv, """
                姓名,公司,电话,邮箱,需求,预计购买时间,备注
                张伟,明达机械,13812345678,zw@mingda.cn,急需,明天,设备坏了
                李娜,明达机械,13812345679,ln@mingda.cn,急需,明年,
                王芳,明达机械,13812345670,wf@mingda.cn,急需,随便看看,
                """, StandardCharsets.UTF_8);
        Run imp = run("import", csv.toString(), "--db", db.toString(), "--as-of", "2026-11-24");
        assertThat(imp.code()).as(imp.err()).isZero();
        List<String> lines = imp.out().lines().toList();
        assertThat(lines.get(lines.size() - 1)).isEqualTo("imported 3 new, 0 updated, 0 skipped");

        Run rank = run("rank", "--db", db.toString(), "--as-of", "2026-11-24", "--format", "csv");
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

        Run limited = run("rank", "--db", db.toString(), "--as-of", "2026-11-24", "--format", "csv", "--limit", "1");
        assertThat(limited.out().lines()).hasSize(2);
        Run hot = run("rank", "--db", db.toString(), "--as-of", "2026-11-24", "--format", "csv", "--tier", "hot");
        assertThat(hot.out().lines().skip(1)).allSatisfy(l -> assertThat(l).endsWith(",HOT"));
    }

    @Test
    void unusableInputExitsWithThreeAndOneLineAndLeavesTheDatabaseUntouched() throws Exception {
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
        assertThat(run("rank", "--as-of", "yesterday").code()).isEqualTo(2);
        assertThat(run("rank", "--tier", "LUKEWARM").code()).isEqualTo(2);
        assertThat(run("import").code()).isEqualTo(2);
        assertThat(run("frobnicate").code()).isEqualTo(2);
        assertThat(run("export", dir.resolve("out.pdf").toString(), "--db", dir.resolve("t.db").toString()).code())
                .isEqualTo(2);
    }

    @Test
    void exportWritesTheRankedListAndSaysSo() throws Exception {
        Path db = dir.resolve("t.db");
        Path csv = dir.resolve("leads.csv");
        Files.writeString(csv, "Name,Email,Need,Buying time\nAnn,ann@x.com,urgent,tomorrow\nBen,ben@x.com,low,\n",
                StandardCharsets.UTF_8);
        run("import", csv.toString(), "--db", db.toString(), "--as-of", "2026-11-24");
        Path out = dir.resolve("ranked.csv");
        Run r = run("export", out.toString(), "--db", db.toString(), "--as-of", "2026-11-24");
        assertThat(r.code()).as(r.err()).isZero();
        assertThat(r.out()).contains("exported 2 leads");
        byte[] bytes = Files.readAllBytes(out);
        assertThat(bytes[0]).isEqualTo((byte) 0xEF);
        String text = new String(bytes, StandardCharsets.UTF_8);
        assertThat(text.indexOf("Ann")).isLessThan(text.indexOf("Ben"));
    }

    @Test
    void settingsAreShownChangedValidatedAndReset() {
        String db = dir.resolve("s.db").toString();
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
    void aMappingGivenOnTheCommandLineIsUsedAndRemembered() throws Exception {
        Path db = dir.resolve("m.db");
        Path csv = dir.resolve("odd.csv");
        // "Who" and "Mood" are no header Hotlist knows: without --map the sheet has no recognisable header.
        Files.writeString(csv, "Who,Mood,Reach me\nAnn Lee,urgent,ann@x.com\nBen Hu,low,ben@x.com\n",
                StandardCharsets.UTF_8);
        assertThat(run("import", csv.toString(), "--db", db.toString()).code()).isEqualTo(3);
        Run mapped = run("import", csv.toString(), "--db", db.toString(), "--as-of", "2026-11-24",
                "--map", "Who=name", "--map", "Mood=need", "--map", "Reach me=email");
        assertThat(mapped.code()).as(mapped.err()).isZero();
        assertThat(mapped.out()).endsWith("imported 2 new, 0 updated, 0 skipped" + System.lineSeparator());

        Run again = run("import", csv.toString(), "--db", db.toString(), "--as-of", "2026-11-24");
        assertThat(again.code()).as("the corrections are remembered: " + again.err()).isZero();
        assertThat(again.out()).contains("imported 0 new, 2 updated");
        List<String> rows = run("rank", "--db", db.toString(), "--as-of", "2026-11-24", "--format", "csv")
                .out().lines().toList();
        assertThat(rows.get(1)).contains("Ann Lee").contains("ann@x.com");
        assertThat(run("import", csv.toString(), "--db", db.toString(), "--map", "Who=nickname").code())
                .as("an unknown field is wrong usage").isEqualTo(2);
    }

    @Test
    void explainAndTheTableSpeakTheChosenLanguage() throws Exception {
        Path db = dir.resolve("e.db");
        Path csv = dir.resolve("zh.csv");
        Files.writeString(csv, "姓名,公司,手机,需求,预计购买时间,备注\n张伟,明达机械,13812345678,急需,明天,设备坏了\n",
                StandardCharsets.UTF_8);
        run("import", csv.toString(), "--db", db.toString(), "--as-of", "2026-11-24");
        Run zh = run("explain", "1", "--db", db.toString(), "--as-of", "2026-11-24", "--lang", "zh");
        assertThat(zh.code()).as(zh.err()).isZero();
        assertThat(zh.out()).contains("张伟").contains("13812345678").contains("明天购买（2026-11-25）");
        Run en = run("explain", "1", "--db", db.toString(), "--as-of", "2026-11-24", "--lang", "en");
        assertThat(en.out()).contains("timing: buys tomorrow (2026-11-25)");
        assertThat(run("explain", "99", "--db", db.toString()).code()).isEqualTo(2);

        Run table = run("rank", "--db", db.toString(), "--as-of", "2026-11-24", "--lang", "zh");
        List<String> lines = table.out().lines().toList();
        // Columns line up although Chinese characters take two terminal columns each.
        assertThat(TextColumns.fit("张伟", 22)).hasSize(20);
        assertThat(lines.get(1).indexOf("明达机械") - lines.get(1).indexOf("张伟"))
                .isEqualTo(lines.get(0).indexOf("company") - lines.get(0).indexOf("name") - 2);
        assertThat(lines.get(1)).contains("明天购买");
    }

    @Test
    void readingAMistypedDatabaseRefusesInsteadOfCreatingAnEmptyOne() throws Exception {
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
        Path db = dir.resolve("d.db");
        Path csv = dir.resolve("twice.csv");
        Files.writeString(csv, "Name,Email\nAnn Lee,ann@x.com\nAnn Lee,ANN@x.com\nBen Hu,ben@x.com\n",
                StandardCharsets.UTF_8);
        Run r = run("import", csv.toString(), "--db", db.toString());
        assertThat(r.code()).as(r.err()).isZero();
        assertThat(r.out()).contains("1 row repeated a lead of this sheet and was merged into it")
                .endsWith("imported 2 new, 0 updated, 0 skipped" + System.lineSeparator());
    }
}
