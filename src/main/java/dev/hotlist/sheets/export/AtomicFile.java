package dev.hotlist.sheets.export;

import dev.hotlist.sheets.export.ExportException.Problem;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.DirectoryStream;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFileAttributeView;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Writes a file so that readers see the old content or the complete new one, never a half-written file: the body
 * writes a temporary file beside the target (same file system, so the final rename is atomic), which replaces the
 * target only when the body finished. On an error or a cancel the temporary file is deleted.
 *
 * <p>A process killed mid-export cannot delete its temporary file, so the next export into the same folder does:
 * a writer holds a lock on its temporary file for as long as it writes (the operating system drops it when the
 * process dies), and a hidden {@code .NAME.xlsx.<random>.tmp} or {@code .csv} one that nobody holds and nobody has
 * written to for two seconds is a leftover.
 */
final class AtomicFile {
    /** Writes one file's content to a stream. */
    @FunctionalInterface
    interface Body<T> {
        T writeTo(OutputStream out) throws IOException;
    }

    private static final SecureRandom RANDOM = new SecureRandom();
    /** The name {@link #createSibling} gives, for the two formats Hotlist exports. */
    private static final Duration SETTLED = Duration.ofSeconds(2);
    private static final Pattern LEFTOVER = Pattern.compile("\\..+\\.(?i:xlsx|csv)\\.[0-9a-z]{1,13}\\.tmp");

    private AtomicFile() {
    }

    static <T> T write(Path target, Locale locale, Body<T> body) throws IOException {
        Path file = target.toAbsolutePath().normalize();
        Path dir = file.getParent();
        if (Files.isDirectory(file)) {
            throw ExportException.of(Problem.IS_FOLDER, target, locale, null);
        }
        if (dir == null || !Files.isDirectory(dir)) {
            throw ExportException.of(Problem.FOLDER_MISSING, target, locale, null);
        }
        if (!Files.isWritable(dir) || Files.exists(file) && !Files.isWritable(file)) {
            throw ExportException.of(Problem.NOT_WRITABLE, target, locale, null);
        }
        deleteLeftovers(dir);
        Path tmp;
        FileChannel channel;
        try {
            Temp temp = createTemp(file);
            tmp = temp.path();
            channel = temp.channel();
        } catch (IOException e) {
            throw ExportException.of(Problem.NOT_WRITABLE, target, locale, e);
        }
        boolean done = false;
        try {
            T result;
            try (channel; OutputStream out = new BufferedOutputStream(Channels.newOutputStream(channel), 1 << 16)) {
                result = body.writeTo(out);
                out.flush();
                // On disk before the rename, or a crash could leave an empty file under the target's name.
                channel.force(true);
            } catch (ExportException e) {
                throw e;
            } catch (IOException e) {
                throw ExportException.of(Problem.WRITE_FAILED, target, locale, e, reason(e));
            }
            replace(tmp, file, target, locale);
            done = true;
            return result;
        } finally {
            if (!done) {
                deleteQuietly(tmp);
            }
        }
    }

    /**
     * A new empty file beside {@code file}: hidden, and named after it so a leftover after a power cut says what it
     * was. Unlike {@link Files#createTempFile} (always owner-only) it gets the folder's usual permissions, or those of
     * the file it replaces, so a shared export stays readable by whoever could read the old one.
     */
    private static Path createSibling(Path file) throws IOException {
        String base = "." + shortened(file.getFileName().toString()) + ".";
        for (int attempt = 0; ; attempt++) {
            Path tmp = file.resolveSibling(base + Long.toUnsignedString(RANDOM.nextLong(), 36) + ".tmp");
            try {
                Files.createFile(tmp);
            } catch (FileAlreadyExistsException e) {
                if (attempt < 10) {
                    continue;
                }
                throw e;
            }
            copyPermissions(file, tmp);
            return tmp;
        }
    }

    /** Bytes of a file name most file systems allow (ext4, APFS, NTFS in UTF-16 units, all about 255). */
    private static final int NAME_BYTES = 255;
    /** What the temporary name adds to the target's: the dots, the random part and ".tmp". */
    private static final int TEMP_PART_BYTES = 1 + 1 + 13 + 4;

