package dev.hotlist.service;

import static org.assertj.core.api.Assertions.assertThat;

import dev.hotlist.domain.LeadFilter;
import dev.hotlist.domain.Progress;
import dev.hotlist.domain.SheetOptions;
import dev.hotlist.store.Store;
import dev.hotlist.team.LeadSheetFiles;
import dev.hotlist.team.TeamServer;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Reads never wait behind writes: ranking while a long import is being written answers at once, from the last
 * committed state (the import's rows are not there yet). Before team mode one connection and one lock served both,
 * and a rank during a 100,000-row import waited for its end.
 */
@ParameterizedClass
@EnumSource(Store.Engine.class)
class RankDuringImportTest {
    static final LocalDate AS_OF = LocalDate.of(2026, 11, 24);
    /** Far more than ranking 50 leads needs, even on a loaded machine. */
    static final long BOUND_MS = 1_500;
    @Parameter
    Store.Engine engine;
    @TempDir
    Path dir;

    @Test
    void rankingWhileAnImportIsBeingWrittenAnswersWithinABoundFromTheLastCommit() throws Exception {
        Path small = write("small.csv", 50, "Kept");
        Path big = write("big.csv", 20_000, "New");
        try (LocalHotlist hotlist = TeamServer.open(engine, dir, "hotlist.db")) {
            hotlist.importFile(small, SheetOptions.defaults(), AS_OF, Progress.NONE, Locale.ENGLISH);
            assertThat(hotlist.rank(LeadFilter.all(), AS_OF)).hasSize(50);
            // The import's transaction is open and has written rows when the sheet reader reports progress; holding
            // the reader there keeps it open for as long as the test needs, whatever the machine's speed.
            CountDownLatch writing = new CountDownLatch(1);
            CountDownLatch finish = new CountDownLatch(1);
            Progress held = new Progress() {
                @Override
                public void update(long done, long total) {
                    if (total > 0 && done * 2 > total && writing.getCount() > 0) {
                        writing.countDown();
                        try {
                            finish.await(120, TimeUnit.SECONDS);
                        } catch (InterruptedException e) {
                            Thread.currentThread().interrupt();
                        }
                    }
                }

                @Override
                public boolean isCancelled() {
                    return false;
                }
            };
            CompletableFuture<ImportReport> importing = CompletableFuture.supplyAsync(() -> {
                try {
                    return hotlist.importFile(big, SheetOptions.defaults(), AS_OF, held, Locale.ENGLISH);
                } catch (Exception e) {
                    throw new IllegalStateException(e);
                }
            });
            try {
                assertThat(writing.await(120, TimeUnit.SECONDS)).isTrue();
                Thread.sleep(200); // the writer drains what was read: thousands of rows written, uncommitted
                for (LeadFilter filter : List.of(LeadFilter.all(), LeadFilter.all().withText("Kept Person 1"))) {
                    long start = System.nanoTime();
                    CompletableFuture<Integer> ranked = CompletableFuture.supplyAsync(
                            () -> hotlist.rank(filter, AS_OF).size());
                    int count = ranked.get(BOUND_MS * 20, TimeUnit.MILLISECONDS);
                    long tookMs = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start);
                    assertThat(tookMs).as("rank answered without waiting for the import").isLessThan(BOUND_MS);
                    assertThat(count).as("the last committed state: none of the import's rows")
                            .isEqualTo(filter.text().isEmpty() ? 50 : 11);
                }
                assertThat(importing).as("the import was in progress all along").isNotDone();
            } finally {
                finish.countDown();
            }
            assertThat(importing.get(300, TimeUnit.SECONDS).newCount()).isEqualTo(20_000);
            assertThat(hotlist.rank(LeadFilter.all(), AS_OF)).hasSize(20_050);
        }
    }

    private Path write(String name, int rows, String prefix) throws Exception {
        return LeadSheetFiles.csv(dir.resolve(name), rows, prefix);
    }
}
