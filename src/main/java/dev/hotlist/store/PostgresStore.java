package dev.hotlist.store;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import dev.hotlist.domain.DatabaseEvent;
import dev.hotlist.domain.StoreException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;

/**
 * A team's shared PostgreSQL database (13 or newer). Connections come from a small HikariCP pool, so a read (a
 * re-rank) takes its own connection and never waits behind an import; reads run in a REPEATABLE READ snapshot of the
 * last commit, writes in READ COMMITTED transactions, retried on a serialization failure or deadlock when the work
 * can run again. Pooled connections are kept alive (TCP keep-alive, and Hikari's keepalive every two minutes), and an
 * unreachable server is a one-sentence {@code db.offline} error that changes nothing.
 */
public final class PostgresStore implements Store {
    private static final int RETRIES = 8;
    private static final int POOL_SIZE = 4;

    private final ServerAddress address;
    private final HikariDataSource pool;
    private final String role;
    private final ThreadLocal<Connection> inWrite = new ThreadLocal<>();

    private PostgresStore(ServerAddress address, HikariDataSource pool, String role) {
        this.address = address;
        this.pool = pool;
        this.role = role;
    }

    /** Connects, checks the server, and migrates the schema when it is behind this build. */
    public static PostgresStore open(ServerAddress address) {
        HikariDataSource pool;
        try {
            pool = new HikariDataSource(config(address));
        } catch (RuntimeException e) {
            // the pool's first connection failed: say the driver's own sentence (refused, wrong password, no database)
            Throwable root = e.getCause() != null ? e.getCause() : e;
            throw new StoreException("db.cannotOpen", e, address, root.getMessage());
        }
        try {
            String role;
            try (Connection c = pool.getConnection()) {
                int major = c.getMetaData().getDatabaseMajorVersion();
                if (major < 13) {
                    throw new StoreException("db.serverTooOld", null, address, c.getMetaData().getDatabaseProductVersion());
                }
                role = c.getMetaData().getUserName();
                migrate(c, address);
            }
            return new PostgresStore(address, pool, role);
        } catch (SQLException e) {
            pool.close();
            throw new StoreException("db.cannotOpen", e, address, e.getMessage());
        } catch (RuntimeException e) {
            pool.close();
            throw e;
        }
    }

    static HikariConfig config(ServerAddress address) {
        HikariConfig config = new HikariConfig();
        config.setJdbcUrl(address.jdbcUrl());
        config.setUsername(address.user());
        address.password().ifPresent(config::setPassword);
        config.setPoolName("hotlist");
        config.setMaximumPoolSize(POOL_SIZE);
        config.setMinimumIdle(1);
        config.setConnectionTimeout(5_000);
        config.setValidationTimeout(2_000);
        config.setKeepaliveTime(120_000);
        config.setIdleTimeout(600_000);
        config.setMaxLifetime(1_800_000);
        // fail at once with the driver's own sentence (wrong password, no such database) instead of waiting
        config.setInitializationFailTimeout(1);
        return config;
    }

    private static void migrate(Connection c, ServerAddress address) throws SQLException {
        Set<String> applied = Migrations.applied(c, Engine.POSTGRESQL, 0);
        if (!Migrations.unknown(applied, Engine.POSTGRESQL).isEmpty()) {
            throw new StoreException("db.newerVersion", null, address, String.join(", ",
                    Migrations.unknown(applied, Engine.POSTGRESQL)), Migrations.LATEST);
        }
        if (Migrations.current(applied, Engine.POSTGRESQL)) {
            return;
        }
        try {
            // Flyway holds PostgreSQL's advisory lock while it migrates: two apps opening a new server at once take turns
            Migrations.migrate(c, Engine.POSTGRESQL, 0);
        } catch (RuntimeException e) {
            throw new StoreException("db.migrationFailed", e, address, e.getMessage());
        }
        if (!c.getAutoCommit()) {
            c.commit();
            c.setAutoCommit(true);
        }
    }

    public ServerAddress address() {
        return address;
    }

    @Override
    public Engine engine() {
        return Engine.POSTGRESQL;
    }

    @Override
    public String location() {
        return address.toString();
    }

    @Override
    public Optional<Path> file() {
        return Optional.empty();
    }

    @Override
    public String user() {
        return StoreUser.name(role);
    }

    @Override
    public <T> T write(SqlWork<T> work) {
        return write(work, true);
    }

