package dev.hotlist.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.hotlist.domain.DatabaseEvent;
import dev.hotlist.domain.Lead;
import dev.hotlist.domain.StoreException;
import dev.hotlist.team.CuttableProxy;
import dev.hotlist.team.TeamServer;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import java.sql.Statement;
import java.time.Instant;
import java.util.HashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What only the PostgreSQL store does: its transactions (joined, rolled back, retried on a serialization failure or a
 * deadlock, never for work that runs once), read-only snapshots, its failures in one sentence, its change stamps and
 * notices, and what it refuses to do with files. On the tests' embedded server.
 */
class PostgresStoreTest {
    private static final Instant NOW = Instant.parse("2026-12-02T09:00:00Z");
    @TempDir
    Path dir;
    String url;
    PostgresStore db;

    @BeforeEach
    void open() {
        url = TeamServer.url(dir, "team");
        db = openAt(url);
    }

    @AfterEach
    void close() {
        db.close();
    }

    private PostgresStore openAt(String address) {
        return PostgresStore.open(ServerAddress.parse(address, Map.of(), dir.resolve("no.pgpass")));
    }

    private static Optional<String> setting(Store store, String key) {
        return store.read(c -> Settings.get(c, key));
    }

    private static SQLException withState(String state) {
        return new SQLException("failed with " + state, state);
    }

    @Test
    void itIsATeamServerWithNoFilesAndThePasswordNeverShown() {
        String withPassword = url.replace("postgres@", "postgres:secret@");
        try (PostgresStore store = openAt(withPassword)) {
            assertThat(store.engine()).isEqualTo(Store.Engine.POSTGRESQL);
            assertThat(store.location()).isEqualTo(url).doesNotContain("secret");
            assertThat(store.address().password()).contains("secret");
            assertThat(store.file()).isEmpty();
            assertThat(store.tracksChanges()).isTrue();
            assertThat(store.backupFiles()).isEmpty();
            assertThat(store.prepareBackup("before import")).isSameAs(Store.PendingBackup.NONE);
            store.backUp("before import");
            assertThat(store.backupFiles()).isEmpty();
            assertThatThrownBy(() -> store.restoreBackup(dir.resolve("x.db"))).isInstanceOf(StoreException.class)
                    .hasMessage("The team database " + store.location()
                            + " keeps no backup files here; its server's operator backs it up.");
        }
    }

    @Test
    void theUserIsTheServerRoleUnlessTheyNamedThemselves() {
        String saved = System.getProperty("hotlist.user");
        try {
            System.setProperty("hotlist.user", " ");
            assertThat(db.user()).isEqualTo("postgres");
            System.setProperty("hotlist.user", "ann");
            assertThat(db.user()).isEqualTo("ann");
        } finally {
            if (saved == null) {
                System.clearProperty("hotlist.user");
            } else {
                System.setProperty("hotlist.user", saved);
            }
        }
    }

    @Test
    void aWriteThatFailsLeavesNothingOfItself() {
        IllegalStateException boom = new IllegalStateException("boom");
        assertThatThrownBy(() -> db.write(c -> {
            Settings.put(c, "a", "1");
            throw boom;
        })).isSameAs(boom);
        assertThatThrownBy(() -> db.write(c -> {
            Settings.put(c, "a", "2");
            throw withState("23505");
        })).isInstanceOf(StoreException.class).hasMessageContaining("failed with 23505");
        try (PostgresStore other = openAt(url)) {
            assertThat(setting(other, "a")).isEmpty();
        }
        assertThat(db.<String>write(c -> {
            Settings.put(c, "a", "3");
            return "done";
        })).isEqualTo("done");
        try (PostgresStore other = openAt(url)) {
            assertThat(setting(other, "a")).contains("3");
        }
    }

    @Test
    void workCalledInsideAWriteJoinsItsTransaction() {
        assertThatThrownBy(() -> db.write(c -> {
            Settings.put(c, "outer", "1");
            assertThat(setting(db, "outer")).as("a read inside the write sees it").contains("1");
            assertThat(db.<Integer>write(inner -> {
                assertThat(inner).isSameAs(c);
                Settings.put(inner, "inner", "1");
                return 7;
            })).isEqualTo(7);
            assertThat(db.<Integer>writeOnce(inner -> 8)).isEqualTo(8);
            try (PostgresStore other = openAt(url)) {
                assertThat(setting(other, "inner")).as("not committed yet").isEmpty();
            }
            throw new IllegalStateException("undo all");
        })).hasMessage("undo all");
        assertThat(setting(db, "outer")).isEmpty();
        assertThat(setting(db, "inner")).isEmpty();
        assertThatThrownBy(() -> db.write(c -> db.read(inner -> {
            throw withState("42P01");
        }))).isInstanceOf(StoreException.class).hasMessageContaining("failed with 42P01")
                .satisfies(e -> assertThat(((StoreException) e).key()).isEqualTo("db.failed"));
    }

