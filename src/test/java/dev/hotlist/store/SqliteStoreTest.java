package dev.hotlist.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.hotlist.domain.DatabaseEvent;
import dev.hotlist.domain.Lead;
import dev.hotlist.domain.StoreException;
import dev.hotlist.team.TeamServer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What only the SQLite store does: it is a file with backups, a restore goes in through the open connection as one
 * commit another connection sees, its data version and poller tell of others' commits, its dry-run copies hold what
 * the file (or a server) holds and change nothing, and nested work joins the write.
 */
class SqliteStoreTest {
    private static final Instant NOW = Instant.parse("2026-12-02T09:00:00Z");
    @TempDir
    Path dir;

    private static long insert(Store db, String name) {
        return db.write(c -> LeadStore.insert(c, Lead.builder().name(name).putExtra("Region", "North").build(), NOW));
    }

    private static List<String> names(Store db) {
        return db.read(LeadStore::all).stream().map(Lead::name).toList();
    }

    @Test
    void itIsAFileWithItsOwnBackups() {
        Path file = dir.resolve("hotlist.db");
        try (Database db = Database.open(file)) {
            assertThat(db.engine()).isEqualTo(Store.Engine.SQLITE);
            assertThat(db.path()).isEqualTo(file.toAbsolutePath());
            assertThat(db.file()).contains(file.toAbsolutePath());
            assertThat(db.location()).isEqualTo(file.toAbsolutePath().toString());
            assertThat(db.tracksChanges()).isFalse();
            assertThat(db.user()).isEqualTo(StoreUser.name(null)).isNotBlank();
            assertThat(db.backupFiles()).isEmpty();
            insert(db, "Ann");
            db.backUp("manual");
            assertThat(db.backupFiles()).singleElement()
                    .satisfies(p -> assertThat(p.getFileName().toString()).endsWith("-manual.db"));
            Store.PendingBackup dropped = db.prepareBackup("before-import");
            dropped.discard();
            assertThat(db.backupFiles()).hasSize(1);
            Store.PendingBackup kept = db.prepareBackup("before-import");
            kept.keep();
            assertThat(db.backupFiles()).hasSize(2).first()
                    .satisfies(p -> assertThat(p.getFileName().toString()).endsWith("-before-import.db"));
        }
    }

    @Test
    void aRestoreIsOneCommitThatAnotherConnectionSees() {
        Path file = dir.resolve("hotlist.db");
        try (Database db = Database.open(file); Database other = Database.open(file)) {
            insert(db, "Kept");
            db.write(c -> {
                Settings.put(c, "ui.lastView", "Mine");
                return null;
            });
            db.backUp("manual");
            Path backup = db.backupFiles().get(0);
            insert(db, "Later");
            db.write(c -> {
                Settings.put(c, "ui.lastView", "Other");
                return null;
            });
            long seen = other.dataVersion();
            assertThat(names(other)).containsExactly("Kept", "Later");

            db.restoreBackup(backup);

            assertThat(other.dataVersion()).isNotEqualTo(seen);
            assertThat(names(other)).containsExactly("Kept");
            assertThat(other.read(LeadStore::all).get(0).extra()).containsExactly(Map.entry("Region", "North"));
            assertThat(other.<java.util.Optional<String>>read(c -> Settings.get(c, "ui.lastView"))).contains("Mine");
            assertThat(db.backupFiles()).anySatisfy(p -> assertThat(p.toString()).contains("before-restore"));
            assertThat(backup).exists();
            insert(other, "After");
            assertThat(names(db)).containsExactly("Kept", "After");
        }
    }

    @Test
    void aFileThatIsNotABackupIsNotRestored() throws Exception {
        Path file = dir.resolve("hotlist.db");
        try (Database db = Database.open(file)) {
            insert(db, "Ann");
            Path stranger = Files.writeString(dir.resolve("x.db"), "x");
            assertThatThrownBy(() -> db.restoreBackup(stranger)).isInstanceOf(StoreException.class)
                    .hasMessage("There is no backup named x.db.");
            assertThat(names(db)).containsExactly("Ann");
        }
    }

