package dev.hotlist.store;

import dev.hotlist.domain.DatabaseEvent;
import java.util.Set;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

/**
 * Tells a listener when another window or process committed to a SQLite file: SQLite has no notices, but
 * {@code PRAGMA data_version} on the read connection is a cheap question, asked every two seconds.
 */
final class VersionPoller {
    static final long PERIOD_MS = 2_000;

    private VersionPoller() {
    }

    static AutoCloseable start(Store store, Consumer<DatabaseEvent> listener) {
        ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "hotlist-version-poller");
            t.setDaemon(true);
            return t;
        });
        long[] seen = {store.dataVersion()};
        timer.scheduleWithFixedDelay(() -> {
            try {
                long now = store.dataVersion();
                if (now != seen[0]) {
                    seen[0] = now;
                    listener.accept(new DatabaseEvent.Changed(Set.of()));
                }
            } catch (RuntimeException e) {
                // the next tick asks again; the store itself reports what went wrong on the next real call
            }
        }, PERIOD_MS, PERIOD_MS, TimeUnit.MILLISECONDS);
        return timer::shutdownNow;
    }
}
