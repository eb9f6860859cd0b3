package dev.hotlist.ui;

import dev.hotlist.service.Hotlist;
import java.time.Clock;
import java.util.function.Consumer;

/**
 * What every window of the app shares, built once by the composition root ({@link dev.hotlist.ui.window.HotlistApp}) and handed to the
 * views: the executor for database work, the clock the as-of day follows, where the window layout is kept, and
 * what starts the service's warm-up once the list is shown ({@link WarmUps}).
 * Tests build their own with a current-thread executor, a fixed clock, an in-memory layout and no warm-up.
 */
public record AppContext(TaskExecutor executor, Clock clock, WindowLayout layout, Consumer<Hotlist> warmUp) {
    /** A context without the warm-up (tests). */
    public AppContext(TaskExecutor executor, Clock clock, WindowLayout layout) {
        this(executor, clock, layout, WarmUps.NONE);
    }

    /** The app as it runs: background threads, the system clock, the user's preferences, the warm-up. */
    public static AppContext standard() {
        return new AppContext(new TaskRunner(), Clock.systemDefaultZone(), WindowLayout.forUser(), new WarmUps());
    }
}
