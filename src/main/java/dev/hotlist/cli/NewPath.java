package dev.hotlist.cli;

import dev.hotlist.service.DatabaseLocation;
import dev.hotlist.service.LocalHotlist;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * What an import into a database path would create (the file, and the folders above it that do not exist yet),
 * noted before it opens the database, so that a refused or failed import can take all of it away again.
 */
final class NewPath {
    private final Path database;
    private final boolean existed;
    /** Deepest first. */
    private final List<Path> folders = new ArrayList<>();

    private NewPath(Path database) {
        this.database = database == null ? null : database.toAbsolutePath();
        this.existed = database == null || Files.exists(this.database);
        for (Path p = existed ? null : this.database.getParent(); p != null && !Files.exists(p); p = p.getParent()) {
            folders.add(p);
        }
    }

    /** A team server creates nothing on this machine, so there is nothing to take away. */
    static NewPath of(DatabaseLocation location) {
        return new NewPath(location.file().orElse(null));
    }

    /** Deletes the database if it is new, then the folders made for it, if they are empty. */
    void undo() {
        if (existed) {
            return;
        }
        try {
            LocalHotlist.deleteDatabase(database);
            for (Path folder : folders) {
                try (var left = Files.list(folder)) {
                    if (left.findAny().isPresent()) {
                        return;
                    }
                }
                Files.deleteIfExists(folder);
            }
        } catch (IOException e) {
            // what is left is empty; the refusal itself is what the user must hear about
        }
    }
}