    /**
     * The target's name, cut (before its extension, which the clean-up recognises) so that the temporary name still
     * fits where the target's own long name does.
     */
    static String shortened(String name) {
        int room = NAME_BYTES - TEMP_PART_BYTES;
        if (name.getBytes(java.nio.charset.StandardCharsets.UTF_8).length <= room) {
            return name;
        }
        int dot = name.lastIndexOf('.');
        String ext = dot > 0 ? name.substring(dot) : "";
        String stem = dot > 0 ? name.substring(0, dot) : name;
        int left = room - ext.getBytes(java.nio.charset.StandardCharsets.UTF_8).length;
        StringBuilder kept = new StringBuilder();
        int bytes = 0;
        for (int i = 0; i < stem.length(); ) {
            int cp = stem.codePointAt(i);
            int size = new String(Character.toChars(cp)).getBytes(java.nio.charset.StandardCharsets.UTF_8).length;
            if (bytes + size > left) {
                break;
            }
            kept.appendCodePoint(cp);
            bytes += size;
            i += Character.charCount(cp);
        }
        return kept + ext;
    }

    /** A temporary file, open for writing. */
    private record Temp(Path path, FileChannel channel) {
    }

    /**
     * A new temporary file beside {@code file}, open and locked for writing. Another export's clean-up may take it in
     * the instant between creating and locking it; then a new one is made. Where the file system has no locks, the
     * file is written unlocked (and a leftover of it is never taken for one that died).
     */
    private static Temp createTemp(Path file) throws IOException {
        for (int attempt = 0; ; attempt++) {
            Path tmp = createSibling(file);
            FileChannel channel;
            try {
                channel = FileChannel.open(tmp, StandardOpenOption.WRITE);
            } catch (NoSuchFileException takenMeanwhile) {
                continue;
            }
            boolean ours = false;
            try {
                ours = channel.tryLock() != null && Files.exists(tmp);
            } catch (IOException noLocksHere) {
                ours = true;
            } catch (OverlappingFileLockException e) {
                ours = false;
            } finally {
                if (!ours) {
                    channel.close();
                }
            }
            if (ours) {
                return new Temp(tmp, channel);
            }
            if (attempt >= 3) {
                throw new IOException("No temporary file could be locked beside " + file);
            }
        }
    }

    /** Deletes the temporary files of exports into {@code dir} that died: those no writer holds a lock on. */
    private static void deleteLeftovers(Path dir) {
        try (DirectoryStream<Path> leftovers = Files.newDirectoryStream(dir,
                p -> LEFTOVER.matcher(p.getFileName().toString()).matches())) {
            for (Path p : leftovers) {
                deleteIfUnheld(p);
            }
        } catch (IOException | java.nio.file.DirectoryIteratorException e) {
            // a folder that cannot be listed: the export itself will say what is wrong
        }
    }

    private static void deleteIfUnheld(Path p) {
        try {
            // a writer that has just closed its file is renaming it: only a file left alone a while is a leftover
            if (Files.getLastModifiedTime(p).toInstant().isAfter(Instant.now().minus(SETTLED))) {
                return;
            }
        } catch (IOException goneMeanwhile) {
            return;
        }
        try (FileChannel channel = FileChannel.open(p, StandardOpenOption.WRITE)) {
            FileLock lock = channel.tryLock();
            if (lock != null) {
                Files.deleteIfExists(p);
            }
        } catch (OverlappingFileLockException | IOException e) {
            // written by an export of this process, or a file we may not touch: left alone
        }
    }

    private static void copyPermissions(Path from, Path to) {
        try {
            if (Files.exists(from) && Files.getFileStore(to).supportsFileAttributeView(PosixFileAttributeView.class)) {
                Files.setPosixFilePermissions(to, Files.getPosixFilePermissions(from));
            }
        } catch (IOException | UnsupportedOperationException e) {
            // The folder's default permissions are a fine second best.
        }
    }

    private static void replace(Path tmp, Path file, Path target, Locale locale) throws ExportException {
        try {
            try {
                Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING);
            }
        } catch (IOException e) {
            // Typically the target is open in Excel (Windows locks it) or read-only.
            throw ExportException.of(Problem.NOT_WRITABLE, target, locale, e);
        }
    }

    private static String reason(IOException e) {
        String m = e.getMessage();
        return m == null || m.isBlank() ? e.getClass().getSimpleName() : m;
    }

    private static void deleteQuietly(Path tmp) {
        try {
            Files.deleteIfExists(tmp);
        } catch (IOException e) {
            tmp.toFile().deleteOnExit();
        }
    }
}
