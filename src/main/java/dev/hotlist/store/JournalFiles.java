package dev.hotlist.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Which files a connection in WAL mode is really using: the database, its {@code -wal} and its {@code -shm},
 * by file identity (device and inode), as seen the moment the connection opened them.
 *
 * <p>While the connection is open, nobody who respects SQLite's locks deletes or replaces these files, so a
 * path that now names another file (or none) means the connection's files were swapped under it: its locks were
 * released behind its back ({@link LockGuard} says how) and another process tidied up as the last user, or the
 * database was replaced. Such a connection writes to files nobody will read again; it must be reopened before the
 * next read or write. On systems without file identities (Windows, where locks are per handle and this cannot
 * happen) nothing is compared.
 */
record JournalFiles(List<Object> keys) {
    static final List<String> PARTS = List.of("", "-wal", "-shm");
    /**
     * Off only by {@code -Dhotlist.journalCheck=false}, with {@code -Dhotlist.lockGuard=false}: how the reliability
     * test shows that the failure it guards against is real.
     */
    static final boolean CHECKED = Boolean.parseBoolean(System.getProperty("hotlist.journalCheck", "true"));

    /** The identities of the database's files now; null entries for files that do not exist. */
    static JournalFiles of(Path db) {
        List<Object> keys = new ArrayList<>(PARTS.size());
        for (String part : PARTS) {
            keys.add(fileKey(part.isEmpty() ? db : Database.sidecarOf(db, part)));
        }
        return new JournalFiles(keys);
    }

    /** True when each file still is the one it was (or identities are not known here). */
    boolean sameAs(JournalFiles now) {
        if (keys.stream().allMatch(Objects::isNull)) {
            return true;
        }
        return keys.equals(now.keys);
    }

    /** True when the database file itself is still the one it was (whatever became of its journal files). */
    boolean sameDatabase(JournalFiles now) {
        return keys.get(0) == null || keys.get(0).equals(now.keys.get(0));
    }

    /** True when every part exists and has an identity: a connection in WAL mode has them all open. */
    boolean complete() {
        return keys.stream().allMatch(Objects::nonNull);
    }

    private static Object fileKey(Path p) {
        try {
            return Files.readAttributes(p, BasicFileAttributes.class).fileKey();
        } catch (IOException missing) {
            return null;
        }
    }
}
