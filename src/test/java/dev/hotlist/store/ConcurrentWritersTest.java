package dev.hotlist.store;

import static org.assertj.core.api.Assertions.assertThat;

import dev.hotlist.domain.CallLogEntry;
import dev.hotlist.domain.CallOutcome;
import dev.hotlist.domain.Lead;
import java.nio.file.Path;
import java.time.Instant;
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
        TwoConnections.atOnce(file, perWriter, (db, n) -> db.write(c -> {
            // read-modify-write inside one transaction: a lost update would show in the counter
            long count = Database.longQuery(c, "SELECT coalesce(max(CAST(value AS INTEGER)), 0) "
                    + "FROM setting WHERE key = 'counter'");
            Settings.put(c, "counter", Long.toString(count + 1));
            CallLog.add(c, new CallLogEntry(0, leadId, Instant.now(), CallOutcome.NO_ANSWER, null, "call " + n));
            return null;
        }));
        try (Database db = Database.open(file)) {
            assertThat(DatabaseTest.scalar(db, "SELECT count(*) FROM call_log")).isEqualTo(2L * perWriter);
            assertThat(DatabaseTest.text(db, "SELECT value FROM setting WHERE key = 'counter'"))
                    .isEqualTo(Integer.toString(2 * perWriter));
            assertThat(DatabaseTest.text(db, "PRAGMA integrity_check")).isEqualTo("ok");
        }
    }
}
