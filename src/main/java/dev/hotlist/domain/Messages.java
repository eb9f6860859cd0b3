package dev.hotlist.domain;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/** Fills a message from a layer's resource bundle in English (the base file) or Chinese; the key when missing. */
public final class Messages {
    private Messages() {
    }

    public static String format(String bundle, String key, Object[] args, Locale locale) {
        try {
            ResourceBundle b = ResourceBundle.getBundle(bundle, locale,
                    ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
            return new MessageFormat(b.getString(key), locale).format(args);
        } catch (MissingResourceException e) {
            return key;
        }
    }
}
