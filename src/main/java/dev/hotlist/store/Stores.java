package dev.hotlist.store;

import java.nio.file.Path;

/** Opens the store a location names: a {@code postgresql://} URL is a team server, anything else a SQLite file. */
public final class Stores {
    private Stores() {
    }

    /**
     * Opens (creating a missing file when {@code create}; a server's schema is always created or migrated as needed)
     * the database at {@code location}.
     */
    public static Store open(String location, boolean create) {
        if (ServerAddress.looksLikeUrl(location)) {
            return PostgresStore.open(ServerAddress.parse(location));
        }
        Path file = Path.of(location);
        return create ? Database.open(file) : Database.openExisting(file);
    }
}
