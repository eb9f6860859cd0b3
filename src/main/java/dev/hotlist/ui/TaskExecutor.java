package dev.hotlist.ui;

import dev.hotlist.domain.Progress;
import java.util.concurrent.Callable;
import java.util.function.Consumer;
import javafx.concurrent.Task;

/**
 * Where the screens send work that touches the database: never on the JavaFX thread in the app
 * ({@link TaskRunner}), on the calling thread in tests (a current-thread executor), so a view model is tested
 * without waiting.
 */
public interface TaskExecutor {
    /** Work that reports progress and can be cancelled through the {@link Progress} it is given. */
    @FunctionalInterface
    interface Work<T> {
        T run(Progress progress) throws Exception;
    }

    /**
     * Starts {@code work}; {@code onDone} or {@code onFailed} run on the JavaFX thread. The returned task is what a
     * progress bar binds to and a Cancel button cancels.
     */
    <T> Task<T> submit(Work<T> work, Consumer<T> onDone, Consumer<Throwable> onFailed);

    /** Runs a small piece of work in the background and its result on the JavaFX thread. */
    <T> void later(Callable<T> work, Consumer<T> onDone, Consumer<Throwable> onFailed);

    void shutdown();
}
