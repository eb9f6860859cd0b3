package dev.hotlist.reliability;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * What a file chooser does to the folder it shows, as seen in issue 12: it opens each file, reads its head to guess
 * its type, and closes it. Closing any descriptor of a file releases every POSIX lock the process holds on it.
 */
final class FileDialog {
    private FileDialog() {
    }

    /** The database and its journal files: what a chooser showing their folder opens. */
    static final List<String> ALL = List.of("", "-wal", "-shm");

    /** Opens, reads the head of, and closes the database and its {@code -wal} and {@code -shm}, as a chooser would. */
    static void browse(Path db) throws IOException {
        browse(db, ALL);
    }

    /** {@link #browse(Path)} of the given parts of the database ("" for the file itself, "-wal", "-shm"). */
    static void browse(Path db, List<String> parts) throws IOException {
        for (String part : parts) {
            Path file = db.resolveSibling(db.getFileName() + part);
            if (Files.exists(file)) {
                try (InputStream in = Files.newInputStream(file)) {
                    in.readNBytes(4096);
                }
            }
        }
    }
}
