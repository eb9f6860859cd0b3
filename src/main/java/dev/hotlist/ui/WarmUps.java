package dev.hotlist.ui;

import dev.hotlist.domain.Progress;
import dev.hotlist.service.Hotlist;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;

/**
 * Starts the service's warm-up ({@link Hotlist#warmUp}) once per run of the app, on a daemon thread of its own so that
 * it never holds up the screens' background work: the first import of the session then runs on compiled code. A
 * language switch rebuilds the window on the same service and does not start it again; the user's own import or
 * export stops it (the service sees to that), as does quitting.
 */
public final class WarmUps implements Consumer<Hotlist> {
    /** What tests and the headless build use: no warm-up. */
    public static final Consumer<Hotlist> NONE = hotlist -> { };

    private final AtomicBoolean started = new AtomicBoolean();

    @Override
    public void accept(Hotlist hotlist) {
        if (hotlist == null || !started.compareAndSet(false, true)) {
            return;
        }
        Thread thread = new Thread(() -> {
            try {
                hotlist.warmUp(Progress.NONE);
            } catch (RuntimeException e) {
                // a rehearsal that fails costs only its speed-up; the user's work is not involved
                System.getLogger(WarmUps.class.getName()).log(System.Logger.Level.DEBUG, "warm-up failed", e);
            }
        }, "hotlist-warm-up");
        thread.setDaemon(true);
        thread.setPriority(Thread.MIN_PRIORITY);
        thread.start();
    }
}
