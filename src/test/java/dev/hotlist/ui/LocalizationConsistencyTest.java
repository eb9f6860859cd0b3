package dev.hotlist.ui;

import static org.assertj.core.api.Assertions.assertThat;

import dev.hotlist.domain.CallOutcome;
import dev.hotlist.domain.LeadField;
import dev.hotlist.domain.Stage;
import dev.hotlist.domain.Tier;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Every key the app uses exists in English and Chinese, the two bundles have the same keys, and none is unused. */
class LocalizationConsistencyTest {
    private static final Pattern LITERAL_KEY = Pattern.compile("\"([a-z]+\\.[A-Za-z.]*[A-Za-z])\"");

    @Test
    void bothLanguagesHaveTheSameKeys() {
        assertThat(keys(Locale.SIMPLIFIED_CHINESE)).isEqualTo(keys(Locale.ENGLISH));
    }

    @Test
    void everyKeyTheCodeUsesExistsAndEveryKeyIsUsed() throws IOException {
        Set<String> defined = keys(Locale.ENGLISH);
        Set<String> used = new HashSet<>();
        try (Stream<Path> files = Files.walk(Path.of("src/main/java/dev/hotlist/ui"))) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                Matcher m = LITERAL_KEY.matcher(Files.readString(file));
                while (m.find()) {
                    if (defined.contains(m.group(1)) || looksLikeKey(m.group(1))) {
                        used.add(m.group(1));
                    }
                }
            }
        }
        for (Tier t : Tier.values()) {
            used.add("tier." + t);
            used.add("tier.hint." + t);
        }
        for (Stage s : Stage.values()) {
            used.add("stage." + s);
        }
        for (CallOutcome o : CallOutcome.values()) {
            used.add("outcome." + o);
        }
        for (LeadField f : LeadField.values()) {
            used.add("field." + f);
        }
        for (dev.hotlist.domain.BuiltInView v : dev.hotlist.domain.BuiltInView.values()) {
            used.add("view." + v);
        }
        for (dev.hotlist.domain.BuyingWindow w : dev.hotlist.domain.BuyingWindow.values()) {
            used.add("window." + w);
        }
        for (dev.hotlist.domain.UndoneAction.Kind k : dev.hotlist.domain.UndoneAction.Kind.values()) {
            used.add("undo." + k);
        }
        for (dev.hotlist.domain.LeadEdit.Field f : dev.hotlist.domain.LeadEdit.Field.values()) {
            used.add("editfield." + f);
        }
        for (dev.hotlist.ui.pipeline.PipelineViewModel.Ownership o
                : dev.hotlist.ui.pipeline.PipelineViewModel.Ownership.values()) {
            used.add("ownership." + o);
        }
        for (String field : dev.hotlist.ui.ConflictViewModel.fieldKeys()) {
            used.add("conflict.f." + field);
        }
        List<String> missing = new ArrayList<>(used);
        missing.removeAll(defined);
        List<String> unused = new ArrayList<>(defined);
        unused.removeAll(used);
        Collections.sort(missing);
        Collections.sort(unused);
        assertThat(missing).as("keys used in code but missing from messages.properties").isEmpty();
        assertThat(unused).as("keys in messages.properties that no code uses").isEmpty();
    }

    private static boolean looksLikeKey(String s) {
        return s.matches("(app|menu|status|action|empty|filter|tier|col|buying|detail|outcome|stage|callback|import"
                + "|export|error|restore|mapping|field|settings|views|view|window|undo|editfield|add|chart|callnote|filterwords"
                + "|loading|next|nomatch|side|snooze|tool)\\.[A-Za-z.]+");
    }

    private static Set<String> keys(Locale locale) {
        return new I18n(locale).bundle().keySet();
    }
}