    @Test
    void aSerializationFailureOrADeadlockRunsTheWorkAgain() {
        for (String state : new String[] {"40001", "40P01"}) {
            AtomicInteger runs = new AtomicInteger();
            String result = db.write(c -> {
                Settings.put(c, "runs." + state, Integer.toString(runs.incrementAndGet()));
                if (runs.get() == 1) {
                    throw withState(state);
                }
                return "ran " + runs.get();
            });
            assertThat(result).isEqualTo("ran 2");
            assertThat(setting(db, "runs." + state)).contains("2");
        }
    }

    @Test
    void retriesStopAfterEightAndWorkThatRunsOnceIsNeverRetried() {
        AtomicInteger runs = new AtomicInteger();
        assertThatThrownBy(() -> db.write(c -> {
            runs.incrementAndGet();
            throw withState("40001");
        })).isInstanceOf(StoreException.class)
                .satisfies(e -> assertThat(((StoreException) e).key()).isEqualTo("db.failed"));
        assertThat(runs).hasValue(9);
        AtomicInteger once = new AtomicInteger();
        assertThatThrownBy(() -> db.writeOnce(c -> {
            once.incrementAndGet();
            throw withState("40001");
        })).isInstanceOf(StoreException.class);
        assertThat(once).hasValue(1);
        AtomicInteger other = new AtomicInteger();
        assertThatThrownBy(() -> db.write(c -> {
            other.incrementAndGet();
            throw withState("23505");
        })).isInstanceOf(StoreException.class);
        assertThat(other).as("a unique key broken is not retried").hasValue(1);
        AtomicInteger noState = new AtomicInteger();
        assertThatThrownBy(() -> db.write(c -> {
            noState.incrementAndGet();
            throw new SQLException("no state");
        })).isInstanceOf(StoreException.class)
                .satisfies(e -> assertThat(((StoreException) e).key()).isEqualTo("db.failed"));
        assertThat(noState).hasValue(1);
    }

    @Test
    void aLostConnectionIsOfflineAndAnyOtherFailureFailed() {
        assertThatThrownBy(() -> db.read(c -> {
            throw withState("08006");
        })).isInstanceOf(StoreException.class).satisfies(e -> {
            assertThat(((StoreException) e).key()).isEqualTo("db.offline");
            assertThat(e).hasMessage("The team database " + db.location() + " cannot be reached: failed with 08006. "
                    + "Nothing was changed; what you typed is kept, try again once it is back.");
        });
        assertThatThrownBy(() -> db.write(c -> {
            throw new SQLTransientConnectionException("pool timed out");
        })).satisfies(e -> assertThat(((StoreException) e).key()).isEqualTo("db.offline"));
        assertThatThrownBy(() -> db.read(c -> {
            throw withState("22001");
        })).satisfies(e -> {
            assertThat(((StoreException) e).key()).isEqualTo("db.failed");
            assertThat(e).hasMessage("The database " + db.location()
                    + " could not complete the operation: failed with 22001");
        });
        assertThatThrownBy(() -> db.read(c -> {
            throw new SQLException("no state");
        })).satisfies(e -> assertThat(((StoreException) e).key()).isEqualTo("db.failed"));
        db.close();
        assertThatThrownBy(() -> db.read(LeadStore::count)).isInstanceOf(StoreException.class)
                .satisfies(e -> assertThat(((StoreException) e).key()).isEqualTo("db.offline"))
                .hasMessageContaining("cannot be reached: closed");
        assertThatThrownBy(() -> db.write(LeadStore::count)).isInstanceOf(StoreException.class)
                .satisfies(e -> assertThat(((StoreException) e).key()).isEqualTo("db.offline"));
    }

