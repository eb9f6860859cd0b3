package dev.hotlist.sheets.export;

import dev.hotlist.sheets.export.ExportException.Problem;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFileAttributeView;
import java.security.SecureRandom;
import java.util.Locale;

/**
 * Writes a file so that readers see the old content or the complete new one, never a half-written file: the body
 * writes a temporary file beside the target (same file system, so the final rename is atomic), which replaces the
 * target only when the body finished. On an error or a cancel the temporary file is deleted.
 */
final class AtomicFile {
    /** Writes one file's content to a stream. */
    @FunctionalInterface
    interface Body<T> {
        T writeTo(OutputStream out) throws IOException;
    }

    private static final SecureRandom RANDOM = new SecureRandom();

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
        Path tmp;
        try {
            tmp = createSibling(file);
        } catch (IOException e) {
            throw ExportException.of(Problem.NOT_WRITABLE, target, locale, e);
        }
        boolean done = false;
        try {
            T result;
            try (FileChannel channel = FileChannel.open(tmp, StandardOpenOption.WRITE);
                 OutputStream out = new BufferedOutputStream(Channels.newOutputStream(channel), 1 << 16)) {
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
        String base = "." + file.getFileName() + ".";
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
