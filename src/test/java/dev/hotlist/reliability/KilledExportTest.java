package dev.hotlist.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import dev.hotlist.cli.Cli;
import dev.hotlist.service.LocalHotlist;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * An export killed while it writes leaves its hidden temporary file beside the target (nothing can delete it then);
 * the next export into that folder does, while an export still writing keeps its own.
 */
class KilledExportTest {
    @TempDir
    Path dir;

    private static List<Path> leftovers(Path folder) throws Exception {
        try (var files = Files.list(folder)) {
            return files.filter(p -> p.getFileName().toString().matches("\\..+\\.tmp")).toList();
        }
    }

    @Test
    void theNextExportDeletesWhatAKilledExportLeft() throws Exception {
        Path db = dir.resolve("leads.db");
        Path csv = dir.resolve("leads.csv");
        StringBuilder sb = new StringBuilder("Name,Email,Need,Notes\n");
        for (int i = 0; i < 15_000; i++) {
            sb.append("Lead ").append(i).append(",lead").append(i).append("@example.com,high,needs a quote ")
                    .append(i).append('\n');
        }
        Files.writeString(csv, sb);
        try (LocalHotlist hotlist = LocalHotlist.open(db)) {
            hotlist.importFile(csv, dev.hotlist.domain.SheetOptions.defaults(), java.time.LocalDate.of(2026, 11, 24),
                    dev.hotlist.domain.Progress.NONE, Locale.ENGLISH);
        }
        Path out = Files.createDirectories(dir.resolve("out"));
        List<Path> left = List.of();
        for (int attempt = 0; attempt < 10 && left.isEmpty(); attempt++) {
            Path target = out.resolve("ranked-" + attempt + ".csv");
            List<String> cmd = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java")
                    .toString(), "-Xmx256m", ChildJvm.nativeLibrariesIn(dir), "-cp", HostileImportsTest.appClassPath(),
                    "dev.hotlist.Main", "export",
                    target.toString(), "--db", db.toString()));
            Process p = new ProcessBuilder(cmd).redirectErrorStream(true).redirectOutput(dir.resolve("child.log")
                    .toFile()).start();
            // kill it once its temporary file has some rows in it, and before it is renamed
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
            while (p.isAlive() && System.nanoTime() < deadline) {
                List<Path> tmp = leftovers(out);
                if (!tmp.isEmpty() && Files.size(tmp.get(0)) > 0) {
                    p.destroyForcibly();
                    break;
                }
                Thread.sleep(5);
            }
            p.waitFor();
            left = leftovers(out);
            if (!left.isEmpty()) {
                assertThat(target).as("a killed export leaves no partial target").doesNotExist();
            }
        }
        assertThat(left).as("the kill came while the export was writing").isNotEmpty();

        Thread.sleep(2_100); // a file renamed an instant after it was closed is not a leftover; this one has settled
        assertThat(Cli.run("export", out.resolve("other.csv").toString(), "--db", db.toString()).code()).isZero();
        assertThat(leftovers(out)).isEmpty();
        assertThat(out.resolve("other.csv")).exists();
    }
}
