package dev.hotlist.store;

import dev.hotlist.domain.DatabaseEvent;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HashSet;
import java.util.Properties;
import java.util.Set;
import java.util.function.Consumer;
import org.postgresql.PGConnection;
import org.postgresql.PGNotification;

/**
 * Others' commits, as PostgreSQL's notices on {@code hotlist_changes} (sent by the triggers of V9.1, at commit, with
 * the lead ids a statement wrote). One connection of its own, outside the pool, waits for them; every half minute
 * without a notice it asks the server something (keep-alive: idle connections through NATs and firewalls were
 * dropped after two hours in JabRef's shared mode). When the server cannot be reached it says so and tries again with
 * backoff (1 s doubling to 30 s), then says it is back; what was missed meanwhile is fetched by stamp like any change.
 */
final class ChangeListener implements Runnable, AutoCloseable {
    static final String CHANNEL = "hotlist_changes";
    static final int WAIT_MS = 1_000;
    static final long KEEPALIVE_MS = 30_000;
    static final long MAX_BACKOFF_S = 30;

    private final ServerAddress address;
    private final Consumer<DatabaseEvent> listener;
    private final Thread thread;
    private volatile boolean closed;
    private volatile Connection connection;

    private ChangeListener(ServerAddress address, Consumer<DatabaseEvent> listener) {
        this.address = address;
        this.listener = listener;
        this.thread = new Thread(this, "hotlist-change-listener");
        thread.setDaemon(true);
    }

    static ChangeListener start(ServerAddress address, Consumer<DatabaseEvent> listener) {
        ChangeListener l = new ChangeListener(address, listener);
        l.thread.start();
        return l;
    }

    @Override
    public void run() {
        long backoff = 1;
        boolean offline = false;
        while (!closed) {
            try (Connection c = connect()) {
                connection = c;
                try (Statement st = c.createStatement()) {
                    st.execute("LISTEN " + CHANNEL);
                }
                if (offline) {
                    offline = false;
                    listener.accept(new DatabaseEvent.Online());
                }
                backoff = 1;
                listen(c);
            } catch (SQLException | RuntimeException e) {
                if (closed) {
                    return;
                }
                offline = true;
                listener.accept(new DatabaseEvent.Offline(e.getMessage() == null ? e.toString() : e.getMessage(),
                        backoff));
                sleep(backoff * 1000);
                backoff = Math.min(backoff * 2, MAX_BACKOFF_S);
            } finally {
                connection = null;
            }
        }
    }

    private void listen(Connection c) throws SQLException {
        PGConnection pg = c.unwrap(PGConnection.class);
        long quietSince = System.currentTimeMillis();
        while (!closed) {
            PGNotification[] notes = pg.getNotifications(WAIT_MS);
            if (notes != null && notes.length > 0) {
                quietSince = System.currentTimeMillis();
                Set<Long> ids = new HashSet<>();
                for (PGNotification n : notes) {
                    for (String part : n.getParameter().split(",")) {
                        if (!part.isBlank() && part.chars().allMatch(Character::isDigit)) {
                            ids.add(Long.parseLong(part));
                        }
                    }
                }
                listener.accept(new DatabaseEvent.Changed(ids));
            } else if (System.currentTimeMillis() - quietSince > KEEPALIVE_MS) {
                try (Statement st = c.createStatement()) {
                    st.execute("SELECT 1");
                }
                quietSince = System.currentTimeMillis();
            }
        }
    }

    private Connection connect() throws SQLException {
        Properties props = new Properties();
        props.setProperty("user", address.user());
        address.password().ifPresent(p -> props.setProperty("password", p));
        props.setProperty("connectTimeout", "5");
        props.setProperty("socketTimeout", "60");
        return DriverManager.getConnection(address.jdbcUrl(), props);
    }

    private void sleep(long ms) {
        try {
            Thread.sleep(ms);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            closed = true;
        }
    }

    @Override
    public void close() {
        closed = true;
        thread.interrupt();
        Connection c = connection;
        if (c != null) {
            try {
                c.close();
            } catch (SQLException ignored) {
                // the thread ends either way
            }
        }
    }
}
