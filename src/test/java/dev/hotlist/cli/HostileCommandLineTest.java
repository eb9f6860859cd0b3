package dev.hotlist.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.hotlist.cli.Cli.Run;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What the command line prints and leaves behind when the input, the path or the cell text is odd. */
class HostileCommandLineTest {
    @TempDir
    Path dir;

    private static Run run(String... args) {
        return Cli.run(args);
    }

    private Path goodCsv() throws Exception {
        return Files.writeString(dir.resolve("good.csv"), "Name,Email\nAnn,ann@x.com\n", StandardCharsets.UTF_8);
    }

    @Test
    void aDatabaseBelowAFileSaysThatThePathRunsThroughAFile() throws Exception {
        Path file = Files.writeString(dir.resolve("passwd"), "root:x:0:0");
        Run r = run("import", goodCsv().toString(), "--db", file.resolve("x.db").toString());
        assertThat(r.code()).isEqualTo(1);
        assertThat(r.err().strip()).isEqualTo("hotlist: Cannot open the database " + file.resolve("x.db")
                + ": " + file + " is a file, not a folder, so nothing can be created inside it.");
        Run deeper = run("import", goodCsv().toString(), "--db", file.resolve("a/b/x.db").toString());
        assertThat(deeper.err()).contains(file + " is a file, not a folder");
        Run folder = run("import", goodCsv().toString(), "--db", dir.toString());
        assertThat(folder.code()).isEqualTo(1);
        assertThat(folder.err().strip()).isEqualTo("hotlist: " + dir + " is a folder, not a database file: give the "
                + "path of a file in it, such as " + dir + "/hotlist.db.");
        assertThat(Files.readString(file)).isEqualTo("root:x:0:0");
    }

    @Test
    void aRefusedImportIntoANewPathLeavesNoFolderItMade() throws Exception {
        Path bad = Files.writeString(dir.resolve("photo.xlsx"), "not a workbook");
        Path db = dir.resolve("a").resolve("b").resolve("c").resolve("x.db");
        Run r = run("import", bad.toString(), "--db", db.toString());
        assertThat(r.code()).isEqualTo(3);
        assertThat(dir.resolve("a")).doesNotExist();
        Files.createDirectories(dir.resolve("kept"));
        run("import", bad.toString(), "--db", dir.resolve("kept").resolve("new").resolve("x.db").toString());
        assertThat(dir.resolve("kept")).as("a folder that was there before stays").isDirectory();
        assertThat(dir.resolve("kept").resolve("new")).doesNotExist();
    }

    @Test
    void aRefusalNamesTheFileOnceInEitherLanguage() throws Exception {
        Path bad = Files.writeString(dir.resolve("notes.xlsx"), "not a workbook");
        Path db = dir.resolve("t.db");
        Run en = run("import", bad.toString(), "--db", db.toString());
        assertThat(en.err().strip()).isEqualTo("hotlist: notes.xlsx: This file is not a spreadsheet Hotlist can read: "
                + "save it from Excel as .xlsx, .xls or .csv and import it again.");
        Run zh = run("import", bad.toString(), "--db", db.toString(), "--lang", "zh");
        assertThat(zh.err().strip()).startsWith("hotlist: notes.xlsx: 此文件不是").hasLineCount(1);
        Run missing = run("import", dir.resolve("gone.xlsx").toString(), "--db", db.toString());
        assertThat(missing.err().strip()).as("the sentence names it already")
                .isEqualTo("hotlist: The file gone.xlsx does not exist or cannot be read.");
    }

    @Test
    void rankAndExplainShowControlAndBidiCharactersInsteadOfObeyingThem() throws Exception {
        Path db = dir.resolve("t.db");
        // U+202E reverses what follows, U+2066 starts an isolate, U+009B is an 8-bit CSI escape, and a newline
        Path csv = Files.writeString(dir.resolve("evil.csv"), "Name,Company,Phone,Need\n"
                + "\"Ann\u202Egnp.exe\",\"Acme\u009B2J\",\"\u2066555 0101\u2069\",\"urgent\nright now\"\n",
                StandardCharsets.UTF_8);
        assertThat(run("import", csv.toString(), "--db", db.toString(), "--as-of", "2026-11-24").code()).isZero();
        Run table = run("rank", "--db", db.toString(), "--as-of", "2026-11-24");
        Run explain = run("explain", "1", "--db", db.toString(), "--as-of", "2026-11-24");
        for (Run r : new Run[] {table, explain}) {
            assertThat(r.code()).as(r.err()).isZero();
            assertThat(r.out()).contains("Ann<U+202E>gnp.exe", "Acme<U+009B>2J", "<U+2066>555", "<U+000A>right now")
                    .doesNotContain("\u202E", "\u009B", "\u2066", "\u2069");
            assertThat(r.out().chars().filter(c -> c < 0x20 && c != '\n' && c != '\r')).isEmpty();
        }
        assertThat(table.out().lines()).as("one line per lead").hasSize(2);
        assertThat(explain.out()).contains("<U+2066>555 0101<U+2069>");
        Run csvOut = run("rank", "--db", db.toString(), "--as-of", "2026-11-24", "--format", "csv");
        assertThat(csvOut.out()).as("CSV is data for programs, kept as stored").contains("Ann\u202Egnp.exe");
    }
}
