package dev.hotlist.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import dev.hotlist.domain.Lead;
import dev.hotlist.store.Database;
import dev.hotlist.store.LeadStore;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 12's regression test, without a GUI: process A (the app's service) commits a call; code in A opens and closes
 * the database files as a file dialog does; process B (a plain SQLite connection, like the {@code sqlite3} shell)
 * opens and closes the database; A commits again; A is SIGKILLed. Every call A reported as logged must be in the
 * file. Unprotected, B deletes the WAL under A and A's second call goes to a deleted file: the last test shows that
 * this is still what happens when both protections are switched off, so the other two test something real.
 */
class ForeignFileCloseTest {
    @TempDir
    Path dir;

    @Test
    void withTheLockGuardBCannotDeleteTheJournalAndNoLoggedCallIsLost() throws Exception {
        Path db = database();
        List<String> logged = runAThenB(db, List.of(), true);
        assertThat(calls(db)).containsAll(logged);
    }

    @Test
    void withoutTheGuardTheSwappedJournalIsNoticedBeforeTheNextWriteAndNoLoggedCallIsLost() throws Exception {
        // As on systems without open-file-description locks (macOS): only the journal check protects.
        Path db = database();
        List<String> logged = runAThenB(db, List.of("-Dhotlist.lockGuard=false"), false);
        assertThat(calls(db)).containsAll(logged);
    }

    @Test
    void withBothProtectionsOffTheSecondCallIsLostAsIssue12Saw() throws Exception {
        Path db = database();
        List<String> logged = runAThenB(db, List.of("-Dhotlist.lockGuard=false", "-Dhotlist.journalCheck=false"),
                false);
        assertThat(logged).containsExactly("first", "second");
        assertThat(calls(db)).containsExactly("first");
    }

    /** The scenario; returns the notes A said were logged. */
    private List<String> runAThenB(Path db, List<String> jvmOptions, boolean expectJournalKept) throws Exception {
        Path out = dir.resolve("a.out");
        ChildLines a = new ChildLines(ChildJvm.start(out, jvmOptions, BrowsingWriter.class, db.toString(), "1"), out);
        try {
            a.await("open");
            a.send("log first");
            a.await("logged first");
            a.send("browse");
            a.await("browsed");

            Process b = ChildJvm.start(dir.resolve("b.out"), PlainSqliteOpener.class, db.toString());
            assertThat(b.waitFor(60, TimeUnit.SECONDS)).isTrue();
            assertThat(b.exitValue()).as(Files.readString(dir.resolve("b.out"))).isZero();
            if (expectJournalKept) {
                assertThat(db.resolveSibling("hotlist.db-wal")).as("B could not delete A's WAL").exists();
            }

            a.send("log second");
            a.await("logged second");
        } finally {
            a.kill();
        }
        assertThat(CrashSafetyTest.integrityOf(db)).isEqualTo("ok");
        return List.of("first", "second");
    }

    private Path database() {
        Path db = dir.resolve("hotlist.db");
        try (Database d = Database.open(db)) {
            long id = d.write(c -> LeadStore.insert(c, Lead.builder().name("Ryan Green").build(), Instant.now()));
            assertThat(id).isEqualTo(1);
        }
        return db;
    }

    /** The notes of the calls in the file, read as a new process would (the test JVM has no connection open). */
    static Set<String> calls(Path db) {
        try (Database d = Database.openExisting(db)) {
            return d.read(c -> {
                Set<String> notes = new HashSet<>();
                try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery("SELECT note FROM call_log")) {
                    while (rs.next()) {
                        notes.add(rs.getString(1));
                    }
                }
                return notes;
            });
        }
    }
}
