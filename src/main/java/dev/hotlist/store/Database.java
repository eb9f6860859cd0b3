package dev.hotlist.store;

import dev.hotlist.domain.LeadKeys;
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
import java.util.concurrent.locks.ReentrantLock;
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
 */
public final class Database implements AutoCloseable {
    /** "HOTL": marks a SQLite file as ours. */
    public static final int APPLICATION_ID = 0x484F544C;
    static final List<String> MIGRATIONS = List.of("V1", "V2", "V3", "V4", "V5", "V6");
    public static final int SCHEMA_VERSION = MIGRATIONS.size();
    private static final int BUSY_TIMEOUT_MS = 15_000;
    private static final int BUSY_RETRIES = 8;
    static final int PAGE_SIZE = 16_384;
    private static final byte[] SQLITE_MAGIC = "SQLite format 3\0".getBytes(StandardCharsets.US_ASCII);

    private final Path file;
    private final Connection connection;
    private final ReentrantLock lock = new ReentrantLock();
    private boolean inTransaction;
    private final Backups backups;

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
        try {
            db.migrate();
            try (Statement st = connection.createStatement()) {
                st.execute("PRAGMA journal_mode=WAL");
                st.execute("PRAGMA synchronous=NORMAL");
                st.execute("PRAGMA cache_size=-65536"); // 64 MB: index pages of a big import stay in memory
                st.execute("PRAGMA temp_store=MEMORY");
            }
            return db;
        } catch (SQLException e) {
            db.close();
            throw new StoreException("db.cannotOpen", e, absolute, e.getMessage());
        } catch (RuntimeException e) {
            db.close();
            throw e;
        }
    }

    public Path file() {
        return file;
    }

    public Backups backups() {
        return backups;
    }

    /** Runs {@code work} in one write transaction: all of it commits, or none of it. Nested calls join it. */
    public <T> T write(SqlWork<T> work) {
        lock.lock();
        try {
            if (inTransaction) {
                return work.run(connection);
            }
            for (int attempt = 0; ; attempt++) {
                try {
                    execute("BEGIN IMMEDIATE");
                    inTransaction = true;
                    T result = work.run(connection);
                    execute("COMMIT");
                    inTransaction = false;
                    return result;
                } catch (SQLException e) {
                    rollbackQuietly();
                    if (isBusy(e) && attempt < BUSY_RETRIES) {
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

    /** Runs read-only {@code work} outside any write transaction. */
    public <T> T read(SqlWork<T> work) {
        lock.lock();
        try {
            for (int attempt = 0; ; attempt++) {
                try {
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

    /** Changes whenever another connection (another window or process) commits: a cheap "is my cache stale". */
    public long dataVersion() {
        return read(c -> longQuery(c, "PRAGMA data_version"));
    }

    /** Writes a consistent copy of the whole database to {@code target} (which must not exist). */
    public void copyTo(Path target) {
        read(c -> {
            try (var st = c.prepareStatement("VACUUM INTO ?")) {
                st.setString(1, target.toString());
                st.execute();
            }
            return null;
        });
    }

    @Override
    public void close() {
        lock.lock();
        try {
            if (!connection.isClosed()) {
                connection.close();
            }
        } catch (SQLException ignored) {
            // closing is best effort; SQLite has committed everything it was given
        } finally {
            lock.unlock();
        }
    }

    static long longQuery(Connection c, String sql) throws SQLException {
        try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery(sql)) {
            return rs.next() ? rs.getLong(1) : 0;
        }
    }

    private void migrate() throws SQLException {
        int version = (int) longQuery(connection, "PRAGMA user_version");
        int appId = (int) longQuery(connection, "PRAGMA application_id");
        boolean empty = longQuery(connection, "SELECT count(*) FROM sqlite_schema") == 0;
        // A new file is ours to fill; anything else must carry our id, even another app's database with no table yet.
        boolean fresh = empty && appId == 0 && version == 0;
        if (!fresh && appId != APPLICATION_ID) {
            throw new StoreException("db.notHotlist", null, file);
        }
        if (version > SCHEMA_VERSION) {
            throw new StoreException("db.newerVersion", null, file, version, SCHEMA_VERSION);
        }
        if (version == SCHEMA_VERSION) {
            return;
        }
        if (!empty) {
            backups.take(this, "before-migration-v" + version + "-to-v" + SCHEMA_VERSION);
        }
        if (fresh) {
            // before the first table: 16 KB pages make a big import's inserts and its commit cheaper than 4 KB ones
            execute("PRAGMA page_size=" + PAGE_SIZE);
        }
        registerFunctions(connection);
        for (int v = version; v < SCHEMA_VERSION; v++) {
            applyMigration(v + 1);
        }
    }

    private void applyMigration(int version) {
        write(c -> {
            runMigration(c, version);
            return null;
        });
    }

    /** Runs migration {@code version}'s statements and stamps the file with our id and that version. */
    private static void runMigration(Connection c, int version) throws SQLException {
        try (Statement st = c.createStatement()) {
            for (String statement : splitStatements(readMigration(MIGRATIONS.get(version - 1)))) {
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

    /** Test hook: opens a file as it is, without checks or migrations (to fill an old-version file). */
    static Database openWithoutMigrating(Path file) {
        return new Database(file.toAbsolutePath(), connect(file.toAbsolutePath()));
    }

    /** Test hook: creates a database at an older schema version, to test migrating from it. */
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
        try (Statement st = connection.createStatement()) {
            st.execute(sql);
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
