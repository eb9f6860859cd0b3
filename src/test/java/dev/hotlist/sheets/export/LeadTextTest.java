package dev.hotlist.sheets.export;

import static org.assertj.core.api.Assertions.assertThat;

import dev.hotlist.domain.Reason;
import dev.hotlist.scoring.ReasonText;
import java.time.LocalDate;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class LeadTextTest {
    private static String exported(String line) {
        StringBuilder sb = new StringBuilder();
        LeadText.pointsAfterPart(line, sb);
        return sb.toString();
    }

    @Test
    void reasonsAsTheAppSaysThemAreExportedWithThePointsAfterTheScore() {
        LocalDate day = LocalDate.of(2026, 11, 25);
        Reason tomorrow = Reason.timing(35, "timing.tomorrow", day);
        Reason noBudget = Reason.need(-10, "need.noBudget");
        assertThat(ReasonText.describe(tomorrow, Locale.ENGLISH)).startsWith("+35 timing: ");
        assertThat(exported(ReasonText.describe(tomorrow, Locale.ENGLISH))).startsWith("timing +35: buys tomorrow (");
        assertThat(exported(ReasonText.describe(noBudget, Locale.ENGLISH))).isEqualTo("need \u221210: no budget");
        assertThat(exported(ReasonText.describe(tomorrow, Locale.SIMPLIFIED_CHINESE))).startsWith("时机 +35：");
        assertThat(exported(ReasonText.describe(Reason.need(0, "need.unknown"), Locale.ENGLISH)))
                .startsWith("need \u00B10: ");
        for (Reason r : new Reason[] {tomorrow, noBudget}) {
            for (Locale l : new Locale[] {Locale.ENGLISH, Locale.SIMPLIFIED_CHINESE}) {
                assertThat(LeadText.looksLikeFormula(exported(ReasonText.describe(r, l)))).isFalse();
            }
        }
    }

    @Test
    void aReasonInAnotherShapeIsKeptAsItIs() {
        assertThat(exported("no points here")).isEqualTo("no points here");
        assertThat(exported("+5 without a colon")).isEqualTo("+5 without a colon");
        assertThat(exported("")).isEmpty();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"50000|50000|0", "'12,000'|12000|#,##0", "¥8,000.50|8000.5|\"¥\"#,##0.00",
            "-3|-3|0", "0|0|0", "0.75|0.75|0.00", "$1,234,567|1234567|\"$\"#,##0", "-¥20|-20|\"¥\"0"})
    void plainNumbersAreReadWithHowTheyWereWritten(String text, double value, String format) {
        LeadText.StatedNumber n = LeadText.number(text);
        assertThat(n).isNotNull();
        assertThat(n.value()).isEqualTo(value);
        assertThat(n.format()).isEqualTo(format);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "0138", "10-50", "12,00", "1,2345", "1.", ".5", "5k", "$", "about 300", "1 000",
            "1234567890123456", "13812345678.0.1", "预算已批", "+86 138"})
    void anythingElseIsNotANumber(String text) {
        assertThat(LeadText.number(text)).isNull();
    }
}
