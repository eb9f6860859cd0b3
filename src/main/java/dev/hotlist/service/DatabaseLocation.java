package dev.hotlist.service;

import java.nio.file.Path;
import java.util.Map;

/** Where the database lives: {@code --db}, else {@code $HOTLIST_DB}, else {@code ~/.hotlist/hotlist.db}. */
public final class DatabaseLocation {
    private DatabaseLocation() {
    }

    public static Path resolve(Path explicit) {
        return resolve(explicit, System.getenv(), System.getProperty("user.home"));
    }

    static Path resolve(Path explicit, Map<String, String> env, String home) {
        if (explicit != null) {
            return explicit;
        }
        String fromEnv = env.get("HOTLIST_DB");
        if (fromEnv != null && !fromEnv.isBlank()) {
            return Path.of(fromEnv);
        }
        return Path.of(home, ".hotlist", "hotlist.db");
    }
}
