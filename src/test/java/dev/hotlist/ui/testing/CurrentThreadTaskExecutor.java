package dev.hotlist.ui.testing;

import dev.hotlist.domain.Progress;
import dev.hotlist.ui.TaskExecutor;
import java.util.concurrent.Callable;
import java.util.function.Consumer;
import javafx.concurrent.Task;

/** Runs every piece of work at once on the calling thread, so a view model test needs no waiting (as JabRef's). */
public final class CurrentThreadTaskExecutor implements TaskExecutor {
    @Override
    public <T> Task<T> submit(Work<T> work, Consumer<T> onDone, Consumer<Throwable> onFailed) {
        try {
            onDone.accept(work.run(Progress.NONE));
        } catch (Exception e) {
            onFailed.accept(e);
        }
        return null;
    }

    @Override
    public <T> void later(Callable<T> work, Consumer<T> onDone, Consumer<Throwable> onFailed) {
        T value;
        try {
            value = work.call();
        } catch (Exception | Error e) {
            onFailed.accept(e);
            return;
        }
        onDone.accept(value);
    }

    @Override
    public void shutdown() {
    }
}
