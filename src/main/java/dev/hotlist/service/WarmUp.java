package dev.hotlist.service;

import dev.hotlist.domain.Progress;
import dev.hotlist.domain.SheetOptions;
import dev.hotlist.domain.UnusableFileException;
import dev.hotlist.sheets.RehearsalWorkbook;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.Locale;
import java.util.stream.Stream;

/**
 * The import and re-import of a session's first file, rehearsed on leads of its own so that the user's first import
 * runs on compiled code: a JVM compiles the hot loops of a 100,000-row import only after running them for a while,
 * which made the first import of a session markedly slower than the next (decision 0012).
 *
 * <p>Everything happens in a temporary folder deleted at the end, on a database of its own made as any new one is:
 * the bundled sample sheet made into a workbook of {@link #ROWS} distinct leads ({@link RehearsalWorkbook}), imported
 * (all new) and imported again (every row unchanged). The user's database is never opened. {@code progress} is
 * polled as an import polls it: a cancel ends the rehearsal within a few hundred rows.
 */
final class WarmUp {
    /** Rows of the rehearsal workbook: enough for the compiler to reach the per-row and per-cell code. */
    static final int ROWS = 20_000;

    private WarmUp() {
    }

    /** Runs the rehearsal for {@code clock}'s day; returns the rows of the workbook imported twice. */
    static int run(Clock clock, Progress progress, int rows) throws IOException, UnusableFileException {
        Path dir = Files.createTempDirectory("hotlist-warm-up-");
        try {
            Path sample = dir.resolve("sample-leads.xlsx");
            try (InputStream in = WarmUp.class.getResourceAsStream(LocalHotlist.SAMPLE_RESOURCE)) {
                if (in == null) {
                    throw new IllegalStateException("The sample workbook is missing from this build");
                }
                Files.copy(in, sample);
            }
            Path sheet = dir.resolve("warm-up.xlsx");
            int written = RehearsalWorkbook.write(sample, sheet, rows, progress);
            LocalDate day = LocalDate.now(clock);
            try (LocalHotlist scratch = LocalHotlist.open(dir.resolve("warm-up.db"), clock)) {
                scratch.importFile(sheet, SheetOptions.defaults(), day, progress, Locale.ROOT);
                scratch.importFile(sheet, SheetOptions.defaults(), day, progress, Locale.ROOT);
            }
            return written;
        } finally {
            deleteTree(dir);
        }
    }

    private static void deleteTree(Path dir) {
        try (Stream<Path> files = Files.walk(dir)) {
            for (Path p : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot remove the warm-up folder " + dir, e);
        }
    }
}
