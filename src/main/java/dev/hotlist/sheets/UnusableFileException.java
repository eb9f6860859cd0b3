package dev.hotlist.sheets;

import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

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

    /** The sentence in the given language. */
    public String message(Locale locale) {
        return render(key, args, locale);
    }

    @Override
    public String getLocalizedMessage() {
        return message(Locale.getDefault());
    }

    static String render(String key, Object[] args, Locale locale) {
        try {
            ResourceBundle bundle = ResourceBundle.getBundle("dev.hotlist.sheets.messages", locale,
                    ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
            return new java.text.MessageFormat(bundle.getString(key), locale).format(args);
        } catch (MissingResourceException e) {
            return key;
        }
    }
}
