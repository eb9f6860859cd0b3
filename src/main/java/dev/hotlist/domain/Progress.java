package dev.hotlist.domain;

import java.util.concurrent.CancellationException;
import java.util.function.BooleanSupplier;

/**
 * How long work (import, export) reports how far it got and learns that the user cancelled.
 * The UI backs it with a JavaFX task; the command line with nothing or a console line.
 */
public interface Progress {
    /** Reports {@code done} units of {@code total}; {@code total} is -1 when unknown. */
    void update(long done, long total);

    /** True once the user asked to stop. */
    boolean isCancelled();

    /** Throws {@link CancellationException} once the user asked to stop; long loops call it often. */
    default void checkCancelled() {
        if (isCancelled()) {
            throw new CancellationException("Cancelled");
        }
    }

    /** Reports nowhere and never cancels. */
    /** This progress, also cancelled once {@code stop} says so (another thread's request to stop this work). */
    default Progress orStoppedBy(BooleanSupplier stop) {
        Progress outer = this;
        return new Progress() {
            @Override
            public void update(long done, long total) {
                outer.update(done, total);
            }

            @Override
            public boolean isCancelled() {
                return stop.getAsBoolean() || outer.isCancelled();
            }
        };
    }

    Progress NONE = new Progress() {
        @Override
        public void update(long done, long total) {
        }

        @Override
        public boolean isCancelled() {
            return false;
        }
    };
}
