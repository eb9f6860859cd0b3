package dev.hotlist.reliability;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.hotlist.service.LocalHotlist;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The disk fills while the "before import" backup is copied: the import is refused with one line, and the backups
 * folder holds no half-written (or empty) copy. The child process gets a file-size limit ({@code ulimit -f}) below
 * the database's size, which is how a full disk looks to it: writes past it fail with "file too large".
 */
class FullDiskBackupTest {
    @TempDir
    Path dir;

    @Test
    void aBackupCutShortByAFullDiskLeavesNoPartialCopy() throws Exception {
        assumeTrue(System.getProperty("os.name").toLowerCase(Locale.ROOT).contains("linux"), "ulimit -f is POSIX");
        assumeTrue(Files.isExecutable(Path.of("/bin/bash")), "needs bash for ulimit");
        Path db = dir.resolve("store").resolve("leads.db");
        Path csv = dir.resolve("leads.csv");
        StringBuilder sb = new StringBuilder("Name,Email,Notes\n");
        for (int i = 0; i < 20_000; i++) {
            sb.append("Lead ").append(i).append(",lead").append(i).append("@example.com,")
                    .append("met at the fair, wants a quote before the deadline ").append(i).append('\n');
        }
        Files.writeString(csv, sb);
        try (LocalHotlist hotlist = LocalHotlist.open(db)) {
            hotlist.importFile(csv, dev.hotlist.domain.SheetOptions.defaults(), java.time.LocalDate.of(2026, 11, 24),
                    dev.hotlist.domain.Progress.NONE, Locale.ENGLISH);
        }
        long size = Files.size(db);
        assertThat(size).isGreaterThan(2L << 20);
        Path backups = db.resolveSibling("leads-backups");
        Files.createDirectories(backups);
        byte[] before = Files.readAllBytes(db);

        // SQLite's native library is unpacked to a temporary file when it loads, which the limit would stop too
        Path lib = Files.createDirectories(dir.resolve("native"));
        String resource = "/org/sqlite/native/" + org.sqlite.util.OSInfo.getNativeLibFolderPathForCurrentOS()
                + "/libsqlitejdbc.so";
        try (InputStream in = org.sqlite.SQLiteJDBCLoader.class.getResourceAsStream(resource)) {
            assumeTrue(in != null, "no SQLite library at " + resource);
            Files.copy(in, lib.resolve("libsqlitejdbc.so"));
        }
        long limitKb = size / 1024 / 2;
        // one new lead: the backup is taken only by an import that changes something
        Path more = Files.writeString(dir.resolve("more.csv"), "Name,Email,Notes\nNew Lead,new@example.com,hello\n");
        List<String> cmd = List.of("/bin/bash", "-c", "ulimit -f " + limitKb + " && exec \"$@\"", "bash",
                Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx256m",
                "-Dorg.sqlite.lib.path=" + lib, "-Dorg.sqlite.lib.name=libsqlitejdbc.so",
                "-cp", HostileImportsTest.appClassPath(), "dev.hotlist.Main", "import", more.toString(),
                "--db", db.toString());
        Process p = new ProcessBuilder(cmd).redirectErrorStream(false).start();
        String out = new String(p.getInputStream().readAllBytes());
        String err = new String(p.getErrorStream().readAllBytes());
        int code = p.waitFor();

        assertThat(code).as(out + err).isEqualTo(1);
        assertThat(err.strip().lines()).as(err).singleElement().asString()
                .startsWith("hotlist: Could not back up the database before changing it");
        try (var left = Files.list(backups)) {
            assertThat(left.map(f -> f.getFileName().toString())).as("no .partial, empty or not").isEmpty();
        }
        assertThat(Files.readAllBytes(db)).as("the database is as it was").isEqualTo(before);
    }
}
