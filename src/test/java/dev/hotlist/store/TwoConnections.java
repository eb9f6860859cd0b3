package dev.hotlist.store;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

/** Two connections to one file (as two windows, or the app and the CLI) doing the same work at the same time. */
final class TwoConnections {
    /** One step of the work, the {@code i}-th on its connection. */
    @FunctionalInterface
    interface Step {
        void run(Database db, int i) throws Exception;
    }

    private TwoConnections() {
    }

    /** Runs {@code step} {@code times} times on each connection, both starting together; rethrows any failure. */
    static void atOnce(Path file, int times, Step step) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try (Database a = Database.open(file); Database b = Database.open(file)) {
            CountDownLatch start = new CountDownLatch(1);
            List<Future<?>> done = new ArrayList<>();
            for (Database db : List.of(a, b)) {
                done.add(pool.submit(() -> {
                    start.await();
                    for (int i = 0; i < times; i++) {
                        step.run(db, i);
                    }
                    return null;
                }));
            }
            start.countDown();
            for (Future<?> f : done) {
                f.get(120, TimeUnit.SECONDS);
            }
        } finally {
            pool.shutdownNow();
        }
    }
}
