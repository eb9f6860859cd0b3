package dev.hotlist.store;

import dev.hotlist.domain.DatabaseEvent;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * Where the leads live: a SQLite file ({@link Database}) or a shared PostgreSQL server ({@link PostgresStore}).
 *
 * <p>Both run the same SQL (the classes beside this one: {@link LeadStore}, {@link LeadWriter}, {@link CallLog},
 * ...) on the connection they hand to the work; what differs is how connections, transactions, migrations, change
 * notices and backups are had, and that is all this interface holds. Reads never wait behind a write: they run on
 * a connection of their own and see the last committed state.
 */
public interface Store extends AutoCloseable {
    Engine engine();

    /** The database in words for the user: the file's path, or the server URL without its password. */
    String location();

    /** The SQLite file; empty for a server. */
    Optional<Path> file();

    /** Who edits through this store: {@code $HOTLIST_USER}, else the server role, else the system user. */
    String user();

    /**
     * Runs {@code work} in one write transaction: all of it commits, or none of it. Nested calls join it. The work
     * may run more than once (a busy database, a lost commit, a serialization failure), so it must do its whole job
     * from the state it reads.
     */
    <T> T write(SqlWork<T> work);

    /** {@link #write} for work that can run only once (it consumes a sheet): never run again, it fails instead. */
    <T> T writeOnce(SqlWork<T> work);

    /** Runs read-only {@code work} on the last committed state, never waiting for a write in progress. */
    <T> T read(SqlWork<T> work);

    /**
     * A number that changes when someone else (another window, process or team member) has committed: a cheap "is
     * my copy stale" asked before every re-rank.
     */
    long dataVersion();

    /**
     * Whether this store tells exactly which leads changed ({@link LeadStore#changesSince}); when it does not, a
     * changed {@link #dataVersion} means reading the leads again.
     */
    boolean tracksChanges();

    /** Calls {@code listener} (on a thread of the store's) when others commit or the connection comes and goes. */
    AutoCloseable watch(Consumer<DatabaseEvent> listener);

    /**
     * Keeps a copy before a change a user may regret (an import): a file beside the database on SQLite; nothing on a
     * server, which its operator backs up (and where every import can still be undone).
     */
    void backUp(String label);

    /**
     * {@link #backUp} for a change that may yet fail: the copy is taken now, but becomes a backup (and old ones are
     * pruned) only when the change has committed and {@link PendingBackup#keep} is called; on failure
     * {@link PendingBackup#discard} leaves the backups as they were. {@link PendingBackup#NONE} on a server. Called
     * inside a write transaction it copies the last commit, as the database was before that transaction.
     */
    PendingBackup prepareBackup(String label);

    /** A copy taken by {@link #prepareBackup}, waiting to be kept or discarded. */
    interface PendingBackup {
        /** Nothing was copied: nothing to keep or discard. */
        PendingBackup NONE = new PendingBackup() {
            @Override
            public void keep() {
            }

            @Override
            public void discard() {
            }
        };

        void keep();

        void discard();
    }

    /** The copies {@link #backUp} kept, newest first; none on a server. */
    List<Path> backupFiles();

    /** Puts a copy back, as one transaction that other windows see as one more commit; refused on a server. */
    void restoreBackup(Path backup);

    @Override
    void close();

    /** The two database engines, with the SQL that differs between them. */
    enum Engine {
        SQLITE("sqlite"),
        POSTGRESQL("postgresql");

        private final String folder;

        Engine(String folder) {
            this.folder = folder;
        }

        /** The engine's own migrations, beside the shared ones in {@code common}. */
        String migrationFolder() {
            return folder;
        }
    }
}
