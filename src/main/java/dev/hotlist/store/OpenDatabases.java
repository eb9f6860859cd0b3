package dev.hotlist.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The database files this process has open, each with its connection count and its {@link LockGuard}.
 *
 * <p>Two jobs. The guard's descriptors may only be closed once no connection of the process uses the file, so the
 * guard is shared and counted here. And code of this process must never open and close one of these files
 * itself (that would drop SQLite's locks): {@link #contains} tells an import, an export or a header check that a
 * path is an open database or one of its journal files, to be refused or left alone.
 */
final class OpenDatabases {
    private static final Map<Object, Entry> OPEN = new HashMap<>();

    private static final class Entry {
        final Path file;
        int connections;
        Optional<LockGuard> guard = Optional.empty();

        Entry(Path file) {
            this.file = file;
        }
    }

    private OpenDatabases() {
    }

    /**
     * Counts a connection of this process to {@code db}, which is open in WAL mode; the first one takes the guard.
     * Returns the file's identity as it is now, to close it by (the path may name another file by then).
     */
    static synchronized Object opened(Path db) {
        Object key = keyOf(db);
        Entry entry = OPEN.computeIfAbsent(key, k -> new Entry(db));
        if (entry.connections++ == 0) {
            entry.guard = LockGuard.hold(db);
        }
        return key;
    }

    /** Whether the guard's locks are held for the database opened as {@code key}. */
    static synchronized boolean guarded(Object key) {
        Entry entry = OPEN.get(key);
        return entry != null && entry.guard.isPresent();
    }

    /**
     * Closes one connection of this process to the database opened as {@code key}. When it is the last, the guard
     * lets go first (so the connection may checkpoint and delete the WAL as the last user anywhere does) and closes
     * its descriptors after: closing them earlier would drop the connection's own locks.
     */
    static synchronized void close(Object key, AutoCloseable connection) {
        Entry entry = OPEN.get(key);
        if (entry == null || entry.connections > 1) {
            if (entry != null) {
                entry.connections--;
            }
            closeQuietly(connection);
            return;
        }
        entry.guard.ifPresent(LockGuard::unlock);
        closeQuietly(connection);
        entry.guard.ifPresent(LockGuard::close);
        OPEN.remove(key);
    }

    /**
     * Closes one connection to a database that was replaced or deleted under this process, keeping the guard's locks
     * while it closes: believing itself the last user, it would otherwise delete the journal files at the database's
     * path, which now belong to whoever uses the new file.
     */
    static synchronized void closeRetired(Object key, AutoCloseable connection) {
        Entry entry = OPEN.get(key);
        closeQuietly(connection);
        if (entry != null && --entry.connections == 0) {
            entry.guard.ifPresent(LockGuard::close);
            OPEN.remove(key);
        }
    }

    /** True when {@code path} is a database this process has open, or its {@code -wal}, {@code -shm} or journal. */
    static synchronized boolean contains(Path path) {
        if (OPEN.isEmpty()) {
            return false;
        }
        Object key = keyOf(path);
        for (Map.Entry<Object, Entry> open : OPEN.entrySet()) {
            if (open.getKey().equals(key)) {
                return true;
            }
            for (String part : new String[] {"-wal", "-shm", "-journal"}) {
                if (keyOf(Database.sidecarOf(open.getValue().file, part)).equals(key)) {
                    return true;
                }
            }
        }
        return false;
    }

    /** The file's identity (device and inode) where the system has one, else its normalised absolute path. */
    private static Object keyOf(Path p) {
        Path absolute = p.toAbsolutePath().normalize();
        try {
            Object key = Files.readAttributes(absolute, BasicFileAttributes.class).fileKey();
            if (key != null) {
                return key;
            }
        } catch (IOException missing) {
            // not there (yet): the path names it
        }
        return absolute.toString();
    }

    private static void closeQuietly(AutoCloseable c) {
        try {
            c.close();
        } catch (Exception ignored) {
            // closing is best effort; SQLite has committed everything it was given
        }
    }
}
