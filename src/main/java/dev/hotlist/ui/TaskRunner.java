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
public final class TaskRunner {
    private final ExecutorService pool = Executors.newFixedThreadPool(2, r -> {
        Thread t = new Thread(r, "hotlist-background");
        t.setDaemon(true);
        return t;
    });

    /** Work that reports progress and can be cancelled through the {@link Progress} it is given. */
    @FunctionalInterface
    public interface Work<T> {
        T run(Progress progress) throws Exception;
    }

    /**
     * Starts {@code work}; {@code onDone} or {@code onFailed} run on the JavaFX thread. The returned task is
     * what a progress bar binds to and a Cancel button cancels.
     */
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

    /** Runs a small piece of work in the background and its result on the JavaFX thread. */
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

    public void shutdown() {
        pool.shutdownNow();
    }
}
