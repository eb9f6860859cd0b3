package dev.hotlist.store;

import dev.hotlist.domain.DatabaseEvent;
import dev.hotlist.domain.LeadKeys;
import dev.hotlist.domain.StoreException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Consumer;
import org.sqlite.Function;
import org.sqlite.SQLiteConfig;
import org.sqlite.SQLiteErrorCode;
import org.sqlite.SQLiteException;

/**
 * One Hotlist database file: its connection, its schema version and its transactions.
 *
 * <p>Opening checks the file is a Hotlist database (SQLite with our application id) of a version this build
 * knows, takes a backup and migrates it when it is older, then switches it to WAL. Every write runs in a
 * {@code BEGIN IMMEDIATE} transaction, so two processes never deadlock upgrading a read lock; a busy database
 * is waited for (busy timeout) and the transaction retried, so "database is locked" never reaches the user.
 *
 * <p>A committed write stays committed whatever else this process or others do with the file (issue 12, and
 * {@code docs/decisions/0002-locks-that-survive-foreign-closes.md}): {@link LockGuard} holds locks that no
 * foreign {@code close()} in the process can drop, and where such locks do not exist {@link JournalFiles}
 * notices, before every read and write and after every commit, when the files under the connection were swapped;
 * the connection is then reopened without letting it write its orphaned journal anywhere, and a commit made in
 * that moment is confirmed by its {@code write_mark} or made again, never reported as saved when it is not.
 *
 * <p>Reads never wait behind a write: they run on a second connection of their own (WAL lets a reader see the last
 * commit while a writer works), so ranking during a long import answers at once. Both connections are counted in
 * {@link OpenDatabases} and share the guard; the journal check covers the file they share, and a swap reopens both.
 */
public final class Database implements Store {
    /** "HOTL": marks a SQLite file as ours. */
    public static final int APPLICATION_ID = 0x484F544C;
    /** The migrations of the builds before Flyway, whose files carry only their {@code PRAGMA user_version}. */
    static final List<String> PRE_FLYWAY = Migrations.SQLITE_SCRIPTS.subList(0, 6);
    public static final int SCHEMA_VERSION = Migrations.LATEST;
    private static final int BUSY_TIMEOUT_MS = 15_000;
    private static final int BUSY_RETRIES = 8;
    static final int PAGE_SIZE = 16_384;
    private static final byte[] SQLITE_MAGIC = "SQLite format 3\0".getBytes(StandardCharsets.US_ASCII);

    private final Path file;
    /** Writes, and reads made inside a write. */
    private Connection connection;
    private final ReentrantLock lock = new ReentrantLock();
    /** Reads outside a write: a WAL reader sees the last commit and never waits for the writer. Null until open. */
    private Connection reader;
    private Object readerKey;
    private final ReentrantLock readLock = new ReentrantLock();
    private boolean inTransaction;
    private final Backups backups;
    /** The file identity this connection was counted under in {@link OpenDatabases}; null until open. */
    private Object openKey;
    /** The files the connection uses, as when it opened them; null until open (and during migrations). */
    private JournalFiles files;
    /** This object's name in {@code write_mark}, and the number of its last commit there. */
    private final String writer = UUID.randomUUID().toString();
    private long commits;
    private int reopens;
    /** Why this database can no longer be used (its file was replaced or deleted under it); null while it can. */
    private String retired;

    private Database(Path file, Connection connection) {
        this.file = file;
        this.connection = connection;
        this.backups = new Backups(file);
    }

    /** Opens (creating if needed) and migrates the database at {@code file}. */
    public static Database open(Path file) {
        return open(file, true);
    }

    /** The files SQLite keeps beside a database in WAL mode. */
    static final List<String> SIDECARS = List.of("-wal", "-shm");

    static Path sidecarOf(Path db, String suffix) {
        return db.resolveSibling(db.getFileName() + suffix);
    }

    /** Deletes a closed database file with its WAL files and any rollback journal left from creating it. */
    public static void delete(Path file) throws IOException {
        Files.deleteIfExists(file);
        for (String sidecar : SIDECARS) {
            Files.deleteIfExists(sidecarOf(file, sidecar));
        }
        Files.deleteIfExists(sidecarOf(file, "-journal"));
    }

