package dev.hotlist.team;

import dev.hotlist.service.DatabaseLocation;
import dev.hotlist.service.LocalHotlist;
import dev.hotlist.store.Store;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.util.HashMap;
import java.util.Map;

/**
 * A real PostgreSQL for the tests: Zonky's embedded binaries (Linux x86-64), started once per test JVM on a free port
 * with a data folder of its own, and stopped when the JVM ends. Nothing installed on the machine is used, so a fresh
 * clone runs it. Each test gets databases of its own, named after its temporary folder, so tests never see each
 * other's leads.
 */
public final class TeamServer {
    private static EmbeddedPostgres server;
    private static final Map<String, String> DATABASES = new HashMap<>();
    private static int created;

    private TeamServer() {
    }

    static synchronized EmbeddedPostgres server() {
        if (server == null) {
            try {
                server = EmbeddedPostgres.builder().setCleanDataDirectory(true)
                        .setServerConfig("max_connections", "200")
                        .setServerConfig("fsync", "off")
                        .setServerConfig("synchronous_commit", "off")
                        .setServerConfig("full_page_writes", "off")
                        .start();
            } catch (IOException e) {
                throw new UncheckedIOException("Cannot start the embedded PostgreSQL", e);
            }
            EmbeddedPostgres started = server;
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                try {
                    started.close();
                } catch (IOException ignored) {
                    // the JVM is ending; the data folder is temporary
                }
            }));
        }
        return server;
    }

    /**
     * The URL of the database the test in {@code dir} calls {@code name}: created empty on first use, the same one
     * after (so closing and reopening a service sees what was stored).
     */
    public static synchronized String url(Path dir, String name) {
        String key = dir.toAbsolutePath() + "/" + name;
        String db = DATABASES.get(key);
        if (db == null) {
            db = "hotlist_" + (++created) + "_" + ProcessHandle.current().pid();
            try (Connection c = server().getPostgresDatabase().getConnection(); Statement st = c.createStatement()) {
                st.execute("CREATE DATABASE " + db);
            } catch (SQLException e) {
                throw new IllegalStateException("Cannot create a test database", e);
            }
            DATABASES.put(key, db);
        }
        return "postgresql://postgres@localhost:" + server().getPort() + "/" + db;
    }

    /** The test server's port (for a relay in front of it). */
    public static int port() {
        return server().getPort();
    }

    /** Where a test's database {@code name} lives on {@code engine}: a file in {@code dir}, or a server database. */
    public static DatabaseLocation location(Store.Engine engine, Path dir, String name) {
        return engine == Store.Engine.SQLITE ? DatabaseLocation.of(dir.resolve(name))
                : DatabaseLocation.of(url(dir, name));
    }

    public static LocalHotlist open(Store.Engine engine, Path dir, String name) {
        return LocalHotlist.open(location(engine, dir, name));
    }

    public static LocalHotlist open(Store.Engine engine, Path dir, String name, Clock clock) {
        return LocalHotlist.open(location(engine, dir, name), clock);
    }
}
