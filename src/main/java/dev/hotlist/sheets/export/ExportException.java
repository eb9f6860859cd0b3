package dev.hotlist.sheets.export;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Objects;

/** An export that could not be saved, with one sentence for the user (in the request's language) naming the file. */
public final class ExportException extends IOException {
    /** What went wrong, for callers that react differently (e.g. offer .csv when a sheet would be too long). */
    public enum Problem {
        /** The file name ends in neither .xlsx nor .csv. */
        UNSUPPORTED_TYPE("error.unsupportedType"),
        /** The folder to save in does not exist or is not a folder. */
        FOLDER_MISSING("error.folderMissing"),
        /** The target is itself a folder. */
        IS_FOLDER("error.isFolder"),
        /** The file or folder is read-only, or the file is locked by another program. */
        NOT_WRITABLE("error.notWritable"),
        /** More leads than one Excel sheet holds. */
        TOO_MANY_ROWS("error.tooManyRows"),
        /** The target is a database Hotlist has open: writing over it would destroy it. */
        IS_DATABASE("error.isDatabase"),
        /** Writing failed part way, e.g. the disk is full. */
        WRITE_FAILED("error.writeFailed");

        private final String key;

        Problem(String key) {
            this.key = key;
        }
    }

    private final Problem problem;
    private final Path file;

    private ExportException(String message, Problem problem, Path file, Throwable cause) {
        super(message, cause);
        this.problem = problem;
        this.file = file;
    }

    /** The exception for {@code problem} with {@code file}; {@code args} fill the message after the file name. */
    public static ExportException of(Problem problem, Path file, Locale locale, Throwable cause, Object... args) {
        Object[] all = new Object[args.length + 1];
        all[0] = file.toString();
        System.arraycopy(args, 0, all, 1, args.length);
        String message = ExportTexts.of(locale).format(problem.key, all);
        return new ExportException(message, problem, Objects.requireNonNull(file), cause);
    }

    public Problem problem() {
        return problem;
    }

    /** The file the export was meant for. */
    public Path file() {
        return file;
    }
}