    @Test
    void theDataVersionMovesOnlyWhenAnotherConnectionCommits() {
        Path file = dir.resolve("hotlist.db");
        try (Database db = Database.open(file); Database other = Database.open(file)) {
            long v = db.dataVersion();
            assertThat(db.dataVersion()).isEqualTo(v);
            insert(other, "Ann");
            long after = db.dataVersion();
            assertThat(after).isNotEqualTo(v);
            assertThat(db.dataVersion()).isEqualTo(after);
        }
    }

    @Test
    void thePollerTellsOfAnotherConnectionsCommitAndOfNothingElse() throws Exception {
        Path file = dir.resolve("hotlist.db");
        BlockingQueue<DatabaseEvent> events = new LinkedBlockingQueue<>();
        try (Database db = Database.open(file); Database other = Database.open(file)) {
            try (AutoCloseable watching = db.watch(events::add)) {
                assertThat(events.poll(VersionPoller.PERIOD_MS * 2 + 500, TimeUnit.MILLISECONDS))
                        .as("nothing committed, nothing told").isNull();
                insert(other, "Ann");
                assertThat(events.poll(VersionPoller.PERIOD_MS * 3, TimeUnit.MILLISECONDS))
                        .isEqualTo(new DatabaseEvent.Changed(java.util.Set.of()));
                assertThat(events.poll(VersionPoller.PERIOD_MS + 500, TimeUnit.MILLISECONDS)).as("told once").isNull();
            }
            insert(other, "Ben");
            assertThat(events.poll(VersionPoller.PERIOD_MS + 500, TimeUnit.MILLISECONDS)).as("stopped").isNull();
        }
    }

    @Test
    void workInsideAWriteJoinsItAndSeesItsOwnRows() {
        try (Database db = Database.open(dir.resolve("hotlist.db"))) {
            assertThatThrownBy(() -> db.write(c -> {
                insert(db, "Ann");
                assertThat(db.<Long>writeOnce(inner -> LeadStore.count(inner))).isEqualTo(1);
                assertThat(db.<Long>read(inner -> LeadStore.count(inner))).as("a read on the writing thread").isEqualTo(1);
                throw new IllegalStateException("undo");
            })).hasMessage("undo");
            assertThat(db.read(LeadStore::count)).isZero();
        }
    }

    @Test
    void aFailedStatementIsOneSentenceAndChangesNothing() {
        try (Database db = Database.open(dir.resolve("hotlist.db"))) {
            assertThatThrownBy(() -> db.write(c -> {
                insert(db, "Ann");
                try (Statement st = c.createStatement()) {
                    st.execute("INSERT INTO no_such_table VALUES (1)");
                }
                return null;
            })).isInstanceOf(StoreException.class).satisfies(e -> {
                assertThat(((StoreException) e).key()).isEqualTo("db.failed");
                assertThat(e.getMessage()).startsWith("The database " + db.location()
                        + " could not complete the operation: ").contains("no such table");
            });
            assertThatThrownBy(() -> db.read(c -> {
                throw new SQLException("broken read");
            })).isInstanceOf(StoreException.class).hasMessageContaining("broken read");
            assertThat(db.read(LeadStore::count)).isZero();
        }
    }