    @Test
    void aReadSeesOneSnapshotAndCannotWrite() {
        try (PostgresStore other = openAt(url)) {
            long[] counts = db.read(c -> {
                long before = LeadStore.count(c);
                other.write(w -> LeadStore.insert(w, Lead.builder().name("Ann").build(), NOW));
                return new long[] {before, LeadStore.count(c)};
            });
            assertThat(counts).containsExactly(0, 0);
            assertThat(db.read(LeadStore::count)).isEqualTo(1);
        }
        assertThatThrownBy(() -> db.read(c -> {
            Settings.put(c, "k", "v");
            return null;
        })).isInstanceOf(StoreException.class).hasMessageContaining("read-only");
        RuntimeException boom = new IllegalStateException("boom");
        assertThatThrownBy(() -> db.read(c -> {
            throw boom;
        })).isSameAs(boom);
        assertThat(setting(db, "k")).isEmpty();
    }

    @Test
    void theDataVersionMovesWithEveryLeadWrittenOrDeletedAndOnlyThen() {
        long empty = db.dataVersion();
        assertThat(db.dataVersion()).isEqualTo(empty);
        try (PostgresStore other = openAt(url)) {
            long id = other.write(c -> LeadStore.insert(c, Lead.builder().name("Ann").build(), NOW));
            long one = db.dataVersion();
            assertThat(one).isNotEqualTo(empty);
            other.write(c -> {
                Settings.put(c, "k", "v");
                return null;
            });
            assertThat(db.dataVersion()).as("settings are not leads").isEqualTo(one);
            other.write(c -> {
                LeadStore.setUserNotes(c, id, "called", NOW);
                return null;
            });
            long updated = db.dataVersion();
            assertThat(updated).isNotEqualTo(one);
            other.write(c -> {
                try (Statement st = c.createStatement()) {
                    st.execute("DELETE FROM lead WHERE id = " + id);
                }
                return null;
            });
            assertThat(db.dataVersion()).isNotEqualTo(updated).isNotEqualTo(one);
        }
    }

    @Test
    void theChangesSinceAMarkAreTheLeadsWrittenAndDeletedSinceIt() {
        long gone = db.write(c -> LeadStore.insert(c, Lead.builder().name("Gone").build(), NOW));
        long kept = db.write(c -> LeadStore.insert(c, Lead.builder().name("Kept").build(), NOW));
        long edited = db.write(c -> LeadStore.insert(c, Lead.builder().name("Edited").build(), NOW));
        long mark = db.read(LeadChanges::mark);
        try (PostgresStore other = openAt(url)) {
            other.write(c -> {
                LeadStore.setUserNotes(c, edited, "called", NOW);
                try (Statement st = c.createStatement()) {
                    st.execute("DELETE FROM lead WHERE id = " + gone);
                }
                return null;
            });
            long added = other.write(c -> LeadStore.insert(c, Lead.builder().name("New").putExtra("Region", "华东")
                    .putExtra("Size", "12").build(), NOW));
            LeadChanges changes = db.read(c -> LeadChanges.since(c, mark));
            assertThat(changes.changed()).extracting(Lead::id).containsExactly(edited, added);
            assertThat(changes.changed().get(0).userNotes()).isEqualTo("called");
            assertThat(changes.changed().get(1).extra()).containsExactly(Map.entry("Region", "华东"),
                    Map.entry("Size", "12"));
            assertThat(changes.gone()).containsExactly(gone);
            assertThat(changes.mark()).isGreaterThan(mark);
            LeadChanges none = db.read(c -> LeadChanges.since(c, changes.mark()));
            assertThat(none.changed()).isEmpty();
            assertThat(none.gone()).isEmpty();
            assertThat(none.mark()).isGreaterThanOrEqualTo(changes.mark());
            assertThat(db.read(LeadStore::all)).extracting(Lead::id).containsExactly(kept, edited, added);
        }
    }

    @Test
    void aMissingDatabaseIsOneSentenceWithTheServersOwnWords() {
        String missing = url.substring(0, url.lastIndexOf('/') + 1) + "no_such_db_" + ProcessHandle.current().pid();
        assertThatThrownBy(() -> openAt(missing)).isInstanceOf(StoreException.class).satisfies(e -> {
            assertThat(((StoreException) e).key()).isEqualTo("db.cannotOpen");
            assertThat(e.getMessage()).startsWith("Cannot open the database postgresql://postgres@")
                    .contains("does not exist").doesNotContain("Failed to initialize pool");
        });
    }

