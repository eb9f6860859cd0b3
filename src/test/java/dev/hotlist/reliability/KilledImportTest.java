package dev.hotlist.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import dev.hotlist.Main;
import dev.hotlist.domain.CallLogEntry;
import dev.hotlist.domain.CallOutcome;
import dev.hotlist.domain.Lead;
import dev.hotlist.sheets.GeneratedLeadWorkbook;
import dev.hotlist.store.CallLog;
import dev.hotlist.store.Database;
import dev.hotlist.store.ImportBatches;
import dev.hotlist.store.LeadStore;
import java.nio.file.Path;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Instant;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A real {@code hotlist import} in a child JVM is killed with SIGKILL at random moments. After each kill the
 * database passes its integrity check, holds everything committed before, and nothing of the killed import.
 */
class KilledImportTest {
    static final int KILLS = 50;
    static final int ROWS = 10_000;
    @TempDir
    Path dir;

    @Test
    void aKilledImportLeavesTheDatabaseExactlyAsBefore() throws Exception {
        Path db = dir.resolve("hotlist.db");
        Path sheet = dir.resolve("leads.xlsx");
        GeneratedLeadWorkbook.write(sheet, ROWS);
        try (Database d = Database.open(db)) {
            d.write(c -> {
                for (int i = 0; i < 50; i++) {
                    long id = LeadStore.insert(c, Lead.builder().name("Kept " + i).email("kept" + i + "@x.com")
                            .build(), Instant.now());
                    CallLog.add(c, new CallLogEntry(0, id, Instant.now(), CallOutcome.REACHED, null, "before"));
                }
                return null;
            });
        }
        String baseline = fingerprint(db);

        // One import left to finish shows how long a whole one takes here (JVM start included); the kills then
        // fall at random moments inside that span, so almost every one lands while the import is under way.
        long started = System.nanoTime();
        Process whole = ChildJvm.start(dir.resolve("import-whole.out"), Main.class, "import", sheet.toString(),
                "--db", db.toString(), "--as-of", "2026-11-24");
        assertThat(whole.waitFor(120, TimeUnit.SECONDS)).isTrue();
        long span = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - started);
        assertThat(whole.exitValue()).isZero();
        checkAndUndo(db, true);
        assertThat(fingerprint(db)).as("undoing the whole import restores the database").isEqualTo(baseline);

        Random random = new Random(11);
        int killedMidway = 0;
        // Until KILLS imports were killed mid-way; an import that wins the race is checked too.
        for (int kill = 0; killedMidway < KILLS && kill < 3 * KILLS; kill++) {
            Process child = ChildJvm.start(dir.resolve("import-" + kill + ".out"), Main.class, "import",
                    sheet.toString(), "--db", db.toString(), "--as-of", "2026-11-24");
            long delay = (long) (span * (0.15 + 0.8 * random.nextDouble()));
            boolean finished = child.waitFor(delay, TimeUnit.MILLISECONDS);
            if (!finished) {
                child.destroyForcibly();
                assertThat(child.waitFor(30, TimeUnit.SECONDS)).isTrue();
                killedMidway++;
            } else {
                assertThat(child.exitValue()).isZero();
                // imports run faster than the first one measured (a busy machine's load changes): aim earlier
                span = Math.max(100, (long) (delay * 0.8));
            }
            checkAndUndo(db, finished);
            assertThat(fingerprint(db)).as("after kill %d the database is as before the import", kill)
                    .isEqualTo(baseline);
        }
        assertThat(killedMidway).as("imports really killed mid-way").isEqualTo(KILLS);
    }

    /**
     * The database passes its integrity check; an import that committed (it finished, or the kill came while
     * the JVM was exiting) is whole, never partial, and is undone for the next round.
     */
    private static void checkAndUndo(Path db, boolean finished) {
        try (Database d = Database.open(db)) {
            assertThat(CrashSafetyTest.integrity(d)).as("integrity").isEqualTo("ok");
            boolean committed = count(d, "SELECT count(*) FROM import_batch WHERE undone_at IS NULL") > 0;
            if (finished) {
                assertThat(committed).as("a finished import committed").isTrue();
            }
            if (committed) {
                assertThat(count(d, "SELECT count(*) FROM lead")).isEqualTo(50 + ROWS);
                d.write(c -> ImportBatches.undoLatest(c, Instant.now()));
            }
        }
    }

    /** Leads, their call logs and the standing imports, as one string. */
    private static String fingerprint(Path db) {
        try (Database d = Database.open(db)) {
            String value = d.read(c -> {
                StringBuilder sb = new StringBuilder();
                try (Statement st = c.createStatement();
                     ResultSet rs = st.executeQuery("SELECT l.id, l.name, l.email, l.stage, c.note FROM lead l "
                             + "LEFT JOIN call_log c ON c.lead_id = l.id ORDER BY l.id, c.id")) {
                    while (rs.next()) {
                        sb.append(rs.getLong(1)).append('|').append(rs.getString(2)).append('|')
                                .append(rs.getString(3)).append('|').append(rs.getString(4)).append('|')
                                .append(rs.getString(5)).append('\n');
                    }
                }
                sb.append("standing imports: ")
                        .append(countIn(c, "SELECT count(*) FROM import_batch WHERE undone_at IS NULL"));
                return sb.toString();
            });
            return value;
        }
    }

    private static long countIn(java.sql.Connection c, String sql) throws java.sql.SQLException {
        try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    private static long count(Database d, String sql) {
        long n = d.read(c -> countIn(c, sql));
        return n;
    }
}
