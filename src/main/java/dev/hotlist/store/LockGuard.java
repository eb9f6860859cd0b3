package dev.hotlist.store;

import com.sun.jna.Library;
import com.sun.jna.Native;
import com.sun.jna.Platform;
import com.sun.jna.Structure;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Holds, for as long as this process has a database open, two read locks that no {@code close()} elsewhere in the
 * process can release: on the bytes of the database file that SQLite's SHARED lock covers, and on the "dead man
 * switch" byte of its {@code -shm} file.
 *
 * <p>Why: SQLite locks with POSIX advisory locks, which belong to the <em>process</em>. When any other code in the
 * process opens and closes the database file (a GTK file chooser sniffing the files of the folder it shows, a
 * drag and drop, our own header check), the kernel silently drops every POSIX lock the process held on it. Another
 * process closing its connection then believes it is the last one, checkpoints, and deletes the WAL and
 * {@code -shm} under the live connection, whose later commits go to a deleted file (SQLite's "How To Corrupt An
 * SQLite Database File", section 2.2). Open-file-description locks ({@code F_OFD_SETLK}, Linux 3.15+) belong to
 * the file descriptor that took them, survive other descriptors' closes, and conflict with POSIX locks: while we
 * hold them no other process can take the EXCLUSIVE lock it needs before deleting the WAL, nor the exclusive
 * dead-man-switch lock it would take to reset the shared memory.
 *
 * <p>The descriptors are this class's own; closing them would itself drop SQLite's POSIX locks, so they are
 * closed only once the process has no connection to the file left ({@link Database} counts them). Where
 * open-file-description locks do not exist (not Linux, or JNA cannot load) {@link #hold} returns empty and
 * {@link JournalFiles} detection is what remains.
 */
final class LockGuard {
    // SQLite's lock bytes (os_unix.c): PENDING_BYTE 0x40000000, RESERVED after it, then the 510 SHARED bytes.
    static final long SHARED_FIRST = 0x40000000L + 2;
    static final long SHARED_SIZE = 510;
    // The -shm file's lock bytes start at (22 + SQLITE_SHM_NLOCK) * 4 = 120; the dead man switch follows the 8 locks.
    static final long SHM_DMS = 128;

    private static final int F_OFD_SETLK = 37;
    private static final short F_RDLCK = 0;
    private static final short F_UNLCK = 2;
    private static final int O_RDONLY = 0;
    private static final int O_CLOEXEC = 0x80000;

    /** Off by {@code -Dhotlist.lockGuard=false}: the tests of the detection that remains on other systems. */
    static final boolean ENABLED = Boolean.parseBoolean(System.getProperty("hotlist.lockGuard", "true"));

    private final int dbFd;
    private final int shmFd;
    private boolean locked;

    private LockGuard(int dbFd, int shmFd) {
        this.dbFd = dbFd;
        this.shmFd = shmFd;
        this.locked = true;
    }

    /**
     * Takes the two locks on {@code db} and its {@code -shm}, which an open connection in WAL mode has created;
     * empty where the system has no such locks or they cannot be taken (then nothing is held).
     */
    static Optional<LockGuard> hold(Path db) {
        if (!ENABLED || !Libc.AVAILABLE) {
            return Optional.empty();
        }
        int dbFd = Libc.open(db.toString());
        if (dbFd < 0) {
            return Optional.empty();
        }
        int shmFd = Libc.open(Database.sidecarOf(db, "-shm").toString());
        if (shmFd < 0 || !Libc.lock(dbFd, F_RDLCK, SHARED_FIRST, SHARED_SIZE)
                || !Libc.lock(shmFd, F_RDLCK, SHM_DMS, 1)) {
            // Closing only after unlocking; nothing of SQLite's depends on these descriptors yet.
            Libc.lock(dbFd, F_UNLCK, SHARED_FIRST, SHARED_SIZE);
            Libc.close(dbFd);
            if (shmFd >= 0) {
                Libc.close(shmFd);
            }
            return Optional.empty();
        }
        return Optional.of(new LockGuard(dbFd, shmFd));
    }

    /**
     * Lets go of the locks, keeping the descriptors: the last connection of the process may then checkpoint and
     * tidy up the WAL as SQLite does when nobody else uses the file.
     */
    void unlock() {
        if (locked) {
            Libc.lock(dbFd, F_UNLCK, SHARED_FIRST, SHARED_SIZE);
            Libc.lock(shmFd, F_UNLCK, SHM_DMS, 1);
            locked = false;
        }
    }

    /** Closes the descriptors; only once no connection of this process has the database open. */
    void close() {
        unlock();
        Libc.close(dbFd);
        Libc.close(shmFd);
    }

    /** The C library, reached through JNA; {@link #AVAILABLE} only on 64-bit Linux, where the constants hold. */
    private static final class Libc {
        static final boolean AVAILABLE = load();
        private static C c;

        interface C extends Library {
            int open(String path, int flags);

            int fcntl(int fd, int cmd, Flock lock);

            int close(int fd);
        }

        /** {@code struct flock} of 64-bit Linux. */
        @Structure.FieldOrder({"l_type", "l_whence", "l_start", "l_len", "l_pid"})
        public static final class Flock extends Structure {
            public short l_type;
            public short l_whence;
            public long l_start;
            public long l_len;
            public int l_pid;
        }

        private static boolean load() {
            if (!Platform.isLinux() || !Platform.is64Bit() || !(Platform.isIntel() || Platform.isARM())) {
                return false;
            }
            try {
                c = Native.load("c", C.class);
                return true;
            } catch (UnsatisfiedLinkError | RuntimeException e) {
                return false;
            }
        }

        static int open(String path) {
            return c.open(path, O_RDONLY | O_CLOEXEC);
        }

        static boolean lock(int fd, short type, long start, long length) {
            Flock lock = new Flock();
            lock.l_type = type;
            lock.l_whence = 0; // SEEK_SET
            lock.l_start = start;
            lock.l_len = length;
            lock.l_pid = 0; // must be 0 for open-file-description locks
            return c.fcntl(fd, F_OFD_SETLK, lock) == 0;
        }

        static void close(int fd) {
            c.close(fd);
        }
    }
}
