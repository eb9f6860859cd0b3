package dev.hotlist.sheets.export;

import static org.assertj.core.api.Assertions.assertThat;

import dev.hotlist.domain.CallOutcome;
import dev.hotlist.domain.Stage;
import dev.hotlist.domain.Tier;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Properties;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ExportTextsTest {
    private static Properties load(String name) throws IOException {
        Properties p = new Properties();
        try (InputStream in = ExportTextsTest.class.getResourceAsStream(name)) {
            assertThat(in).as(name).isNotNull();
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return p;
    }

    @ParameterizedTest
    @ValueSource(strings = {"columns", "messages"})
    void everyKeyExistsInEnglishAndChinese(String bundle) throws IOException {
        Properties en = load(bundle + ".properties");
        Properties zh = load(bundle + "_zh_CN.properties");
        assertThat(zh.stringPropertyNames()).isEqualTo(en.stringPropertyNames());
    }

    @Test
    void columnHeadersAreExactlyWhatTheImporterRecognises() {
        ExportTexts en = ExportTexts.of(Locale.US);
        ExportTexts zh = ExportTexts.of(Locale.SIMPLIFIED_CHINESE);
        var order = ExportLayout.FIXED;
        assertThat(order).containsExactlyInAnyOrder(Column.values());
        assertThat(order.stream().map(en::header).toList()).isEqualTo(ExportFixtures.EN_HEADERS);
        assertThat(order.stream().map(zh::header).toList()).isEqualTo(ExportFixtures.ZH_HEADERS);
    }

    @Test
    void everyStageOutcomeAndTierHasWords() {
        for (Locale l : new Locale[] {Locale.US, Locale.CHINA}) {
            ExportTexts t = ExportTexts.of(l);
            for (Stage s : Stage.values()) {
                assertThat(t.stage(s)).isNotBlank();
            }
            for (CallOutcome o : CallOutcome.values()) {
                assertThat(t.outcome(o)).isNotBlank();
            }
            for (Tier tier : Tier.values()) {
                assertThat(t.format("tier." + tier.name(), 61, 59)).contains("61").contains("59");
            }
        }
    }

    @Test
    void anyChineseLocaleGetsChineseAndOthersEnglishWhateverTheMachineDefault() {
        Locale saved = Locale.getDefault();
        try {
            Locale.setDefault(Locale.SIMPLIFIED_CHINESE);
            assertThat(ExportTexts.of(Locale.US).header(Column.RANK)).isEqualTo("Rank");
            assertThat(ExportTexts.of(Locale.GERMANY).header(Column.RANK)).isEqualTo("Rank");
            Locale.setDefault(Locale.US);
            assertThat(ExportTexts.of(Locale.TRADITIONAL_CHINESE).header(Column.RANK)).isEqualTo("排名");
            assertThat(ExportTexts.of(Locale.CHINESE).header(Column.RANK)).isEqualTo("排名");
        } finally {
            Locale.setDefault(saved);
        }
    }

    @Test
    void widthCountsChineseCharactersDouble() {
        assertThat(XlsxExporter.displayWidth("abc")).isEqualTo(3);
        assertThat(XlsxExporter.displayWidth("王伟")).isEqualTo(4);
        assertThat(XlsxExporter.displayWidth("short\nmuch longer")).isEqualTo(11);
    }
}
