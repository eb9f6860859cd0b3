package dev.hotlist.team;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * What embedded PostgreSQL servers of dead test JVMs left in the temporary folder: Zonky's data folders
 * ({@code epg*}) and, when the JVM was killed (PIT ends a minion that overruns its timeout), the server itself, which
 * {@code pg_ctl} started detached so it outlives the JVM.
 *
 * <p>Whose a folder is, is told by Zonky's own lock: the JVM that started a server holds a lock on the folder's
 * {@code epg-lock} until it stops the server, and the system releases it when that JVM dies. A folder whose lock this
 * JVM can take belongs to no live JVM; one whose lock is held is another live JVM's (other builds run tests beside
 * this one) and is left alone, running server and all. Zonky takes the lock only after {@code initdb}, so a folder
 * without the lock file is left alone unless it is an hour old (a JVM that died while making it).
 */
final class LeftoverServers {
    static final String LOCK_FILE = "epg-lock";
    private static final Duration UNLOCKED_GRACE = Duration.ofHours(1);
    private static final Duration STOP_WAIT = Duration.ofSeconds(20);

    private LeftoverServers() {
    }

    /** Stops orphaned servers and deletes the data folders of dead JVMs in {@code tmp}; never fails a test. */
    static void removeIn(Path tmp) {
        try (DirectoryStream<Path> folders = Files.newDirectoryStream(tmp, "epg*")) {
            for (Path folder : folders) {
                if (Files.isDirectory(folder)) {
                    try {
                        removeIfDead(folder);
                    } catch (IOException | RuntimeException e) {
                        // another user's folder, or one being deleted by its own JVM: not ours to clean
                    }
                }
            }
        } catch (IOException e) {
            // nothing to clean, or no right to look
        }
    }

    private static void removeIfDead(Path folder) throws IOException {
        Path lockFile = folder.resolve(LOCK_FILE);
        if (!Files.exists(lockFile)) {
            Instant made = Files.getLastModifiedTime(folder).toInstant();
            if (made.isBefore(Instant.now().minus(UNLOCKED_GRACE)) && postmaster(folder).isEmpty()) {
                delete(folder);
            }
            return;
        }
        try (FileChannel channel = FileChannel.open(lockFile, StandardOpenOption.WRITE);
                FileLock lock = channel.tryLock()) {
            if (lock == null) {
                return; // a live JVM's server
            }
            Optional<ProcessHandle> orphan = postmaster(folder);
            if (orphan.isPresent() && !stop(orphan.get())) {
                return;
            }
            delete(folder);
        } catch (OverlappingFileLockException e) {
            // this JVM's own server
        }
    }

    /**
     * The running postmaster of {@code folder}, from its {@code postmaster.pid} (first line the process id): only a
     * live {@code postgres} process started on this very folder, so a reused process id is never taken for it.
     */
    static Optional<ProcessHandle> postmaster(Path folder) throws IOException {
        Path pidFile = folder.resolve("postmaster.pid");
        List<String> lines;
        try {
            lines = Files.readAllLines(pidFile);
        } catch (NoSuchFileException e) {
            return Optional.empty();
        }
        if (lines.isEmpty() || !lines.get(0).strip().matches("[0-9]{1,10}")) {
            return Optional.empty();
        }
        return ProcessHandle.of(Long.parseLong(lines.get(0).strip())).filter(p -> startedOn(p, folder));
    }

    private static boolean startedOn(ProcessHandle process, Path folder) {
        ProcessHandle.Info info = process.info();
        boolean postgres = info.command().map(c -> Path.of(c).getFileName().toString().equals("postgres"))
                .orElse(false);
        boolean onFolder = info.arguments().map(List::of)
                .map(args -> args.contains(folder.toString()) || args.contains(folder.toAbsolutePath().toString()))
                .orElse(false);
        return process.isAlive() && postgres && onFolder;
    }

    /** SIGTERM: PostgreSQL's smart shutdown, which ends at once when no client is connected (its JVM is gone). */
    private static boolean stop(ProcessHandle postmaster) {
        postmaster.destroy();
        try {
            postmaster.onExit().get(STOP_WAIT.toMillis(), TimeUnit.MILLISECONDS);
        } catch (Exception e) {
            return !postmaster.isAlive();
        }
        return true;
    }

    private static void delete(Path folder) throws IOException {
        try (Stream<Path> paths = Files.walk(folder)) {
            for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }
}