    @Test
    void aServerMigratedByANewerHotlistIsRefused() throws Exception {
        try (Connection c = DriverManager.getConnection(db.address().jdbcUrl(), "postgres", "");
             Statement st = c.createStatement()) {
            st.execute("INSERT INTO " + Migrations.HISTORY + " (installed_rank, version, description, type, script, "
                    + "checksum, installed_by, installed_on, execution_time, success) VALUES (999, '99', 'future', "
                    + "'SQL', 'V99__future.sql', 0, 'postgres', now(), 0, true)");
        }
        assertThatThrownBy(() -> openAt(url)).isInstanceOf(StoreException.class)
                .satisfies(e -> assertThat(((StoreException) e).key()).isEqualTo("db.newerVersion"))
                .hasMessageContaining("99");
    }

    // ---- change notices ----

    private static <T extends DatabaseEvent> T next(BlockingQueue<DatabaseEvent> events, Class<T> kind, int seconds)
            throws InterruptedException {
        long until = System.nanoTime() + TimeUnit.SECONDS.toNanos(seconds);
        while (System.nanoTime() < until) {
            DatabaseEvent e = events.poll(100, TimeUnit.MILLISECONDS);
            if (kind.isInstance(e)) {
                return kind.cast(e);
            }
        }
        throw new AssertionError("no " + kind.getSimpleName() + " within " + seconds + " s");
    }

    /** The ids the notices name until they include {@code wanted}. */
    private static Set<Long> idsUntil(BlockingQueue<DatabaseEvent> events, Set<Long> wanted) throws Exception {
        Set<Long> seen = new HashSet<>();
        long until = System.nanoTime() + TimeUnit.SECONDS.toNanos(15);
        while (!seen.containsAll(wanted) && System.nanoTime() < until) {
            DatabaseEvent e = events.poll(100, TimeUnit.MILLISECONDS);
            if (e instanceof DatabaseEvent.Changed changed) {
                seen.addAll(changed.leadIds());
            }
        }
        return seen;
    }

    @Test
    void othersCommitsArriveAsNoticesNamingTheLeads() throws Exception {
        BlockingQueue<DatabaseEvent> events = new LinkedBlockingQueue<>();
        try (PostgresStore other = openAt(url); AutoCloseable watching = db.watch(events::add)) {
            Thread.sleep(500); // listening
            long a = other.write(c -> LeadStore.insert(c, Lead.builder().name("Ann").build(), NOW));
            long b = other.write(c -> LeadStore.insert(c, Lead.builder().name("Ben").build(), NOW));
            assertThat(idsUntil(events, Set.of(a, b))).contains(a, b);
            other.write(c -> {
                Settings.put(c, "k", "v");
                return null;
            });
            assertThat(next(events, DatabaseEvent.Changed.class, 15).leadIds()).as("a settings notice names no lead")
                    .isEmpty();
            assertThat(events).noneMatch(e -> e instanceof DatabaseEvent.Offline);
        }
    }

    @Test
    void aLostServerIsReportedRetriedWithBackoffAndReportedBack() throws Exception {
        try (CuttableProxy proxy = new CuttableProxy(TeamServer.port())) {
            String viaProxy = url.replace(":" + TeamServer.port() + "/", ":" + proxy.port() + "/");
            BlockingQueue<DatabaseEvent> events = new LinkedBlockingQueue<>();
            try (PostgresStore watched = openAt(viaProxy); AutoCloseable watching = watched.watch(events::add)) {
                Thread.sleep(500);
                proxy.cut();
                DatabaseEvent.Offline first = next(events, DatabaseEvent.Offline.class, 20);
                assertThat(first.retryInSeconds()).isEqualTo(1);
                assertThat(first.why()).isNotBlank();
                DatabaseEvent.Offline second = next(events, DatabaseEvent.Offline.class, 20);
                assertThat(second.retryInSeconds()).isEqualTo(2);
                proxy.restore();
                next(events, DatabaseEvent.Online.class, 20);
                long id = db.write(c -> LeadStore.insert(c, Lead.builder().name("Ann").build(), NOW));
                assertThat(idsUntil(events, Set.of(id))).as("listening again").contains(id);
            }
            events.clear();
            long late = db.write(c -> LeadStore.insert(c, Lead.builder().name("Late").build(), NOW));
            Thread.sleep(1_500);
            assertThat(events).as("a closed watch tells nothing more").isEmpty();
            assertThat(late).isPositive();
        }
    }
}
