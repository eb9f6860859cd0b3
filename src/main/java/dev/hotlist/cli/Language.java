package dev.hotlist.cli;

import java.util.Locale;
import picocli.CommandLine.Option;

/** {@code --lang en|zh}: the language of reasons and skipped-row messages (default: the system's). */
final class Language {
    enum Code { en, zh }

    @Option(names = "--lang", paramLabel = "en|zh",
            description = "Language of reasons and messages: en or zh (default: the system's).")
    Code code;

    Locale locale() {
        if (code == null) {
            return "zh".equals(Locale.getDefault().getLanguage()) ? Locale.SIMPLIFIED_CHINESE : Locale.ENGLISH;
        }
        return code == Code.zh ? Locale.SIMPLIFIED_CHINESE : Locale.ENGLISH;
    }
}
