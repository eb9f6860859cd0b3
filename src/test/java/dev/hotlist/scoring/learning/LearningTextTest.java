package dev.hotlist.scoring.learning;

import static org.assertj.core.api.Assertions.assertThat;

import dev.hotlist.scoring.ReasonText;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import org.junit.jupiter.api.Test;

class LearningTextTest {
    private static LearningReport report(LearningReport.Verdict verdict, double model, double rules) {
        return new LearningReport(Instant.EPOCH, "x", 3561, 5679, LearningReport.Validation.K_FOLD, 9240, model, rules,
                0.0123, verdict, List.of(), List.of());
    }

    @Test
    void theSummaryLineFollowsTheContract() {
        assertThat(LearningText.summary(report(LearningReport.Verdict.USING, 0.9349, 0.4021), false, Locale.ENGLISH))
                .isEqualTo("learned from 9240 leads (3561 won, 5679 lost): held-out AUC 0.93 (rules 0.40); "
                        + "using the learned need");
        assertThat(LearningText.summary(report(LearningReport.Verdict.NOT_BETTER, 0.61, 0.6), false, Locale.ENGLISH))
                .isEqualTo("learned from 9240 leads (3561 won, 5679 lost): held-out AUC 0.61 (rules 0.60); "
                        + "keeping the rules: it is not clearly better than the rules on held-out leads (it must lead by 0.01)");
        assertThat(LearningText.summary(report(LearningReport.Verdict.USING, 0.93, 0.4), true, Locale.ENGLISH))
                .endsWith("; keeping the rules: switched off by the user");
        assertThat(LearningText.summary(report(LearningReport.Verdict.USING, 0.93, 0.4), false,
                Locale.SIMPLIFIED_CHINESE)).isEqualTo("从 9240 条线索学习（3561 条成交，5679 条未成交）：留出验证 AUC 0.93（规则 0.40）；使用学到的需求");
    }

    @Test
    void learnedFactorsAreReasonsInEnglishAndChinese() {
        Factor source = new Factor(LeadColumn.of(LeadColumn.Field.SOURCE), Bin.value("trade show", "trade show"),
                1.5, 661, 718, 22);
        assertThat(ReasonText.describe(source.reason(), Locale.ENGLISH))
                .isEqualTo("+22 need: Source = trade show (won 92% of 718)");
        assertThat(ReasonText.describe(source.reason(), Locale.SIMPLIFIED_CHINESE))
                .isEqualTo("+22 需求：来源为“trade show”（718 条中成交 92%）");
        Factor time = new Factor(LeadColumn.extra("Total Time Spent on Website"), Bin.range(146, 372), -0.8, 259, 1851,
                -12);
        assertThat(ReasonText.describe(time.reason(), Locale.ENGLISH))
                .isEqualTo("\u221212 need: Total Time Spent on Website 146 to under 372 (won 14% of 1,851)");
        Factor top = new Factor(LeadColumn.extra("Visits"), Bin.range(1088, Double.POSITIVE_INFINITY), 1, 1275, 1848, 25);
        assertThat(ReasonText.describe(top.reason(), Locale.ENGLISH)).isEqualTo(
                "+25 need: Visits 1,088 or more (won 69% of 1,848)");
        Factor low = new Factor(LeadColumn.extra("Visits"), Bin.range(Double.NEGATIVE_INFINITY, 146), -1, 1107, 3690, -12);
        assertThat(ReasonText.describe(low.reason(), Locale.SIMPLIFIED_CHINESE)).isEqualTo(
                "\u221212 需求：Visits低于 146（3,690 条中成交 30%）");
        Factor blank = new Factor(LeadColumn.extra("Specialization"), Bin.blank(), -0.2, 980, 3380, -3);
        assertThat(ReasonText.describe(blank.reason(), Locale.ENGLISH))
                .isEqualTo("\u22123 need: Specialization blank (won 29% of 3,380)");
        Factor other = new Factor(LeadColumn.extra("Country"), Bin.other(), 0.3, 18, 21, 4);
        assertThat(ReasonText.describe(other.reason(), Locale.ENGLISH))
                .isEqualTo("+4 need: Country another value (won 86% of 21)");
    }

    @Test
    void leftOutColumnsSayWhy() {
        assertThat(LearningText.exclusion(new Exclusion(LeadColumn.extra("Lead Number"), Exclusion.Why.IDENTIFIER,
                List.of()), Locale.ENGLISH)).isEqualTo("Lead Number: a different value on nearly every lead (an id)");
        Exclusion tags = new Exclusion(LeadColumn.extra("Tags"), Exclusion.Why.OUTCOME,
                List.of(new Exclusion.Example("Closed by Horizzon", 356, 358), new Exclusion.Example("Ringing", 34, 1203)));
        assertThat(LearningText.exclusion(tags, Locale.ENGLISH)).isEqualTo("Tags: its values are the outcome in other "
                + "words (\"Closed by Horizzon\" won 99% of 358; \"Ringing\" won 3% of 1,203)");
        assertThat(LearningText.exclusion(tags, Locale.SIMPLIFIED_CHINESE))
                .isEqualTo("Tags：其取值就是结果本身（“Closed by Horizzon”358 条中成交 99%；“Ringing”1,203 条中成交 3%）");
        assertThat(LearningText.exclusion(new Exclusion(LeadColumn.of(LeadColumn.Field.REGION), Exclusion.Why.CONSTANT,
                List.of()), Locale.ENGLISH)).isEqualTo("Region: the same value on every lead");
    }

