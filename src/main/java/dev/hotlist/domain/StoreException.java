package dev.hotlist.domain;

import java.util.Locale;

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
        return Messages.format("dev.hotlist.store.messages", key, args, locale);
    }
}
