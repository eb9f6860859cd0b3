package dev.hotlist.store;

import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/** A database problem the user must hear about in one sentence (wrong file, newer version, I/O failure). */
public class StoreException extends RuntimeException {
    private static final long serialVersionUID = 1L;
    private final String key;
    private final transient Object[] args;

    public StoreException(String key, Throwable cause, Object... args) {
        super(render(key, args, Locale.ROOT), cause);
        this.key = key;
        this.args = args.clone();
    }

    public String key() {
        return key;
    }

    public String message(Locale locale) {
        return render(key, args, locale);
    }

    @Override
    public String getLocalizedMessage() {
        return message(Locale.getDefault());
    }

    private static String render(String key, Object[] args, Locale locale) {
        try {
            ResourceBundle bundle = ResourceBundle.getBundle("dev.hotlist.store.messages", locale,
                    ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
            return new java.text.MessageFormat(bundle.getString(key), locale).format(args);
        } catch (MissingResourceException e) {
            return key;
        }
    }
}
