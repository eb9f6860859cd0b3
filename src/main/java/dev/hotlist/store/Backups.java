package dev.hotlist.store;

import dev.hotlist.domain.StoreException;
import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import java.util.stream.Stream;

/**
 * Copies of the database taken before every import and every schema migration, in a {@code backups} folder
 * beside it ({@code hotlist.db} → {@code hotlist-backups/}). The newest {@link #KEEP} are kept.
 *
 * <p>Several processes may back up one database at once (two imports): each writes its copy under a name of its own
 * and clean-up only removes half-written copies old enough that nobody can still be writing them.
 */
public final class Backups {
    public static final int KEEP = 5;
    /** A half-written copy this old was left by a backup that died; a live one is never this slow. */
    static final Duration STALE_PARTIAL = Duration.ofHours(1);
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss-SSS");
    private static final String PARTIAL = ".partial";
    private static final List<String> SIDECARS = Database.SIDECARS;

    private final Path dbFile;
    private final Path folder;

    /** The backups of the database at {@code dbFile}; restoring needs no open connection to it. */
    public static Backups of(Path dbFile) {
        return new Backups(dbFile.toAbsolutePath());
    }

    Backups(Path dbFile) {
        this.dbFile = dbFile;
        String base = dbFile.getFileName().toString().replaceFirst("\\.db$", "");
        this.folder = dbFile.resolveSibling(base + "-backups");
    }

    public Path folder() {
        return folder;
    }

    /** Takes a consistent copy of the open database, labelled with why, and prunes old copies. */
    public Path take(Database db, String label) {
        return prepare(db, label).keep();
    }

    /**
     * Copies the open database aside, not yet among the backups: {@link Pending#keep} makes it one (and prunes),
     * {@link Pending#discard} deletes it. An import copies before it starts and keeps the copy only once it has
     * committed, so a refused import neither adds a backup nor pushes an old one out. Called inside a write
     * transaction, it copies the last commit (the state before that transaction). A copy that fails (a full disk)
     * leaves nothing behind, not even an empty file, nor the folder if it made it.
     */
    public Pending prepare(Database db, String label) {
        boolean madeFolder = !Files.isDirectory(folder);
        Path partial = null;
        try {
            Files.createDirectories(folder);
            Path target = newTarget(label);
            // Written under a name no other process uses and renamed whole, so a crash never leaves a half backup
            // that looks real, and another process's clean-up never deletes the copy being written.
            partial = partialOf(target);
            db.copyLastCommitTo(partial);
            return new Pending(partial, target, madeFolder);
        } catch (IOException | StoreException e) {
            new Pending(partial, null, madeFolder).discard();
            throw new StoreException("db.backupFailed", e, e.getMessage());
        }
    }

    /** A copy of the database taken by {@link #prepare}: kept as a backup, or discarded. */
    public final class Pending {
        private final Path partial;
        private final Path target;
        private final boolean madeFolder;

        private Pending(Path partial, Path target, boolean madeFolder) {
            this.partial = partial;
            this.target = target;
            this.madeFolder = madeFolder;
        }

        /** Puts the copy among the backups and prunes the oldest beyond {@link #KEEP}. */
        public Path keep() {
            try {
                Files.move(partial, target, StandardCopyOption.ATOMIC_MOVE);
                prune(target);
                return target;
            } catch (IOException e) {
                discard();
                throw new StoreException("db.backupFailed", e, e.getMessage());
            }
        }

        /** Deletes the copy, and the backups folder if this copy made it and it is empty again. */
        public void discard() {
            try {
                if (partial != null) {
                    Files.deleteIfExists(partial);
                }
                if (madeFolder) {
                    try (Stream<Path> left = Files.list(folder)) {
                        if (left.findAny().isEmpty()) {
                            Files.deleteIfExists(folder);
                        }
                    }
                }
            } catch (IOException e) {
                // an unused copy left in the folder: clean-up removes stale ones after an hour
            }
        }
    }

    private Path newTarget(String label) {
        String base = STAMP.format(LocalDateTime.now()) + "-" + label;
        Path target = folder.resolve(base + ".db");
        return Files.exists(target) ? folder.resolve(base + "-" + ProcessHandle.current().pid() + ".db") : target;
    }

    private static Path partialOf(Path target) {
        return target.resolveSibling(target.getFileName() + "." + ProcessHandle.current().pid() + "-"
                + Long.toHexString(ThreadLocalRandom.current().nextLong()) + PARTIAL);
    }

