package dev.hotlist.ui;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import java.util.prefs.Preferences;

/**
 * The app's words in English or Simplified Chinese ({@code resources/dev/hotlist/ui/messages*.properties}).
 * Follows the system locale until the user picks a language, which is remembered.
 */
public final class I18n {
    private static final String PREF_LANGUAGE = "language";
    private final Locale locale;
    private final ResourceBundle bundle;

    public I18n(Locale locale) {
        this.locale = isChinese(locale) ? Locale.SIMPLIFIED_CHINESE : Locale.ENGLISH;
        this.bundle = ResourceBundle.getBundle("dev.hotlist.ui.messages", this.locale,
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    }

    /** The language the user chose last time, else the system's. */
    public static I18n remembered() {
        String tag = prefs().get(PREF_LANGUAGE, null);
        return new I18n(tag == null ? Locale.getDefault() : Locale.forLanguageTag(tag));
    }

    public static void remember(Locale locale) {
        prefs().put(PREF_LANGUAGE, locale.toLanguageTag());
    }

    public Locale locale() {
        return locale;
    }

    public ResourceBundle bundle() {
        return bundle;
    }

    /** The text of {@code key} with its {0}, {1}… filled in. */
    public String t(String key, Object... args) {
        try {
            String pattern = bundle.getString(key);
            return args.length == 0 ? pattern : new MessageFormat(pattern, locale).format(args);
        } catch (MissingResourceException e) {
            return key;
        }
    }

    /** Shows the constants of an enum by their words, {@code prefix + "." + name}, e.g. {@code stage.NEW}. */
    public <E extends Enum<E>> javafx.util.StringConverter<E> names(String prefix) {
        return new javafx.util.StringConverter<>() {
            @Override
            public String toString(E value) {
                return value == null ? "" : t(prefix + "." + value.name());
            }

            @Override
            public E fromString(String text) {
                return null;
            }
        };
    }

    static boolean isChinese(Locale locale) {
        return "zh".equals(locale.getLanguage());
    }

    private static Preferences prefs() {
        return Preferences.userNodeForPackage(I18n.class);
    }
}
