package dev.hotlist.sheets.export;

import dev.hotlist.domain.CallOutcome;
import dev.hotlist.domain.Stage;
import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;

/** The export's words in one language: column headers and everything else it writes or says. */
final class ExportTexts {
    private static final String BASE = "dev.hotlist.sheets.export.";
    // No fallback to the machine's default locale: an English request gets English on a Chinese desktop too.
    private static final ResourceBundle.Control CONTROL =
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);

    private final Locale locale;
    private final ResourceBundle columns;
    private final ResourceBundle messages;

    private ExportTexts(Locale locale) {
        this.locale = locale;
        this.columns = ResourceBundle.getBundle(BASE + "columns", locale, CONTROL);
        this.messages = ResourceBundle.getBundle(BASE + "messages", locale, CONTROL);
    }

    /** Texts for {@code locale}: Simplified Chinese for any Chinese locale, English otherwise. */
    static ExportTexts of(Locale locale) {
        return new ExportTexts("zh".equals(locale.getLanguage()) ? Locale.SIMPLIFIED_CHINESE : Locale.ROOT);
    }

    Locale locale() {
        return locale;
    }

    String header(Column column) {
        return columns.getString(column.key());
    }

    String stage(Stage stage) {
        return messages.getString("stage." + stage.name());
    }

    String outcome(CallOutcome outcome) {
        return messages.getString("outcome." + outcome.name());
    }

    String text(String key) {
        return messages.getString(key);
    }

    String format(String key, Object... args) {
        return new MessageFormat(messages.getString(key), locale).format(args);
    }
}
