package dev.hotlist.ui;

import dev.hotlist.domain.Progress;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Consumer;
import javafx.application.Platform;
import javafx.concurrent.Task;

/**
 * Runs the app's long work (opening the database, ranking, import, export) on background threads, never on
 * the JavaFX thread, and hands results back on it. One shared pool of daemon threads.
 */
public final class TaskRunner implements TaskExecutor {
    private final ExecutorService pool = Executors.newFixedThreadPool(2, r -> {
        Thread t = new Thread(r, "hotlist-background");
        t.setDaemon(true);
        return t;
    });

    @Override
    public <T> Task<T> submit(Work<T> work, Consumer<T> onDone, Consumer<Throwable> onFailed) {
        Task<T> task = new Task<>() {
            @Override
            protected T call() throws Exception {
                return work.run(new Progress() {
                    @Override
                    public void update(long done, long total) {
                        updateProgress(done, total);
                    }

                    @Override
                    public boolean isCancelled() {
                        return isCancelled0();
                    }
                });
            }

            private boolean isCancelled0() {
                return isCancelled();
            }
        };
        task.setOnSucceeded(e -> onDone.accept(task.getValue()));
        task.setOnFailed(e -> onFailed.accept(task.getException()));
        task.setOnCancelled(e -> onFailed.accept(new java.util.concurrent.CancellationException()));
        pool.execute(task);
        return task;
    }

    @Override
    public <T> void later(java.util.concurrent.Callable<T> work, Consumer<T> onDone, Consumer<Throwable> onFailed) {
        pool.execute(() -> {
            try {
                T value = work.call();
                Platform.runLater(() -> onDone.accept(value));
            } catch (Exception | Error e) {
                Platform.runLater(() -> onFailed.accept(e));
            }
        });
    }

    @Override
    public void shutdown() {
        pool.shutdownNow();
    }
}