    /** The backups, newest first. */
    public List<Path> list() {
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(p -> p.getFileName().toString().endsWith(".db"))
                    .sorted(Comparator.comparing((Path p) -> p.getFileName().toString()).reversed())
                    .toList();
        } catch (IOException e) {
            throw new StoreException("db.failed", e, folder, e.getMessage());
        }
    }

    /**
     * Puts a backup back into the open database {@code db}: its current contents are kept as a backup first (so a
     * restore can be undone), then replaced in one transaction ({@link Database#replaceContentsWith}). A backup from
     * an older version is migrated on a copy first; the backup file itself is never changed.
     */
    public void restoreInto(Database db, Path backup) {
        if (!list().contains(backup)) {
            throw new StoreException("db.noBackup", null, backup.getFileName());
        }
        Path work = null;
        try {
            // Copy first: taking the "before-restore" backup may prune the very file being restored.
            work = Files.createTempDirectory(folder, ".restoring-");
            Path copy = work.resolve("restore.db");
            Files.copy(backup, copy);
            take(db, "before-restore");
            try (Database migrated = Database.open(copy)) {
                // opened once: checked to be ours, migrated to this version, its WAL folded back in on close
            }
            db.replaceContentsWith(copy);
        } catch (IOException e) {
            throw new StoreException("db.failed", e, dbFile, e.getMessage());
        } finally {
            deleteTree(work);
        }
    }

    /**
     * Puts a backup back in place of a database that does not open (damaged, say), so it cannot be restored into.
     * The current file is itself kept first, as it was found. Refused while another process has the file open: it
     * would go on writing to the replaced file.
     */
    public void restore(Path backup) {
        if (!list().contains(backup)) {
            throw new StoreException("db.noBackup", null, backup.getFileName());
        }
        if (Database.isOpenHere(dbFile) || openElsewhere()) {
            throw new StoreException("db.inUse", null, dbFile);
        }
        try {
            // Copy first: taking the "before-restore" backup may prune the very file being restored.
            Path tmp = dbFile.resolveSibling(dbFile.getFileName() + ".restoring");
            Files.copy(backup, tmp, StandardCopyOption.REPLACE_EXISTING);
            if (Files.exists(dbFile)) {
                keepCurrent();
            }
            for (String sidecar : SIDECARS) {
                Files.deleteIfExists(sidecarOf(dbFile, sidecar));
            }
            Files.move(tmp, dbFile, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new StoreException("db.failed", e, dbFile, e.getMessage());
        }
    }

    /**
     * True when another process holds SQLite's SHARED lock on the database (it has it open): a write lock on those
     * bytes is refused. Only asked while this process has no connection to it, since closing the probe's channel
     * releases every lock the process holds on the file.
     */
    private boolean openElsewhere() {
        if (!Files.isRegularFile(dbFile)) {
            return false;
        }
        try (FileChannel channel = FileChannel.open(dbFile, StandardOpenOption.READ, StandardOpenOption.WRITE)) {
            FileLock probe = channel.tryLock(LockGuard.SHARED_FIRST, LockGuard.SHARED_SIZE, false);
            if (probe == null) {
                return true;
            }
            probe.release();
            return false;
        } catch (IOException e) {
            return false; // read-only: nothing can be restored over it anyway, and the move will say so
        }
    }

    private static void deleteTree(Path dir) {
        if (dir == null) {
            return;
        }
        try (Stream<Path> all = Files.walk(dir)) {
            for (Path p : all.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        } catch (IOException ignored) {
            // a hidden temporary folder left in the backups folder; the next restore's clean-up is not needed
        }
    }

    /**
     * Keeps the file a restore replaces: a consistent copy when it opens as a Hotlist database, else (damaged, which
     * is when a restore is most needed) its raw bytes with its {@code -wal} and {@code -shm}. The raw bytes are
     * copied first, because merely trying to open a damaged file lets SQLite change its journal.
     */
    private void keepCurrent() throws IOException {
        Files.createDirectories(folder);
        Path target = newTarget("before-restore-unreadable");
        Path raw = partialOf(target);
        Files.copy(dbFile, raw);
        List<Path> rawSidecars = new ArrayList<>();
        for (String sidecar : SIDECARS) {
            Path side = sidecarOf(dbFile, sidecar);
            if (Files.exists(side)) {
                rawSidecars.add(Files.copy(side, sidecarOf(raw, sidecar)));
            }
        }
        try (Database current = Database.open(dbFile)) {
            take(current, "before-restore");
            Files.delete(raw);
            for (Path side : rawSidecars) {
                Files.delete(side);
            }
            return;
        } catch (StoreException unreadable) {
            // kept as it was found
        }
        for (Path side : rawSidecars) {
            String suffix = side.getFileName().toString().substring(raw.getFileName().toString().length());
            Files.move(side, sidecarOf(target, suffix), StandardCopyOption.ATOMIC_MOVE);
        }
        Files.move(raw, target, StandardCopyOption.ATOMIC_MOVE);
        prune(target);
    }

    /** A copy still being written (or left by one that died), with the journal files copied beside it. */
    private static boolean isPartial(Path p) {
        String name = p.getFileName().toString();
        return name.endsWith(PARTIAL) || SIDECARS.stream().anyMatch(s -> name.endsWith(PARTIAL + s));
    }

    private static Path sidecarOf(Path db, String suffix) {
        return Database.sidecarOf(db, suffix);
    }

    /**
     * Deletes the oldest copies beyond {@link #KEEP}, never {@code kept}, the copy just made: its name was stamped
     * before it was written, so while another process backs up at once it can sort below newer ones, and it is the
     * newest good state.
     */
    private void prune(Path kept) throws IOException {
        List<Path> all = new ArrayList<>(list());
        all.remove(kept);
        for (int i = KEEP - 1; i < all.size(); i++) {
            Files.deleteIfExists(all.get(i));
            for (String sidecar : SIDECARS) {
                Files.deleteIfExists(sidecarOf(all.get(i), sidecar));
            }
        }
        FileTime staleBefore = FileTime.from(Instant.now().minus(STALE_PARTIAL));
        try (Stream<Path> files = Files.list(folder)) {
            for (Path p : files.filter(Backups::isPartial).toList()) {
                try {
                    if (Files.getLastModifiedTime(p).compareTo(staleBefore) < 0) {
                        Files.deleteIfExists(p); // left by a backup that was killed mid-way
                    }
                } catch (NoSuchFileException renamedMeanwhile) {
                    // another process finished its copy
                }
            }
        }
    }
}
