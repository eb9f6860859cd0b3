package dev.hotlist.ui;

import java.time.Clock;

/**
 * What every window of the app shares, built once by the composition root ({@link dev.hotlist.ui.window.HotlistApp}) and handed to the
 * views: the executor for database work, the clock the as-of day follows, and where the window layout is kept.
 * Tests build their own with a current-thread executor, a fixed clock and an in-memory layout.
 */
public record AppContext(TaskExecutor executor, Clock clock, WindowLayout layout) {
    /** The app as it runs: background threads, the system clock, the user's preferences. */
    public static AppContext standard() {
        return new AppContext(new TaskRunner(), Clock.systemDefaultZone(), WindowLayout.forUser());
    }
}
