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
 * (all new) into a new database and imported again (every row unchanged), in rounds for as long as each round is
 * markedly faster than the best before it ({@link #stillSpeedingUp}; at most {@link #MAX_ROUNDS}): one round leaves
 * most of the per-cell code to the optimising compiler's queue, and a 100,000-row import after a single round was
 * measured at 1.5 times the import after three. The user's database is never opened. {@code progress} is polled as
 * an import polls it: a cancel ends the rehearsal within a few hundred rows.
 */
final class WarmUp {
    /** Rows of the rehearsal workbook: enough for the compiler to reach the per-row and per-cell code. */
    static final int ROWS = 20_000;
    /** Rounds at most, whatever the timings say. */
    static final int MAX_ROUNDS = 5;
    /** A round that took at most this share of the best round before it: the compiler was still at work. */
    static final double STILL_FASTER = 0.9;

    /** What a rehearsal did: the rows of its workbook and the rounds it imported them in. */
    record Rehearsal(int rows, int rounds) {
    }

    private WarmUp() {
    }

    /** Runs the rehearsal for {@code clock}'s day in up to {@code maxRounds} rounds. */
    static Rehearsal run(Clock clock, Progress progress, int rows, int maxRounds)
            throws IOException, UnusableFileException {
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
            long best = Long.MAX_VALUE;
            int round = 0;
            while (round < maxRounds) {
                long start = System.nanoTime();
                Path db = dir.resolve("warm-up-" + round + ".db");
                try (LocalHotlist scratch = LocalHotlist.open(db, clock)) {
                    scratch.importFile(sheet, SheetOptions.defaults(), day, progress, Locale.ROOT);
                    scratch.importFile(sheet, SheetOptions.defaults(), day, progress, Locale.ROOT);
                }
                round++;
                long took = System.nanoTime() - start;
                if (!stillSpeedingUp(took, best)) {
                    break;
                }
                best = Math.min(best, took);
            }
            return new Rehearsal(written, round);
        } finally {
            deleteTree(dir);
        }
    }

    /**
     * Whether a round that took {@code took} nanoseconds, after rounds whose best took {@code best} (MAX_VALUE before
     * the first), says another round would still speed the compiled code up.
     */
    static boolean stillSpeedingUp(long took, long best) {
        return best == Long.MAX_VALUE || took <= best * STILL_FASTER;
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
