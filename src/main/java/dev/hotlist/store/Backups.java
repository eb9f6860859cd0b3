package dev.hotlist.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/**
 * Copies of the database taken before every import and every schema migration, in a {@code backups} folder
 * beside it ({@code hotlist.db} → {@code hotlist-backups/}). The newest {@link #KEEP} are kept.
 */
public final class Backups {
    public static final int KEEP = 5;
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss-SSS");

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
        try {
            Files.createDirectories(folder);
            Path target = folder.resolve(STAMP.format(LocalDateTime.now()) + "-" + label + ".db");
            // Written under another name and renamed whole, so a crash never leaves a half backup that looks real.
            Path partial = folder.resolve(target.getFileName() + ".partial");
            Files.deleteIfExists(partial);
            db.copyTo(partial);
            Files.move(partial, target, StandardCopyOption.ATOMIC_MOVE);
            prune();
            return target;
        } catch (IOException | StoreException e) {
            throw new StoreException("db.backupFailed", e, e.getMessage());
        }
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
     * Puts a backup back in place of the database. The database must be closed; the current file is itself
     * kept as a backup first, so a restore can be undone.
     */
    public void restore(Path backup) {
        if (!list().contains(backup)) {
            throw new StoreException("db.noBackup", null, backup.getFileName());
        }
        try {
            // Copy first: taking the "before-restore" backup may prune the very file being restored.
            Path tmp = dbFile.resolveSibling(dbFile.getFileName() + ".restoring");
            Files.copy(backup, tmp, StandardCopyOption.REPLACE_EXISTING);
            if (Files.exists(dbFile)) {
                try (Database current = Database.open(dbFile)) {
                    take(current, "before-restore");
                }
            }
            Files.deleteIfExists(dbFile.resolveSibling(dbFile.getFileName() + "-wal"));
            Files.deleteIfExists(dbFile.resolveSibling(dbFile.getFileName() + "-shm"));
            Files.move(tmp, dbFile, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new StoreException("db.failed", e, dbFile, e.getMessage());
        }
    }

    private void prune() throws IOException {
        List<Path> all = new ArrayList<>(list());
        for (int i = KEEP; i < all.size(); i++) {
            Files.deleteIfExists(all.get(i));
        }
        try (Stream<Path> files = Files.list(folder)) {
            for (Path p : files.filter(p -> p.getFileName().toString().endsWith(".partial")).toList()) {
                Files.deleteIfExists(p); // left by a backup that was killed mid-way
            }
        }
    }
}
