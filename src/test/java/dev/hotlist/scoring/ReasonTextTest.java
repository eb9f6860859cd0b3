package dev.hotlist.scoring;

import static org.assertj.core.api.Assertions.assertThat;

import dev.hotlist.domain.Lead;
import dev.hotlist.domain.LeadScore;
import dev.hotlist.domain.Reason;
import dev.hotlist.domain.ScoringSettings;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ReasonTextTest {
    static final LocalDate AS_OF = BuyingTimeParserTest.AS_OF;
    static final LocalDate TOMORROW = AS_OF.plusDays(1);
    static final Set<String> LAYOUT_KEYS = Set.of("line", "separator", "part.need", "part.timing", "need.cappedNote");

    @Test
    void saysTimingInEnglishAndChinese() {
        Reason r = Reason.timing(35, ReasonKeys.TIMING_TOMORROW, TOMORROW);
        assertThat(ReasonText.describe(r, Locale.ENGLISH)).isEqualTo("+35 timing: buys tomorrow (2026-11-25)");
        assertThat(ReasonText.describe(r, Locale.SIMPLIFIED_CHINESE)).isEqualTo("+35 时机：明天购买（2026-11-25）");
    }

    @Test
    void negativePointsUseTheRealMinusSign() {
        Reason r = Reason.need(-10, ReasonKeys.NEED_NO_BUDGET);
        assertThat(ReasonText.describe(r, Locale.ENGLISH)).isEqualTo("\u221210 need: no budget");
        assertThat(ReasonText.describe(r, Locale.CHINA)).isEqualTo("\u221210 需求：没有预算");
        assertThat(ReasonText.describe(Reason.need(0, ReasonKeys.NEED_UNKNOWN), Locale.ENGLISH))
                .isEqualTo("\u00B10 need: not stated");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            need.stated        | +45 need: stated "urgent"                 | +45 需求：“urgent”
            need.pain          | +12 need: pain points: broken, deadline   | +12 需求：痛点：broken, deadline
            need.source.referral | +10 need: referral (老客户)              | +10 需求：转介绍（老客户）
            """)
    void saysNeedReasons(String key, String english, String chinese) {
        Object arg = switch (key) {
            case "need.stated" -> "urgent";
            case "need.pain" -> "broken, deadline";
            default -> "老客户";
        };
        int points = Integer.parseInt(english.substring(1, 3));
        Reason r = Reason.need(points, key, arg);
        assertThat(ReasonText.describe(r, Locale.ENGLISH)).isEqualTo(english);
        assertThat(ReasonText.describe(r, Locale.SIMPLIFIED_CHINESE)).isEqualTo(chinese);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            need.capped 100       | −38 need: already at the top (100)                      | −38 需求：已到顶（100）
            need.capped 0         | +12 need: already at the bottom (0)                     | +12 需求：已到最低（0）
            need.justAsking 比价中 | −15 need: only after a price ("比价中")                   | −15 需求：只问价格（“比价中”）
            need.unread hmm       | ±0 need: not understood: "hmm" (counted as neutral)     | ±0 需求：看不懂“hmm”（按中性算）
            timing.noDate         | −45 timing: no buying date given (like watching fishing on TV) | −45 时机：没有购买时间（像在电视上看钓鱼）
            timing.unread Q5      | −45 timing: buying time not understood: "Q5" (counted as no date) | −45 时机：看不懂购买时间“Q5”（按没有时间算）
            timing.justLooking    | −45 timing: just looking, no plan to buy                | −45 时机：随便看看，暂无购买计划
            """)
    void saysWhatASalespersonWouldSay(String keyAndArg, String english, String chinese) {
        String[] parts = keyAndArg.split(" ");
        int points = english.startsWith("±") ? 0 : Integer.parseInt(english.substring(1, 3))
                * (english.charAt(0) == '+' ? 1 : -1);
        String key = parts[0];
        Object[] args = parts.length == 1 ? new Object[0]
                : key.equals("need.capped") ? new Object[] {Integer.parseInt(parts[1])} : new Object[] {parts[1]};
        Reason r = key.startsWith("need") ? Reason.need(points, key, args) : Reason.timing(points, key, args);
        assertThat(ReasonText.describe(r, Locale.ENGLISH)).isEqualTo(english);
        assertThat(ReasonText.describe(r, Locale.SIMPLIFIED_CHINESE)).isEqualTo(chinese);
    }

    @Test
    void theStaleDateSaysSoAfterTheDate() {
        Reason r = Reason.timing(-42, ReasonKeys.TIMING_STALE, 120L, AS_OF.minusDays(120));
        assertThat(ReasonText.describe(r, Locale.ENGLISH))
                .isEqualTo("\u221242 timing: date passed 120 days ago (2026-07-27), gone stale");
        assertThat(ReasonText.describe(r, Locale.CHINA)).isEqualTo("\u221242 时机：已过期 120 天（2026-07-27），已失效");
    }

    @Test
    void daysAreCountedWithTheRightNumber() {
        LocalDate past = AS_OF.minusDays(1);
        assertThat(ReasonText.describe(Reason.timing(50, ReasonKeys.TIMING_OVERDUE, 1L, past), Locale.ENGLISH))
                .isEqualTo("+50 timing: date passed 1 day ago (2026-11-23), call now");
        assertThat(ReasonText.describe(Reason.timing(40, ReasonKeys.TIMING_OVERDUE, 3L, past), Locale.ENGLISH))
                .contains("passed 3 days ago");
        assertThat(ReasonText.describe(Reason.timing(-40, ReasonKeys.TIMING_IN_DAYS, 1200L, past), Locale.ENGLISH))
                .contains("in 1,200 days");
        assertThat(ReasonText.describe(Reason.timing(40, ReasonKeys.TIMING_OVERDUE, 3L, past), Locale.CHINA))
                .isEqualTo("+40 时机：已过期 3 天（2026-11-23），马上联系");
    }

    @Test
    void otherLocalesFallBackToEnglishAndAnyChineseToChinese() {
        Reason r = Reason.need(-10, ReasonKeys.NEED_NO_BUDGET);
        assertThat(ReasonText.describe(r, Locale.FRENCH)).isEqualTo("\u221210 need: no budget");
        assertThat(ReasonText.describe(r, Locale.CHINESE)).endsWith("没有预算");
        assertThat(ReasonText.describe(r, Locale.TAIWAN)).endsWith("没有预算");
    }

    @Test
    void summaryPutsTheStrongestReasonsInOneLine() {
        LeadScorer scorer = new LeadScorer(ScoringSettings.defaults());
        Lead lead = Lead.builder().id(1).needStated("high").notes("machine broken").budget("no budget")
                .source("Website").buyingDate(TOMORROW).build();
        LeadScore score = scorer.score(lead, AS_OF);
        String en = ReasonText.summary(score, Locale.ENGLISH);
        assertThat(en).isEqualTo("+50 timing: buys tomorrow (2026-11-25); +30 need: stated \"high\"; "
                + "\u221210 need: no budget");
        assertThat(en).doesNotContain("\n");
        String zh = ReasonText.summary(score, Locale.SIMPLIFIED_CHINESE);
        assertThat(zh).startsWith("+50 时机：明天购买（2026-11-25）；+30 需求：");
    }

    @Test
    void theReasonsShownAreStrongestFirstInFullAndTheCapIsANoteNotAReason() {
        LeadScorer scorer = new LeadScorer(ScoringSettings.defaults());
        Lead lead = Lead.builder().id(1).needStated("urgent").notes("broken, deadline, audit").budget("approved")
                .source("referral").buyingDate(AS_OF.plusDays(60)).build();
        LeadScore score = scorer.score(lead, AS_OF);
        java.util.List<String> shown = ReasonText.shown(score, Locale.ENGLISH);
        assertThat(shown).noneMatch(line -> line.contains("at the top"));
        assertThat(shown.get(shown.size() - 1)).matches("\\(the need reasons add up to 1\\d\\d; need counts 100 at the most\\)");
        java.util.List<Integer> points = shown.subList(0, shown.size() - 1).stream()
                .map(l -> Math.abs(Integer.parseInt(l.substring(1, l.indexOf(' '))))).toList();
        assertThat(points).isSortedAccordingTo(java.util.Comparator.reverseOrder());
        assertThat(shown).anyMatch(l -> l.contains("timing: buys in 60 days"));
        assertThat(ReasonText.shown(score, Locale.SIMPLIFIED_CHINESE).get(shown.size() - 1)).contains("最高计 100");
    }

    @Test
    void summaryAlwaysNamesTheTiming() {
        LeadScorer scorer = new LeadScorer(ScoringSettings.defaults());
        Lead lead = Lead.builder().id(1).needStated("urgent").notes("broken, deadline, audit").budget("approved")
                .source("referral").buyingDate(AS_OF.plusDays(60)).build();
        LeadScore score = scorer.score(lead, AS_OF);
        assertThat(score.reasons()).extracting(Reason::key).contains(ReasonKeys.NEED_CAPPED);
        assertThat(ReasonText.summary(score, Locale.ENGLISH)).contains("timing: buys in 60 days")
                .as("the cap is bookkeeping, not a reason to call").doesNotContain("at the top");
    }

    @Test
    void bothBundlesHoldTheSameKeysAndEveryKeyTheCodeCanProduce() throws IOException {
        Properties en = load("reasons.properties");
        Properties zh = load("reasons_zh_CN.properties");
        assertThat(zh.stringPropertyNames()).isEqualTo(en.stringPropertyNames());
        Set<String> expected = new HashSet<>(ReasonKeys.ALL);
        expected.addAll(LAYOUT_KEYS);
        assertThat(en.stringPropertyNames()).as("no key missing and none unused").isEqualTo(expected);
        for (String key : zh.stringPropertyNames()) {
            assertThat(zh.getProperty(key)).as(key).isNotBlank();
            if (!key.equals("separator")) {
                assertThat(zh.getProperty(key)).as(key).isNotEqualTo(en.getProperty(key));
            }
        }
    }

    @Test
    void reasonKeysListsEveryConstant() throws IllegalAccessException {
        Set<Object> constants = new HashSet<>();
        for (var field : ReasonKeys.class.getFields()) {
            if (field.getType() == String.class) {
                constants.add(field.get(null));
            }
        }
        assertThat(constants).isEqualTo(Set.copyOf(ReasonKeys.ALL));
    }

    private static Properties load(String name) throws IOException {
        Properties p = new Properties();
        try (InputStream in = ReasonText.class.getResourceAsStream(name)) {
            assertThat(in).as(name).isNotNull();
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return p;
    }
}