    /**
     * Opens and migrates the database at {@code file}, which must exist: for commands that only read or export,
     * where a mistyped path must be an error rather than a new empty database.
     */
    public static Database openExisting(Path file) {
        return open(file, false);
    }

    private static Database open(Path file, boolean create) {
        Path absolute = file.toAbsolutePath();
        if (!create && !Files.isRegularFile(absolute)) {
            throw new StoreException("db.notFound", null, absolute);
        }
        refuseForeignFile(absolute);
        Connection connection = connect(absolute);
        Database db = new Database(absolute, connection);
        return prepared(db, c -> {
            db.migrate();
            db.useWal();
            return null;
        });
    }

    /** Runs {@code setup} on a new database's connection; a failure closes the database and says why. */
    private static Database prepared(Database db, SqlWork<?> setup) {
        try {
            setup.run(db.connection);
            return db;
        } catch (SQLException e) {
            db.close();
            throw new StoreException("db.cannotOpen", e, db.file, e.getMessage());
        } catch (RuntimeException e) {
            db.close();
            throw e;
        }
    }

    /**
     * Switches to WAL, then counts the connection as open and notes the files it uses; then opens the read
     * connection beside it.
     */
    private void useWal() throws SQLException {
        try (Statement st = connection.createStatement()) {
            st.execute("PRAGMA journal_mode=WAL");
            st.execute("PRAGMA synchronous=NORMAL");
            st.execute("PRAGMA cache_size=-65536"); // 64 MB: index pages of a big import stay in memory
            st.execute("PRAGMA temp_store=MEMORY");
        }
        longQuery(connection, "SELECT count(*) FROM sqlite_schema"); // a read: the -wal and -shm are open now
        openKey = OpenDatabases.opened(file);
        JournalFiles now = JournalFiles.of(file);
        files = now.complete() ? now : null;
        Connection r = connect(file);
        try (Statement st = r.createStatement()) {
            st.execute("PRAGMA query_only=1");
            st.execute("PRAGMA cache_size=-32768");
        }
        longQuery(r, "SELECT count(*) FROM sqlite_schema");
        reader = r;
        readerKey = OpenDatabases.opened(file);
    }

    /** The database file. */
    public Path path() {
        return file;
    }

    @Override
    public Optional<Path> file() {
        return Optional.of(file);
    }

    @Override
    public Engine engine() {
        return Engine.SQLITE;
    }

    @Override
    public String location() {
        return file.toString();
    }

    @Override
    public String user() {
        return StoreUser.name(null);
    }

    @Override
    public boolean tracksChanges() {
        return false;
    }

    /** Polls {@link #dataVersion} (a PRAGMA on the read connection) every two seconds. */
    @Override
    public AutoCloseable watch(Consumer<DatabaseEvent> listener) {
        return VersionPoller.start(this, listener);
    }

    /**
     * True when {@code path} is a database this process has open, or one of its journal files: code here must not
     * open and close such a file itself (an import of it, say), since that would release SQLite's locks.
     */
    public static boolean isOpenHere(Path path) {
        return OpenDatabases.contains(path);
    }

    /** Whether this database's connection is protected by {@link LockGuard} (false where the system has none). */
    boolean guarded() {
        lock.lock();
        try {
            return openKey != null && OpenDatabases.guarded(openKey);
        } finally {
            lock.unlock();
        }
    }

    public Backups backups() {
        return backups;
    }

    @Override
    public void backUp(String label) {
        backups.take(this, label);
    }

    @Override
    public PendingBackup prepareBackup(String label) {
        Backups.Pending pending = backups.prepare(this, label);
        return new PendingBackup() {
            @Override
            public void keep() {
                pending.keep();
            }

            @Override
            public void discard() {
                pending.discard();
            }
        };
    }

    @Override
    public List<Path> backupFiles() {
        return backups.list();
    }

    @Override
    public void restoreBackup(Path backup) {
        backups.restoreInto(this, backup);
    }

    /**
     * Runs {@code work} in one write transaction: all of it commits, or none of it. Nested calls join it. The work
     * may run more than once (after a busy database, or a commit that did not reach the file), so it must do its
     * whole job from the state it reads.
     */
    @Override
    public <T> T write(SqlWork<T> work) {
        return write(work, true);
    }

