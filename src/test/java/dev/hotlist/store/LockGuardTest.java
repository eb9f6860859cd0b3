package dev.hotlist.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The lock guard's own locks, seen as another process would see them: a write lock on SQLite's SHARED bytes (as
 * Java's {@link FileChannel#tryLock} takes one, a POSIX lock, which conflicts with open-file-description locks) is
 * refused while the guard holds and granted once it let go; and it keeps no descriptor after closing. On 64-bit
 * Linux, where the guard exists.
 */
class LockGuardTest {
    @TempDir
    Path dir;

    private static boolean sharedBytesFree(Path file, long first, long size) throws IOException {
        try (FileChannel ch = FileChannel.open(file, StandardOpenOption.READ, StandardOpenOption.WRITE)) {
            FileLock lock = ch.tryLock(first, size, false);
            if (lock == null) {
                return false;
            }
            lock.release();
            return true;
        }
    }

    private static long openDescriptors() throws IOException {
        try (var fds = Files.list(Path.of("/proc/self/fd"))) {
            return fds.count();
        }
    }

    private Path fileWithShm() throws IOException {
        Path db = Files.write(dir.resolve("x.db"), new byte[4096]);
        Files.write(Database.sidecarOf(db, "-shm"), new byte[32768]);
        return db;
    }

    @Test
    void theGuardHoldsTheSharedBytesOfTheFileAndItsShmUntilUnlocked() throws Exception {
        Path db = fileWithShm();
        Optional<LockGuard> held = LockGuard.hold(db);
        assumeTrue(held.isPresent(), "no open-file-description locks on this system");
        Path shm = Database.sidecarOf(db, "-shm");
        assertThat(sharedBytesFree(db, LockGuard.SHARED_FIRST, LockGuard.SHARED_SIZE)).isFalse();
        assertThat(sharedBytesFree(shm, LockGuard.SHM_DMS, 1)).isFalse();
        assertThat(sharedBytesFree(db, 0, 100)).as("only SQLite's SHARED bytes").isTrue();
        held.get().unlock();
        assertThat(sharedBytesFree(db, LockGuard.SHARED_FIRST, LockGuard.SHARED_SIZE)).isTrue();
        assertThat(sharedBytesFree(shm, LockGuard.SHM_DMS, 1)).isTrue();
        held.get().close();
    }

    @Test
    void closingLetsGoOfTheLocksAndTheDescriptors() throws Exception {
        Path db = fileWithShm();
        long before = openDescriptors();
        Optional<LockGuard> held = LockGuard.hold(db);
        assumeTrue(held.isPresent(), "no open-file-description locks on this system");
        assertThat(openDescriptors()).isEqualTo(before + 2);
        held.get().close();
        assertThat(openDescriptors()).isEqualTo(before);
        assertThat(sharedBytesFree(db, LockGuard.SHARED_FIRST, LockGuard.SHARED_SIZE)).isTrue();
        assertThat(sharedBytesFree(Database.sidecarOf(db, "-shm"), LockGuard.SHM_DMS, 1)).isTrue();
    }

    @Test
    void withoutAnShmFileNothingIsHeldNorKeptOpen() throws Exception {
        assumeTrue(LockGuard.hold(fileWithShm()).map(g -> {
            g.close();
            return true;
        }).orElse(false), "no open-file-description locks on this system");
        Path db = Files.write(dir.resolve("alone.db"), new byte[4096]);
        long before = openDescriptors();
        assertThat(LockGuard.hold(db)).isEmpty();
        assertThat(openDescriptors()).isEqualTo(before);
        assertThat(sharedBytesFree(db, LockGuard.SHARED_FIRST, LockGuard.SHARED_SIZE)).isTrue();
        assertThat(LockGuard.hold(dir.resolve("missing.db"))).isEmpty();
        assertThat(openDescriptors()).isEqualTo(before);
    }

    @Test
    void anOpenDatabaseIsGuardedHere() {
        try (Database db = Database.open(dir.resolve("hotlist.db"))) {
            assertThat(db.guarded()).isEqualTo(LockGuard.hold(fileWithShmQuietly()).map(g -> {
                g.close();
                return true;
            }).orElse(false));
        }
    }

    private Path fileWithShmQuietly() {
        try {
            return fileWithShm();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
