package dev.hotlist.service;

import dev.hotlist.domain.Messages;
import java.util.Locale;

/** A value typed into a lead that cannot be stored as it is, with the one sentence that says why. */
public final class InvalidEditException extends RuntimeException {
    private static final long serialVersionUID = 1L;
    private static final String BUNDLE = "dev.hotlist.service.messages";
    private final String key;
    private final transient Object[] args;

    public InvalidEditException(String key, Object... args) {
        super(Messages.format(BUNDLE, key, args, Locale.ROOT));
        this.key = key;
        this.args = args.clone();
    }

    public String key() {
        return key;
    }

    public String message(Locale locale) {
        return Messages.format(BUNDLE, key, args, locale);
    }

    @Override
    public String getLocalizedMessage() {
        return message(Locale.getDefault());
    }
}
