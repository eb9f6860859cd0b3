package dev.hotlist.service;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;

/**
 * The day the service's tests work on (their "today" and as-of day), a clock fixed at 09:00 UTC of it, and the
 * service on a SQLite file of a test's folder by that clock.
 */
final class FixedDay {
    static final LocalDate TODAY = LocalDate.of(2026, 11, 24);
    static final Clock CLOCK = Clock.fixed(TODAY.atTime(9, 0).toInstant(ZoneOffset.UTC), ZoneOffset.UTC);

    private FixedDay() {
    }

    /** The service on {@code dir/h.db}, made if missing, by {@link #CLOCK}. */
    static LocalHotlist service(Path dir) {
        return LocalHotlist.open(dir.resolve("h.db"), CLOCK);
    }

    /** A UTF-8 text file {@code name} in {@code dir} (a CSV sheet). */
    static Path csv(Path dir, String name, String text) throws IOException {
        return Files.writeString(dir.resolve(name), text, StandardCharsets.UTF_8);
    }
}
