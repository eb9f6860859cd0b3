package dev.hotlist.scoring;

import static org.assertj.core.api.Assertions.assertThat;

import dev.hotlist.scoring.BuyingTimeParser.Result;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class BuyingTimeParserTest {
    /** A Tuesday. */
    static final LocalDate AS_OF = LocalDate.of(2026, 11, 24);

    @Test
    void asOfIsATuesday() {
        assertThat(AS_OF.getDayOfWeek()).isEqualTo(DayOfWeek.TUESDAY);
    }

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(delimiter = '|', textBlock = """
            2026-12-01             | 2026-12-01
            2026/12/1              | 2026-12-01
            2026/12/01             | 2026-12-01
            12/1/2026              | 2026-12-01
            1/12/2026              | 2026-01-12
            25/12/2026             | 2026-12-25
            13/1/2027              | 2027-01-13
            12-1-2026              | 2026-12-01
            2026.12.01             | 2026-12-01
            01.12.2026             | 2026-12-01
            20261201               | 2026-12-01
            2026年12月1日           | 2026-12-01
            2027年1月5号            | 2027-01-05
            12月1日                 | 2026-12-01
            1月5日                  | 2027-01-05
            11月20日                | 2026-11-20
            46357                  | 2026-12-01
            46357.0                | 2026-12-01
            预计2026-12-15前        | 2026-12-15
            delivery by 2026/12/20 please | 2026-12-20
            """)
    void readsDates(String text, LocalDate expected) {
        assertThat(BuyingTimeParser.parse(text, AS_OF)).contains(new Result.OnDate(expected));
    }

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(delimiter = '|', textBlock = """
            today                  | 2026-11-24
            Today                  | 2026-11-24
            tomorrow               | 2026-11-25
            TOMORROW               | 2026-11-25
            day after tomorrow     | 2026-11-26
            the day after tomorrow | 2026-11-26
            this week              | 2026-11-27
            next week              | 2026-12-04
            this month             | 2026-11-30
            end of month           | 2026-11-30
            next month             | 2026-12-31
            this quarter           | 2026-12-31
            next quarter           | 2027-03-31
            this year              | 2026-12-31
            end of year            | 2026-12-31
            next year              | 2027-12-31
            in 3 days              | 2026-11-27
            in 1 day               | 2026-11-25
            in 2 weeks             | 2026-12-08
            in a week              | 2026-12-01
            in two weeks           | 2026-12-08
            in 2 months            | 2027-01-24
            in 1 year              | 2027-11-24
            5 days later           | 2026-11-29
            3 weeks later          | 2026-12-15
            2 months from now      | 2027-01-24
            within 10 days         | 2026-12-04
            within 3 months        | 2027-02-24
            after 4 days           | 2026-11-28
            ASAP                   | 2026-11-24
            a.s.a.p.               | 2026-11-24
            urgent                 | 2026-11-24
            Urgently needed        | 2026-11-24
            immediately            | 2026-11-24
            right away             | 2026-11-24
            as soon as possible    | 2026-11-24
            probably next month    | 2026-12-31
            Next Week maybe        | 2026-12-04
            not sure, maybe next month | 2026-12-31
            """)
    void readsEnglishWords(String text, LocalDate expected) {
        assertThat(BuyingTimeParser.parse(text, AS_OF)).contains(new Result.OnDate(expected));
    }

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(delimiter = '|', textBlock = """
            今天        | 2026-11-24
            今日        | 2026-11-24
            明天        | 2026-11-25
            明日        | 2026-11-25
            后天        | 2026-11-26
            大后天      | 2026-11-27
            本周        | 2026-11-27
            这周        | 2026-11-27
            下周        | 2026-12-04
            下星期      | 2026-12-04
            本月        | 2026-11-30
            这个月      | 2026-11-30
            月底        | 2026-11-30
            下个月      | 2026-12-31
            下月        | 2026-12-31
            本季度      | 2026-12-31
            下季度      | 2027-03-31
            今年        | 2026-12-31
            年底        | 2026-12-31
            明年        | 2027-12-31
            3天后       | 2026-11-27
            三天后      | 2026-11-27
            十天后      | 2026-12-04
            十二天后    | 2026-12-06
            二十天后    | 2026-12-14
            10天内      | 2026-12-04
            两周后      | 2026-12-08
            2周后       | 2026-12-08
            三周内      | 2026-12-15
            1个月后     | 2026-12-24
            两个月后    | 2027-01-24
            三个月内    | 2027-02-24
            一年后      | 2027-11-24
            半个月      | 2026-12-09
            半年后      | 2027-05-24
            尽快        | 2026-11-24
            马上        | 2026-11-24
            立即        | 2026-11-24
            急          | 2026-11-24
            越快越好    | 2026-11-24
            预计下个月  | 2026-12-31
            大概下周吧  | 2026-12-04
            下周看看    | 2026-12-04
            ３天后      | 2026-11-27
            """)
    void readsChineseWords(String text, LocalDate expected) {
        assertThat(BuyingTimeParser.parse(text, AS_OF)).contains(new Result.OnDate(expected));
    }

    @ParameterizedTest
    @ValueSource(strings = {"just looking", "Just looking around", "browsing", "no plan", "No plans yet",
        "not sure", "someday", "maybe someday", "随便看看", "看看", "暂无计划", "不确定", "以后再说", "先看看再说"})
    void readsJustLooking(String text) {
        assertThat(BuyingTimeParser.parse(text, AS_OF)).contains(new Result.JustLooking());
        assertThat(BuyingTimeParser.isJustLooking(text)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "   ", "blah", "unknown", "2026-13-45", "31/31/2026", "12345", "99999",
        "todays special", "not urgent", "不急", "snowmobile"})
    void cannotReadTheseAndSaysSo(String text) {
        assertThat(BuyingTimeParser.parse(text, AS_OF)).isEmpty();
        assertThat(BuyingTimeParser.isJustLooking(text)).isFalse();
    }

    @Test
    void nullIsEmpty() {
        assertThat(BuyingTimeParser.parse(null, AS_OF)).isEmpty();
        assertThat(BuyingTimeParser.isJustLooking(null)).isFalse();
    }

    @Test
    void wordsWithADateAreNotJustLooking() {
        assertThat(BuyingTimeParser.isJustLooking("看看，两周后")).isFalse();
        assertThat(BuyingTimeParser.isJustLooking("not sure, in two weeks")).isFalse();
        assertThat(BuyingTimeParser.isJustLooking("tomorrow")).isFalse();
    }

    @Test
    void thisWeekNeverFallsBeforeTheAsOfDay() {
        LocalDate saturday = LocalDate.of(2026, 11, 28);
        assertThat(BuyingTimeParser.parse("this week", saturday)).contains(new Result.OnDate(saturday));
        assertThat(BuyingTimeParser.parse("next week", saturday))
                .contains(new Result.OnDate(LocalDate.of(2026, 12, 4)));
    }

    @Test
    void wordsFollowTheAsOfDay() {
        LocalDate nextDay = AS_OF.plusDays(1);
        assertThat(BuyingTimeParser.parse("明天", nextDay)).contains(new Result.OnDate(nextDay.plusDays(1)));
        Optional<Result> endOfMarch = BuyingTimeParser.parse("this quarter", LocalDate.of(2027, 2, 10));
        assertThat(endOfMarch).contains(new Result.OnDate(LocalDate.of(2027, 3, 31)));
    }

    @Test
    void chineseNumeralsUpToNinetyNine() {
        assertThat(BuyingTimeParser.chineseNumber("十")).isEqualTo(10);
        assertThat(BuyingTimeParser.chineseNumber("十五")).isEqualTo(15);
        assertThat(BuyingTimeParser.chineseNumber("九十九")).isEqualTo(99);
        assertThat(BuyingTimeParser.chineseNumber("两")).isEqualTo(2);
        assertThat(BuyingTimeParser.chineseNumber("十十")).isEqualTo(-1);
    }
}
