package dev.hotlist.sheets;

import dev.hotlist.domain.UnusableFileException;
import java.io.IOException;

/**
 * A workbook part broke one of the reader's limits (a token too long, nesting too deep, too many names, a DOCTYPE).
 * An {@link IOException} so the {@link XmlTokenGuard} can throw it from under the parser; it carries the message key
 * and arguments of the {@link UnusableFileException} it becomes.
 */
final class XmlLimitException extends IOException {
    private static final long serialVersionUID = 1L;
    private final String key;
    private final transient Object[] args;

    XmlLimitException(String key, Object... args) {
        super(key);
        this.key = key;
        this.args = args.clone();
    }

    UnusableFileException unusable() {
        return new UnusableFileException(this, key, args);
    }

    @Override
    public synchronized Throwable fillInStackTrace() {
        return this; // a verdict on the file, not a bug: where it was thrown tells nobody anything
    }
}
