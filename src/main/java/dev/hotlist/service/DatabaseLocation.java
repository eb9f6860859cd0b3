package dev.hotlist.service;

import dev.hotlist.store.ServerAddress;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;

/**
 * Where the database lives: {@code --db}, else {@code $HOTLIST_DB}, else {@code ~/.hotlist/hotlist.db}. A
 * {@code postgresql://} URL is a team server; anything else is a SQLite file path, exactly as before team mode. A URL
 * is never turned into a file name.
 *
 * @param text the location as given (a URL keeps its password here; {@link #toString} never shows it)
 */
public record DatabaseLocation(String text) {
    public static DatabaseLocation of(String text) {
        return new DatabaseLocation(text);
    }

    public static DatabaseLocation of(Path file) {
        return new DatabaseLocation(file.toString());
    }

    /** True for a team server. */
    public boolean isServer() {
        return ServerAddress.looksLikeUrl(text);
    }

    /** The SQLite file; empty for a server. */
    public Optional<Path> file() {
        return isServer() ? Optional.empty() : Optional.of(Path.of(text));
    }

    /** For messages: the path, or the URL without its password. */
    @Override
    public String toString() {
        return isServer() ? text.replaceAll("(//[^:@/]*):[^@/]*@", "$1:***@") : text;
    }

    public static DatabaseLocation resolve(String explicit) {
        return resolve(explicit, System.getenv(), System.getProperty("user.home"));
    }

    static DatabaseLocation resolve(String explicit, Map<String, String> env, String home) {
        if (explicit != null && !explicit.isBlank()) {
            return new DatabaseLocation(explicit);
        }
        String fromEnv = env.get("HOTLIST_DB");
        if (fromEnv != null && !fromEnv.isBlank()) {
            return new DatabaseLocation(fromEnv);
        }
        return of(Path.of(home, ".hotlist", "hotlist.db"));
    }
}
