package dev.hotlist.store;

import static org.assertj.core.api.Assertions.assertThat;

import dev.hotlist.domain.CallLogEntry;
import dev.hotlist.domain.CallOutcome;
import dev.hotlist.domain.Lead;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Two connections (as two windows or the app and the CLI) writing to one file at once lose nothing. */
class ConcurrentWritersTest {
    @TempDir
    Path dir;

    @Test
    void twoConnectionsWritingAtOnceLoseNoWrite() throws Exception {
        Path file = dir.resolve("hotlist.db");
        long leadId;
        try (Database setup = Database.open(file)) {
            leadId = setup.write(c -> LeadStore.insert(c, Lead.builder().name("Shared").build(), Instant.now()));
        }
        int perWriter = 300;
        try (Database a = Database.open(file); Database b = Database.open(file)) {
            ExecutorService pool = Executors.newFixedThreadPool(2);
            CountDownLatch start = new CountDownLatch(1);
            List<Future<Integer>> done = new ArrayList<>();
            for (Database db : List.of(a, b)) {
                done.add(pool.submit(() -> {
                    start.await();
                    for (int i = 0; i < perWriter; i++) {
                        int n = i;
                        db.write(c -> {
                            // read-modify-write inside one transaction: a lost update would show in the counter
                            long count = Database.longQuery(c, "SELECT coalesce(max(CAST(value AS INTEGER)), 0) "
                                    + "FROM setting WHERE key = 'counter'");
                            Settings.put(c, "counter", Long.toString(count + 1));
                            CallLog.add(c, new CallLogEntry(0, leadId, Instant.now(), CallOutcome.NO_ANSWER, null,
                                    "call " + n));
                            return null;
                        });
                    }
                    return perWriter;
                }));
            }
            start.countDown();
            for (Future<Integer> f : done) {
                assertThat(f.get()).isEqualTo(perWriter);
            }
            pool.shutdown();
        }
        try (Database db = Database.open(file)) {
            assertThat(DatabaseTest.scalar(db, "SELECT count(*) FROM call_log")).isEqualTo(2L * perWriter);
            assertThat(DatabaseTest.text(db, "SELECT value FROM setting WHERE key = 'counter'"))
                    .isEqualTo(Integer.toString(2 * perWriter));
            assertThat(DatabaseTest.text(db, "PRAGMA integrity_check")).isEqualTo("ok");
        }
    }
}