    /** What {@code hotlist learn} prints under its summary: the strongest factors each way, then the columns left out. */
    @Test
    void theReportsLinesComeUnderTheirHeadings() {
        Factor up = new Factor(LeadColumn.of(LeadColumn.Field.SOURCE), Bin.value("trade show", "trade show"), 1.5, 661,
                718, 22);
        Factor down = new Factor(LeadColumn.extra("Visits"), Bin.range(Double.NEGATIVE_INFINITY, 146), -1, 1107, 3690,
                -12);
        Exclusion id = new Exclusion(LeadColumn.extra("Lead Number"), Exclusion.Why.IDENTIFIER, List.of());
        LearningReport full = new LearningReport(Instant.EPOCH, "x", 3561, 5679, LearningReport.Validation.RECENT, 924,
                0.9, 0.4, 0.5, LearningReport.Verdict.USING, List.of(up, down), List.of(id));
        assertThat(LearningText.headingsAndLines(full, 5, Locale.ENGLISH, f -> ReasonText.describe(f.reason(),
                Locale.ENGLISH))).containsExactly("raise the need most:",
                "  +22 need: Source = trade show (won 92% of 718)", "lower the need most:",
                "  \u221212 need: Visits under 146 (won 30% of 3,690)", "left out:",
                "  Lead Number: a different value on nearly every lead (an id)");
        LearningReport onlyUp = new LearningReport(Instant.EPOCH, "x", 3561, 5679, LearningReport.Validation.RECENT, 924,
                0.9, 0.4, 0.5, LearningReport.Verdict.USING, List.of(up), List.of());
        assertThat(LearningText.headingsAndLines(onlyUp, 5, Locale.ENGLISH, f -> "F" + f.points()))
                .containsExactly("raise the need most:", "  F22");
        LearningReport onlyDown = new LearningReport(Instant.EPOCH, "x", 3561, 5679, LearningReport.Validation.NONE, 0,
                Double.NaN, Double.NaN, 0, LearningReport.Verdict.TOO_FEW, List.of(down), List.of());
        assertThat(LearningText.headingsAndLines(onlyDown, 5, Locale.ENGLISH, f -> "F" + f.points()))
                .containsExactly("lower the need most:", "  F-12");
        assertThat(LearningText.headingsAndLines(onlyDown, 0, Locale.ENGLISH, f -> "F")).isEmpty();
        assertThat(LearningText.heading("excluded", Locale.SIMPLIFIED_CHINESE)).isNotEqualTo("left out:").isNotBlank();
    }

    @Test
    void theValidationAndTheSwitchSayWhatHappened() {
        LearningReport recent = new LearningReport(Instant.EPOCH, "x", 3561, 5679, LearningReport.Validation.RECENT,
                924, 0.9, 0.4, 0.5, LearningReport.Verdict.USING, List.of(), List.of());
        assertThat(LearningText.validation(recent, Locale.ENGLISH))
                .isEqualTo("held out: the most recent 924 leads by close or import date, fitted on the rest");
        assertThat(LearningText.switchedOff(Locale.ENGLISH))
                .isEqualTo("learning switched off: using the rules (learn again to use the learned need)");
        assertThat(LearningText.switchedOff(Locale.SIMPLIFIED_CHINESE)).isNotBlank()
                .isNotEqualTo(LearningText.switchedOff(Locale.ENGLISH));
    }

    @Test
    void bothBundlesHoldTheSameKeys() throws IOException {
        Properties en = load("learning.properties");
        Properties zh = load("learning_zh_CN.properties");
        assertThat(zh.stringPropertyNames()).isEqualTo(en.stringPropertyNames());
        for (String key : zh.stringPropertyNames()) {
            assertThat(zh.getProperty(key)).as(key).isNotBlank();
        }
        for (LearningReport.Verdict v : LearningReport.Verdict.values()) {
            if (v != LearningReport.Verdict.USING) {
                assertThat(en.stringPropertyNames()).contains("why." + v);
            }
        }
        for (LearningReport.Validation v : LearningReport.Validation.values()) {
            assertThat(en.stringPropertyNames()).contains("validation." + v);
        }
        for (Exclusion.Why w : Exclusion.Why.values()) {
            assertThat(en.stringPropertyNames()).contains("excluded." + w);
        }
    }

    private static Properties load(String name) throws IOException {
        Properties p = new Properties();
        try (InputStream in = LearningText.class.getResourceAsStream(name)) {
            assertThat(in).as(name).isNotNull();
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return p;
    }
}