    /**
     * {@link #write} for work that can run only once (it consumes a sheet): when its commit cannot be confirmed on
     * disk it fails with a message instead of running again.
     */
    @Override
    public <T> T writeOnce(SqlWork<T> work) {
        return write(work, false);
    }

    private <T> T write(SqlWork<T> work, boolean repeatable) {
        lock.lock();
        try {
            if (inTransaction) {
                return work.run(connection);
            }
            for (int attempt = 0; ; attempt++) {
                boolean begun = false;
                try {
                    keepFilesCurrent();
                    execute("BEGIN IMMEDIATE");
                    inTransaction = true;
                    begun = true;
                    T result = work.run(connection);
                    long mark = markCommit();
                    execute("COMMIT");
                    inTransaction = false;
                    if (committedToDisk(mark)) {
                        return result;
                    }
                    if (!repeatable) {
                        throw new StoreException("db.commitLost", null, file);
                    }
                } catch (SQLException e) {
                    rollbackQuietly();
                    if (isBusy(e) && attempt < BUSY_RETRIES && (repeatable || !begun)) {
                        pause(attempt);
                        continue;
                    }
                    throw failure(e);
                } catch (RuntimeException | Error e) {
                    rollbackQuietly();
                    throw e;
                }
            }
        } catch (SQLException e) {
            throw failure(e);
        } finally {
            lock.unlock();
        }
    }

    /**
     * Runs read-only {@code work} in one read transaction on the read connection: it sees the last commit, whole,
     * and does not wait for a write in progress. Inside a write (on the writing thread) it reads on the write
     * connection, so the work sees its own transaction.
     */
    @Override
    public <T> T read(SqlWork<T> work) {
        return read(work, true);
    }

    private <T> T read(SqlWork<T> work, boolean asTransaction) {
        if (reader == null || lock.isHeldByCurrentThread()) {
            return readOnWriter(work);
        }
        readLock.lock();
        try {
            for (int attempt = 0; ; attempt++) {
                if (!readerFilesCurrent()) {
                    readLock.unlock();
                    try {
                        refreshFiles();
                    } finally {
                        readLock.lock();
                    }
                }
                boolean begun = false;
                try {
                    if (retired != null) {
                        throw new StoreException(retired, null, file);
                    }
                    if (asTransaction) {
                        execute(reader, "BEGIN");
                        begun = true;
                    }
                    T result = work.run(reader);
                    if (begun) {
                        execute(reader, "COMMIT");
                    }
                    return result;
                } catch (SQLException e) {
                    if (begun) {
                        rollbackQuietly(reader);
                    }
                    if (isBusy(e) && attempt < BUSY_RETRIES) {
                        pause(attempt);
                        continue;
                    }
                    throw failure(e);
                } catch (RuntimeException | Error e) {
                    if (begun) {
                        rollbackQuietly(reader);
                    }
                    throw e;
                }
            }
        } finally {
            readLock.unlock();
        }
    }

    /** True unless the journal check sees the files swapped under the connections (then both are reopened). */
    private boolean readerFilesCurrent() {
        return files == null || !JournalFiles.CHECKED || files.sameAs(JournalFiles.of(file));
    }

    /** Reopens both connections on swapped files, holding the write lock (taken after the read lock was let go). */
    private void refreshFiles() {
        lock.lock();
        try {
            keepFilesCurrent();
        } catch (SQLException e) {
            throw failure(e);
        } finally {
            lock.unlock();
        }
    }

    private <T> T readOnWriter(SqlWork<T> work) {
        lock.lock();
        try {
            for (int attempt = 0; ; attempt++) {
                try {
                    if (!inTransaction) {
                        keepFilesCurrent();
                    }
                    return work.run(connection);
                } catch (SQLException e) {
                    if (isBusy(e) && attempt < BUSY_RETRIES) {
                        pause(attempt);
                        continue;
                    }
                    throw failure(e);
                }
            }
        } finally {
            lock.unlock();
        }
    }