    @Override
    public <T> T writeOnce(SqlWork<T> work) {
        return write(work, false);
    }

    private <T> T write(SqlWork<T> work, boolean repeatable) {
        Connection joined = inWrite.get();
        if (joined != null) {
            return runJoined(joined, work);
        }
        for (int attempt = 0; ; attempt++) {
            try (Connection c = connection()) {
                c.setAutoCommit(false);
                c.setTransactionIsolation(Connection.TRANSACTION_READ_COMMITTED);
                inWrite.set(c);
                try {
                    T result = work.run(c);
                    c.commit();
                    return result;
                } catch (SQLException | RuntimeException | Error e) {
                    rollbackQuietly(c);
                    throw e;
                } finally {
                    inWrite.remove();
                }
            } catch (SQLException e) {
                if (repeatable && retryable(e) && attempt < RETRIES) {
                    pause(attempt);
                    continue;
                }
                throw failure(e);
            }
        }
    }

    /** Reads in a REPEATABLE READ, read-only snapshot: every query of the work sees the same last commit. */
    @Override
    public <T> T read(SqlWork<T> work) {
        Connection joined = inWrite.get();
        if (joined != null) {
            return runJoined(joined, work);
        }
        try (Connection c = connection()) {
            c.setAutoCommit(false);
            c.setTransactionIsolation(Connection.TRANSACTION_REPEATABLE_READ);
            c.setReadOnly(true);
            try {
                T result = work.run(c);
                c.commit();
                return result;
            } catch (SQLException | RuntimeException | Error e) {
                rollbackQuietly(c);
                throw e;
            }
        } catch (SQLException e) {
            throw failure(e);
        }
    }

    /**
     * The newest transaction stamp on a lead or a deleted lead: it moves whenever anyone commits a lead, and reading
     * it is two index look-ups.
     */
    @Override
    public long dataVersion() {
        return read(c -> {
            try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery(
                    "SELECT coalesce((SELECT changed_in FROM lead ORDER BY changed_in DESC LIMIT 1)::text::bigint, 0), "
                            + "coalesce((SELECT changed_in FROM lead_gone ORDER BY changed_in DESC LIMIT 1)::text::bigint, 0), "
                            + "(SELECT count(*) FROM lead)")) {
                rs.next();
                return rs.getLong(1) * 31 + rs.getLong(2) * 17 + rs.getLong(3);
            }
        });
    }

    @Override
    public boolean tracksChanges() {
        return true;
    }

    /** LISTENs for others' commits on a connection of its own (see {@link ChangeListener}). */
    @Override
    public AutoCloseable watch(Consumer<DatabaseEvent> listener) {
        return ChangeListener.start(address, listener);
    }

    @Override
    public void backUp(String label) {
        // the server's operator backs it up (pg_dump); an import can still be undone from its snapshots
    }

    @Override
    public PendingBackup prepareBackup(String label) {
        return PendingBackup.NONE;
    }

    @Override
    public List<Path> backupFiles() {
        return List.of();
    }

    @Override
    public void restoreBackup(Path backup) {
        throw new StoreException("db.noFileHere", null, address);
    }

    @Override
    public void close() {
        pool.close();
    }

    /** Work called inside a write on this thread: it joins that transaction. */
    private <T> T runJoined(Connection c, SqlWork<T> work) {
        try {
            return work.run(c);
        } catch (SQLException e) {
            throw failure(e);
        }
    }

    private Connection connection() throws SQLException {
        if (pool.isClosed()) {
            throw new StoreException("db.offline", null, address, "closed");
        }
        return pool.getConnection();
    }

    /** A serialization failure, a deadlock, or a unique key two writers raced for: the work runs again. */
    private static boolean retryable(SQLException e) {
        String state = e.getSQLState();
        return "40001".equals(state) || "40P01".equals(state);
    }

    private StoreException failure(SQLException e) {
        String state = e.getSQLState();
        if (state != null && state.startsWith("08") || e instanceof java.sql.SQLTransientConnectionException) {
            return new StoreException("db.offline", e, address, e.getMessage());
        }
        return new StoreException("db.failed", e, address, e.getMessage());
    }

    private static void rollbackQuietly(Connection c) {
        try {
            c.rollback();
        } catch (SQLException ignored) {
            // the connection is gone; the server rolled the transaction back
        }
    }

    private static void pause(int attempt) {
        try {
            Thread.sleep(20L << Math.min(attempt, 5));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
