package dev.hotlist.team;

import dev.hotlist.service.DatabaseLocation;
import dev.hotlist.service.LocalHotlist;
import dev.hotlist.store.Store;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A real PostgreSQL for the tests: Zonky's embedded binaries (Linux x86-64), started once per test JVM on a free port
 * with a data folder of its own, and stopped when the JVM ends. Nothing installed on the machine is used, so a fresh
 * clone runs it. Each test gets databases of its own, named after its temporary folder, so tests never see each
 * other's leads.
 *
 * <p>A database lives as long as its test's folder: JUnit deletes a {@code @TempDir} when its test (or class) ends,
 * and the next database made drops those whose folder is gone. Without that, a JVM that runs the tests over and over
 * (PIT's minions run them once per mutant) filled gigabytes with empty databases of ended tests. Before the server
 * starts, {@link LeftoverServers} removes what servers of JVMs that died (a minion killed on a timeout) left behind.
 */
public final class TeamServer {
    private static EmbeddedPostgres server;
    /** Key (folder and name) to the test's database and the folder that must exist for it to be kept. */
    private static final Map<String, TestDatabase> DATABASES = new LinkedHashMap<>();
    private static int created;

    private record TestDatabase(String name, Path folder) {
    }

    private TeamServer() {
    }

    static synchronized EmbeddedPostgres server() {
        if (server == null) {
            LeftoverServers.removeIn(Path.of(System.getProperty("java.io.tmpdir")));
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
     * after (so closing and reopening a service sees what was stored) until {@code dir} is deleted.
     */
    public static synchronized String url(Path dir, String name) {
        Path folder = dir.toAbsolutePath();
        String key = folder + "/" + name;
        TestDatabase db = DATABASES.get(key);
        if (db == null) {
            dropEnded();
            db = new TestDatabase("hotlist_" + (++created) + "_" + ProcessHandle.current().pid(), existing(folder));
            try (Connection c = server().getPostgresDatabase().getConnection(); Statement st = c.createStatement()) {
                st.execute("CREATE DATABASE " + db.name());
            } catch (SQLException e) {
                throw new IllegalStateException("Cannot create a test database", e);
            }
            DATABASES.put(key, db);
        }
        return "postgresql://postgres@localhost:" + server().getPort() + "/" + db.name();
    }

    /**
     * Drops the databases of tests that ended (their folder is gone), with the connections a test left open (a
     * service it never closed): {@code WITH (FORCE)}, PostgreSQL 13 and later.
     */
    static synchronized void dropEnded() {
        List<String> ended = new ArrayList<>();
        for (Iterator<TestDatabase> it = DATABASES.values().iterator(); it.hasNext(); ) {
            TestDatabase db = it.next();
            if (!Files.exists(db.folder())) {
                ended.add(db.name());
                it.remove();
            }
        }
        if (ended.isEmpty()) {
            return;
        }
        try (Connection c = server().getPostgresDatabase().getConnection(); Statement st = c.createStatement()) {
            for (String name : ended) {
                st.execute("DROP DATABASE IF EXISTS " + name + " WITH (FORCE)");
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot drop the databases of ended tests", e);
        }
    }

    /**
     * The folder whose deletion ends the database: {@code dir} itself, or, for a folder the test has not made (yet),
     * its nearest existing parent (the test's own temporary folder), so the database is never dropped under a
     * running test.
     */
    private static Path existing(Path dir) {
        Path folder = dir;
        while (folder != null && !Files.exists(folder)) {
            folder = folder.getParent();
        }
        return folder == null ? dir.getRoot() : folder;
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