    /**
     * Changes whenever another connection (another window or process) commits: a cheap "is my cache stale". SQLite
     * counts per connection, so a reopened connection starts a new count; the number of reopens keeps them apart.
     */
    @Override
    public long dataVersion() {
        return read(c -> ((long) reopens << 40) + longQuery(c, "PRAGMA data_version"), false);
    }

    /** Writes a consistent copy of the whole database to {@code target} (which must not exist). */
    public void copyTo(Path target) {
        // on the write connection: VACUUM INTO writes a file, which the read connection (query_only) may not
        readOnWriter(c -> {
            vacuumInto(c, target);
            return null;
        });
    }

    private static void vacuumInto(Connection c, Path target) throws SQLException {
        try (var st = c.prepareStatement("VACUUM INTO ?")) {
            st.setString(1, target.toString());
            st.execute();
        }
    }

    /**
     * {@link #copyTo}, but of the last commit also inside this thread's write transaction: then it copies on the read
     * connection, which under WAL never sees the uncommitted write. An import copies the database as it was before
     * it only once it knows it changes something, without holding back its first row.
     */
    void copyLastCommitTo(Path target) {
        lock.lock();
        try {
            if (!inTransaction || reader == null) {
                copyTo(target);
                return;
            }
            readLock.lock();
            try (Statement st = reader.createStatement()) {
                if (retired != null) {
                    throw new StoreException(retired, null, file);
                }
                // VACUUM INTO writes only its target file; query_only forbids it, so it is lifted for this statement
                st.execute("PRAGMA query_only=0");
                try {
                    vacuumInto(reader, target);
                } finally {
                    st.execute("PRAGMA query_only=1");
                }
            } catch (SQLException e) {
                throw failure(e);
            } finally {
                readLock.unlock();
            }
        } finally {
            lock.unlock();
        }
    }