    @Test
    void aDryRunCopyOfAFileHoldsItsLeadsAndChangesNothing() throws Exception {
        Path file = dir.resolve("hotlist.db");
        try (Database db = Database.open(file)) {
            insert(db, "Ann");
            db.write(c -> {
                Settings.put(c, "scoring.hotNeed", "65");
                ColumnMappings.save(c, "Name", Map.of("Name", "name"), NOW);
                return null;
            });
        }
        byte[] before = Files.readAllBytes(file);
        try (Database copy = Database.scratchCopyOf(file)) {
            assertThat(names(copy)).containsExactly("Ann");
            assertThat(copy.read(LeadStore::all).get(0).extra()).containsExactly(Map.entry("Region", "North"));
            assertThat(copy.<java.util.Optional<String>>read(c -> Settings.get(c, "scoring.hotNeed"))).contains("65");
            assertThat(copy.<java.util.Optional<Map<String, String>>>read(c -> ColumnMappings.find(c, "Name"))).contains(Map.of("Name", "name"));
            insert(copy, "Only in the copy");
            assertThat(names(copy)).containsExactly("Ann", "Only in the copy");
        }
        assertThat(Files.readAllBytes(file)).isEqualTo(before);
        try (Database db = Database.open(file)) {
            assertThat(names(db)).containsExactly("Ann");
        }
    }

    @Test
    void aDryRunCopyOfAFileOpenHereReadsItsCommittedLeads() {
        Path file = dir.resolve("hotlist.db");
        try (Database db = Database.open(file)) {
            insert(db, "Ann");
            try (Database copy = Database.scratchCopyOf(file)) {
                assertThat(names(copy)).containsExactly("Ann");
            }
            insert(db, "Ben");
            assertThat(names(db)).containsExactly("Ann", "Ben");
        }
    }

    @Test
    void aDryRunCopyOfNothingIsEmptyAndOfAMissingFileCreatesNoFile() {
        try (Database empty = Database.scratchCopyOf((Path) null)) {
            assertThat(empty.read(LeadStore::count)).isZero();
            insert(empty, "Ann");
            assertThat(names(empty)).containsExactly("Ann");
        }
        Path missing = dir.resolve("sub").resolve("none.db");
        try (Database copy = Database.scratchCopyOf(missing)) {
            assertThat(copy.read(LeadStore::count)).isZero();
        }
        assertThat(missing).doesNotExist();
    }

    @Test
    void aDryRunCopyRefusesWhatIsNotAHotlistDatabase() throws Exception {
        Path text = Files.writeString(dir.resolve("notes.db"), "not a database at all");
        assertThatThrownBy(() -> Database.scratchCopyOf(text)).isInstanceOf(StoreException.class)
                .hasMessage(text.toAbsolutePath() + " is not a Hotlist database; it was left untouched.");
        Path newer = dir.resolve("newer.db");
        try (Database db = Database.open(newer)) {
            insert(db, "Ann");
        }
        try (java.sql.Connection raw = java.sql.DriverManager.getConnection("jdbc:sqlite:" + newer);
             Statement st = raw.createStatement()) {
            st.execute("PRAGMA user_version=" + (Database.SCHEMA_VERSION + 1));
        }
        assertThatThrownBy(() -> Database.scratchCopyOf(newer)).isInstanceOf(StoreException.class)
                .satisfies(e -> assertThat(((StoreException) e).key()).isEqualTo("db.newerVersion"));
    }

    @Test
    void aDryRunCopyOfAServerHoldsItsLeadsAndChangesNothingThere() {
        try (Store server = Stores.open(TeamServer.url(dir, "team"), true)) {
            long ann = insert(server, "Ann");
            insert(server, "Ben");
            server.write(c -> {
                Settings.put(c, "scoring.hotNeed", "66");
                ColumnMappings.save(c, "Name", Map.of("Name", "name"), NOW);
                return null;
            });
            try (Database copy = Database.scratchCopyOf(server)) {
                assertThat(names(copy)).containsExactly("Ann", "Ben");
                assertThat(copy.read(c -> LeadStore.find(c, ann)).orElseThrow().extra())
                        .containsExactly(Map.entry("Region", "North"));
                assertThat(copy.<java.util.Optional<String>>read(c -> Settings.get(c, "scoring.hotNeed"))).contains("66");
                assertThat(copy.<java.util.Optional<Map<String, String>>>read(c -> ColumnMappings.find(c, "Name"))).contains(Map.of("Name", "name"));
                insert(copy, "Only in the copy");
            }
            assertThat(names(server)).containsExactly("Ann", "Ben");
        }
    }
}
