package dev.hotlist.domain;

import java.util.Locale;

/**
 * A file that cannot be imported at all (empty, corrupt, encrypted, not a spreadsheet, no header row...).
 * It carries one clear sentence for the user, in English or Chinese, and never a stack trace.
 */
public class UnusableFileException extends Exception {
    private static final long serialVersionUID = 1L;
    private final String key;
    private final transient Object[] args;

    public UnusableFileException(String key, Object... args) {
        this(null, key, args);
    }

    public UnusableFileException(Throwable cause, String key, Object... args) {
        super(render(key, args, Locale.ROOT), cause);
        this.key = key;
        this.args = args.clone();
    }

    /** The message key in {@code dev/hotlist/sheets/messages*.properties}. */
    public String key() {
        return key;
    }

    /** Whether the sentence names {@code text} (the file's name, say) already. */
    public boolean mentions(String text) {
        return java.util.Arrays.asList(args).contains(text);
    }

    /** The sentence in the given language. */
    public String message(Locale locale) {
        return render(key, args, locale);
    }

    @Override
    public String getLocalizedMessage() {
        return message(Locale.getDefault());
    }

    static String render(String key, Object[] args, Locale locale) {
        return Messages.format("dev.hotlist.sheets.messages", key, args, locale);
    }
}