    /**
     * Replaces everything in this database with the contents of {@code source}, a Hotlist database of this schema
     * version, as one write transaction through the open connection: other windows and processes keep their
     * connections and simply see a new commit, where swapping the file would leave them writing to a file nobody
     * reads. The {@code write_mark} table is this database's own and is kept.
     */
    void replaceContentsWith(Path source) {
        lock.lock();
        try {
            keepFilesCurrent();
            try (var attach = connection.prepareStatement("ATTACH DATABASE ? AS restored")) {
                attach.setString(1, source.toString());
                attach.execute();
            }
            try {
                write(c -> {
                    List<String> tables = new java.util.ArrayList<>();
                    try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery(
                            "SELECT name FROM main.sqlite_schema WHERE type = 'table' AND name NOT LIKE 'sqlite_%' "
                                    + "AND name <> 'write_mark' ORDER BY name")) {
                        while (rs.next()) {
                            tables.add(rs.getString(1));
                        }
                    }
                    try (Statement st = c.createStatement()) {
                        st.execute("PRAGMA defer_foreign_keys = ON");
                        for (String table : tables) {
                            st.execute("DELETE FROM main.\"" + table + "\"");
                        }
                        for (String table : tables) {
                            st.execute("INSERT INTO main.\"" + table + "\" SELECT * FROM restored.\"" + table + "\"");
                        }
                    }
                    return null;
                });
            } finally {
                execute("DETACH DATABASE restored");
            }
        } catch (SQLException e) {
            throw failure(e);
        } finally {
            lock.unlock();
        }
    }

    @Override
    public void close() {
        lock.lock();
        readLock.lock();
        try {
            closeReader(false);
            if (openKey != null) {
                OpenDatabases.close(openKey, connection);
                openKey = null;
            } else if (!connection.isClosed()) {
                connection.close();
            }
        } catch (SQLException ignored) {
            // closing is best effort; SQLite has committed everything it was given
        } finally {
            readLock.unlock();
            lock.unlock();
        }
    }

    /** Closes the read connection (first, so the write connection stays the last user that may checkpoint). */
    private void closeReader(boolean retiredFile) {
        if (readerKey != null) {
            if (retiredFile) {
                OpenDatabases.closeRetired(readerKey, reader);
            } else {
                OpenDatabases.close(readerKey, reader);
            }
            readerKey = null;
        }
        reader = null;
    }

    /**
     * Numbers this commit in {@code write_mark}, inside its transaction, so that a commit whose journal was
     * deleted under it can later be told apart from one that reached the file. Returns the number, or 0 when the
     * database is not fully open yet (migrations write before {@code write_mark} exists).
     */
    private long markCommit() throws SQLException {
        if (files == null) {
            return 0;
        }
        try (var st = connection.prepareStatement(
                "INSERT OR REPLACE INTO write_mark (writer, seq, at) VALUES (?, ?, ?)")) {
            st.setString(1, writer);
            st.setLong(2, commits + 1);
            st.setString(3, java.time.Instant.now().toString());
            st.executeUpdate();
        }
        if (commits == 0) {
            // marks of connections long gone (a killed process never removes its own)
            try (var st = connection.prepareStatement("DELETE FROM write_mark WHERE at < ?")) {
                st.setString(1, java.time.Instant.now().minus(java.time.Duration.ofDays(1)).toString());
                st.executeUpdate();
            }
        }
        return ++commits;
    }

    /**
     * After a commit: true when it is in the database file. Normally the files are the ones the connection opened
     * and nothing more is asked; if they were swapped during the transaction, the connection is reopened on the
     * files as they are now and the commit's mark says whether another process's checkpoint had taken it in.
     */
    private boolean committedToDisk(long mark) throws SQLException {
        if (files == null || !JournalFiles.CHECKED || files.sameAs(JournalFiles.of(file))) {
            return true;
        }
        reopen();
        try (var st = connection.prepareStatement("SELECT seq FROM write_mark WHERE writer = ?")) {
            st.setString(1, writer);
            try (ResultSet rs = st.executeQuery()) {
                return rs.next() && rs.getLong(1) >= mark;
            }
        }
    }

    /** Before a read or a transaction: reopens the connection if the files under it are no longer the database's. */
    private void keepFilesCurrent() throws SQLException {
        if (retired != null) {
            throw new StoreException(retired, null, file);
        }
        if (files != null && JournalFiles.CHECKED && !files.sameAs(JournalFiles.of(file))) {
            reopen();
        }
    }

    /**
     * Replaces a connection whose journal files were swapped under it. Closing it alone would be harmful: believing
     * itself the last user, it would checkpoint its orphaned journal into the database file, over whatever others
     * committed since. So a second connection is opened first; SQLite then counts two users of the file in this
     * process, and the stale one closes without checkpointing. The second one, opened on the files as they are now,
     * is closed next, so that this process holds no connection to the file and the new one takes real locks again.
     *
     * <p>When the database file itself was replaced or deleted, nothing is reopened: the journal files at its path
     * may still be the old file's, and pairing them with another file would corrupt it. The connection folds its
     * journal into the file it had (wherever that went) and is retired; every later call says why.
     */
    private void reopen() throws SQLException {
        JournalFiles now = JournalFiles.of(file);
        if (!Files.isRegularFile(file) || !files.sameDatabase(now)) {
            retire(Files.isRegularFile(file) ? "db.replaced" : "db.gone");
        }
        Connection bridge = connect(file);
        readLock.lock();
        try {
            longQuery(bridge, "SELECT count(*) FROM sqlite_schema");
            closeReader(false);
            OpenDatabases.close(openKey, connection);
            openKey = null;
            bridge.close();
            connection = connect(file);
            reopens++;
            useWal();
        } finally {
            readLock.unlock();
            if (!bridge.isClosed()) {
                bridge.close();
            }
        }
    }

    private void retire(String why) {
        try {
            execute("PRAGMA wal_checkpoint(TRUNCATE)");
        } catch (SQLException ignored) {
            // the commits stay in the old file's journal, which this connection no longer shares with anyone
        }
        readLock.lock();
        try {
            closeReader(true);
        } finally {
            readLock.unlock();
        }
        OpenDatabases.closeRetired(openKey, connection);
        openKey = null;
        retired = why;
        throw new StoreException(why, null, file);
    }

    static long longQuery(Connection c, String sql) throws SQLException {
        try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery(sql)) {
            return rs.next() ? rs.getLong(1) : 0;
        }
    }

    /**
     * Checks the file is ours and of a version this build knows, then brings it to the current schema: nothing to do
     * (the common case) costs two PRAGMAs and one query of Flyway's history and never loads Flyway. A file from before
     * Flyway (user_version 1..6, no history) is baselined at its version; a backup is taken before any migration.
     */
    private void migrate() throws SQLException {
        int version = (int) longQuery(connection, "PRAGMA user_version");
        int appId = (int) longQuery(connection, "PRAGMA application_id");
        boolean empty = longQuery(connection, "SELECT count(*) FROM sqlite_schema") == 0;
        // A new file is ours to fill; anything else must carry our id, even another app's database with no table yet.
        boolean fresh = empty && version == 0 && (appId == 0 || appId == APPLICATION_ID);
        if (!fresh && appId != APPLICATION_ID) {
            throw new StoreException("db.notHotlist", null, file);
        }
        if (version > SCHEMA_VERSION) {
            throw new StoreException("db.newerVersion", null, file, version, SCHEMA_VERSION);
        }
        Set<String> applied = Migrations.applied(connection, Engine.SQLITE, version);
        if (!Migrations.unknown(applied, Engine.SQLITE).isEmpty()) {
            throw new StoreException("db.newerVersion", null, file, version, SCHEMA_VERSION);
        }
        if (!fresh && Migrations.current(applied, Engine.SQLITE)) {
            return;
        }
        if (!empty) {
            backups.take(this, "before-migration-v" + version + "-to-v" + SCHEMA_VERSION);
        }
        if (fresh) {
            // before the first table: 16 KB pages make a big import's inserts and its commit cheaper than 4 KB ones
            execute("PRAGMA page_size=" + PAGE_SIZE);
            execute("PRAGMA application_id=" + APPLICATION_ID);
        }
        registerFunctions(connection);
        boolean baseline = !fresh && !Migrations.hasHistory(connection, Engine.SQLITE);
        try {
            Migrations.migrate(connection, Engine.SQLITE, baseline ? version : 0);
        } catch (RuntimeException e) {
            throw new StoreException("db.migrationFailed", e, file, e.getMessage());
        }
        execute("PRAGMA user_version=" + SCHEMA_VERSION);
    }

    /** Runs a pre-Flyway migration's statements and stamps the file with our id and that version (test hook). */
    private static void runMigration(Connection c, int version) throws SQLException {
        try (Statement st = c.createStatement()) {
            for (String statement : splitStatements(readMigration(PRE_FLYWAY.get(version - 1)))) {
                st.execute(statement);
            }
            st.execute("PRAGMA application_id=" + APPLICATION_ID);
            st.execute("PRAGMA user_version=" + version);
        }
    }

    /** SQL functions the migrations call: match keys are worked out in Java, the same as on import. */
    private static void registerFunctions(Connection c) throws SQLException {
        Function.create(c, "hotlist_name_key", new Function() {
            @Override
            protected void xFunc() throws SQLException {
                result(LeadKeys.nameKey(value_text(0), value_text(1)));
            }
        }, 2, Function.FLAG_DETERMINISTIC);
    }

    /**
     * A database in memory holding what the Hotlist database at {@code existing} holds (its leads, their extra fields,
     * saved mappings and settings), or nothing when there is no file there; the file is only read (opened read-only,
     * or as immutable when no process has it open), never changed or created. For a dry run: an import into this
     * copy shows what the real one would do, and it is gone when closed. {@code existing} null: an empty one.
     */
    public static Database scratchCopyOf(Path existing) {
        Path absolute = existing == null ? Path.of("scratch.db").toAbsolutePath() : existing.toAbsolutePath();
        Connection connection;
        try {
            SQLiteConfig config = new SQLiteConfig();
            config.setGetGeneratedKeys(false);
            config.setOpenMode(org.sqlite.SQLiteOpenMode.OPEN_URI);
            connection = config.createConnection("jdbc:sqlite::memory:");
        } catch (SQLException e) {
            throw new StoreException("db.cannotOpen", e, absolute, e.getMessage());
        }
        return prepared(new Database(absolute, connection), c -> {
            registerFunctions(c);
            // the whole schema from its scripts, without Flyway (a dry run should not pay its start-up)
            try (Statement st = c.createStatement()) {
                for (String script : Migrations.SQLITE_SCRIPTS) {
                    for (String statement : splitStatements(readMigration(script))) {
                        st.execute(statement);
                    }
                }
                st.execute("PRAGMA application_id=" + APPLICATION_ID);
                st.execute("PRAGMA user_version=" + SCHEMA_VERSION);
            }
            if (existing != null && Files.isRegularFile(absolute)) {
                refuseForeignFile(absolute);
                copyFrom(c, absolute);
            }
            return null;
        });
    }

    /**
     * {@link #scratchCopyOf(Path)} for a team server: the same tables an import reads, copied from {@code source}
     * (one read snapshot) into memory; the server is only read.
     */
    public static Database scratchCopyOf(Store source) {
        Database scratch = scratchCopyOf((Path) null);
        try {
            source.read(from -> scratch.write(to -> {
                for (String table : List.of("lead", "lead_extra", "column_mapping", "setting")) {
                    copyTable(from, to, table);
                }
                return null;
            }));
            return scratch;
        } catch (RuntimeException e) {
            scratch.close();
            throw e;
        }
    }

    private static void copyTable(Connection from, Connection to, String table) throws SQLException {
        List<String> wanted;
        try (Statement st = to.createStatement()) {
            wanted = columnsOf(st, "main", table);
        }
        try (Statement st = from.createStatement(); ResultSet rs = st.executeQuery("SELECT * FROM " + table)) {
            List<String> columns = new java.util.ArrayList<>();
            for (int i = 1; i <= rs.getMetaData().getColumnCount(); i++) {
                if (wanted.contains(rs.getMetaData().getColumnName(i))) {
                    columns.add(rs.getMetaData().getColumnName(i));
                }
            }
            String marks = String.join(",", java.util.Collections.nCopies(columns.size(), "?"));
            try (var insert = to.prepareStatement("INSERT INTO " + table + " (" + String.join(", ", columns)
                    + ") VALUES (" + marks + ")")) {
                while (rs.next()) {
                    for (int i = 0; i < columns.size(); i++) {
                        insert.setObject(i + 1, rs.getObject(columns.get(i)));
                    }
                    insert.addBatch();
                }
                insert.executeBatch();
            }
        }
    }

    /** Copies the tables an import reads from the file into the (current-schema) database on {@code c}. */
    private static void copyFrom(Connection c, Path file) throws SQLException {
        boolean live = Files.exists(sidecarOf(file, "-wal"));
        String uri = file.toUri().toString().replaceFirst("^file:///", "file:/") + (live ? "?mode=ro" : "?immutable=1");
        try (Statement st = c.createStatement()) {
            st.execute("ATTACH DATABASE '" + uri.replace("'", "''") + "' AS src");
            int version = 0;
            try (ResultSet rs = st.executeQuery("PRAGMA src.user_version")) {
                version = rs.next() ? rs.getInt(1) : 0;
            }
            if (version > SCHEMA_VERSION) {
                throw new StoreException("db.newerVersion", null, file, version, SCHEMA_VERSION);
            }
            for (String table : List.of("lead", "lead_extra", "column_mapping", "setting")) {
                List<String> columns = columnsOf(st, "main", table);
                columns.retainAll(columnsOf(st, "src", table));
                if (!columns.isEmpty()) {
                    String list = String.join(", ", columns);
                    st.execute("INSERT INTO main." + table + " (" + list + ") SELECT " + list + " FROM src." + table);
                }
            }
            st.execute("DETACH DATABASE src");
        }
    }

    private static List<String> columnsOf(Statement st, String schema, String table) throws SQLException {
        List<String> out = new java.util.ArrayList<>();
        try (ResultSet rs = st.executeQuery("PRAGMA " + schema + ".table_info(" + table + ")")) {
            while (rs.next()) {
                out.add(rs.getString("name"));
            }
        }
        return out;
    }

    /** Test hook: opens a file as it is, without checks or migrations (to fill an old-version file). */
    static Database openWithoutMigrating(Path file) {
        return new Database(file.toAbsolutePath(), connect(file.toAbsolutePath()));
    }

    /** Test hook: creates a database at an older schema version (1..6, as builds before Flyway left it). */
    static void createAtVersion(Path file, int version) {
        try (Connection c = connect(file)) {
            registerFunctions(c);
            for (int v = 1; v <= version; v++) {
                runMigration(c, v);
            }
        } catch (SQLException e) {
            throw new StoreException("db.cannotOpen", e, file, e.getMessage());
        }
    }

    private static List<String> splitStatements(String sql) {
        StringBuilder kept = new StringBuilder();
        for (String line : sql.split("\n")) {
            if (!line.strip().startsWith("--")) {
                kept.append(line).append('\n');
            }
        }
        return Arrays.stream(kept.toString().split(";")).map(String::strip).filter(s -> !s.isEmpty()).toList();
    }

    private static String readMigration(String name) {
        String resource = "migrations/" + name + ".sql";
        try (InputStream in = Database.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("Missing migration " + resource);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalStateException("Cannot read migration " + resource, e);
        }
    }

    private static void refuseForeignFile(Path file) {
        if (isOpenHere(file)) {
            return; // checked when this process opened it; reading it here would release the open one's locks
        }
        if (Files.isDirectory(file)) {
            throw new StoreException("db.isFolder", null, file);
        }
        for (Path p = file.getParent(); p != null; p = p.getParent()) {
            // the first ancestor that exists must be a folder, or nothing can be created below it
            if (Files.exists(p)) {
                if (!Files.isDirectory(p)) {
                    throw new StoreException("db.notAFolder", null, file, p);
                }
                break;
            }
        }
        try {
            if (Files.exists(file) && Files.size(file) > 0) {
                byte[] head = new byte[SQLITE_MAGIC.length];
                try (InputStream in = Files.newInputStream(file)) {
                    int n = in.readNBytes(head, 0, head.length);
                    if (n < head.length || !Arrays.equals(head, SQLITE_MAGIC)) {
                        throw new StoreException("db.notHotlist", null, file);
                    }
                }
            } else if (file.getParent() != null) {
                Files.createDirectories(file.getParent());
            }
        } catch (IOException e) {
            throw new StoreException("db.cannotOpen", e, file, e.getMessage());
        }
    }

    private static Connection connect(Path file) {
        SQLiteConfig config = new SQLiteConfig();
        config.setBusyTimeout(BUSY_TIMEOUT_MS);
        config.enforceForeignKeys(true);
        // The driver would otherwise run "SELECT last_insert_rowid()" after every INSERT; ids are ours.
        config.setGetGeneratedKeys(false);
        try {
            return config.createConnection("jdbc:sqlite:" + file);
        } catch (SQLException e) {
            throw new StoreException("db.cannotOpen", e, file, e.getMessage());
        }
    }

    private static boolean isBusy(SQLException e) {
        if (e instanceof SQLiteException se) {
            SQLiteErrorCode code = se.getResultCode();
            return code != null && (code.code & 0xff) == SQLiteErrorCode.SQLITE_BUSY.code
                    || code != null && (code.code & 0xff) == SQLiteErrorCode.SQLITE_LOCKED.code;
        }
        return e.getErrorCode() == SQLiteErrorCode.SQLITE_BUSY.code;
    }

    private StoreException failure(SQLException e) {
        if (isBusy(e)) {
            return new StoreException("db.busy", e, file);
        }
        return new StoreException("db.failed", e, file, e.getMessage());
    }

    private void execute(String sql) throws SQLException {
        execute(connection, sql);
    }

    private static void execute(Connection c, String sql) throws SQLException {
        try (Statement st = c.createStatement()) {
            st.execute(sql);
        }
    }

    private static void rollbackQuietly(Connection c) {
        try {
            execute(c, "ROLLBACK");
        } catch (SQLException ignored) {
            // nothing was written on a read connection
        }
    }

    private void rollbackQuietly() {
        if (inTransaction) {
            inTransaction = false;
            try {
                execute("ROLLBACK");
            } catch (SQLException ignored) {
                // SQLite already rolled back (e.g. after a busy BEGIN); nothing was committed
            }
        }
    }

    private static void pause(int attempt) {
        try {
            Thread.sleep(50L << Math.min(attempt, 5));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
