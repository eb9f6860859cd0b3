package dev.hotlist.ui.testing;

import dev.hotlist.ui.TaskExecutor;
import java.util.ArrayDeque;
import java.util.concurrent.Callable;
import java.util.function.Consumer;
import javafx.concurrent.Task;

/**
 * Holds every piece of work back until the test runs it, one at a time in the order it was asked for (its
 * callback at once after it): a test sees the state between two pieces (the first rows shown, the whole ranking
 * still to come) without timing.
 */
public final class QueuedTaskExecutor implements TaskExecutor {
    private final ArrayDeque<Runnable> queued = new ArrayDeque<>();

    @Override
    public <T> Task<T> submit(Work<T> work, Consumer<T> onDone, Consumer<Throwable> onFailed) {
        throw new UnsupportedOperationException("only later() is queued");
    }

    @Override
    public <T> void later(Callable<T> work, Consumer<T> onDone, Consumer<Throwable> onFailed) {
        queued.add(() -> new CurrentThreadTaskExecutor().later(work, onDone, onFailed));
    }

    /** Runs the oldest piece of work waiting; false when none waits. */
    public boolean runNext() {
        Runnable next = queued.poll();
        if (next != null) {
            next.run();
        }
        return next != null;
    }

    /** Runs work until none waits (work asked for meanwhile included). */
    public void runAll() {
        while (runNext()) {
            // the next one
        }
    }

    public int waiting() {
        return queued.size();
    }

    @Override
    public void shutdown() {
    }
}
