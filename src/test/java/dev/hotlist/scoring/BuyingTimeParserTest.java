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

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(delimiter = '|', textBlock = """
            下周三                      | 2026-12-02
            下周一                      | 2026-11-30
            下星期五                    | 2026-12-04
            下个礼拜天                  | 2026-12-06
            下下周                      | 2026-12-11
            下下周三                    | 2026-12-09
            week after next             | 2026-12-11
            下下个月                    | 2027-01-31
            下下月                      | 2027-01-31
            month after next            | 2027-01-31
            明年初                      | 2027-02-28
            明年年初                    | 2027-02-28
            early next year             | 2027-02-28
            明年底                      | 2027-12-31
            mid next year               | 2027-06-30
            early next month            | 2026-12-10
            beginning of next month     | 2026-12-10
            下个月初                    | 2026-12-10
            下月初                      | 2026-12-10
            下月中旬                    | 2026-12-15
            mid next month              | 2026-12-15
            mid-next month              | 2026-12-15
            下月底                      | 2026-12-31
            end of next month           | 2026-12-31
            2027年上半年                | 2027-06-30
            H1 2027                     | 2027-06-30
            明年上半年                  | 2027-06-30
            first half of 2027          | 2027-06-30
            半年                        | 2027-05-24
            半年内                      | 2027-05-24
            not urgent but next month   | 2026-12-31
            no rush, next week          | 2026-12-04
            不急，下个月                 | 2026-12-31
            下个月吧，不着急              | 2026-12-31
            下周看看                    | 2026-12-04
            看看，下周                   | 2026-12-04
            not sure, Friday            | 2026-11-27
            """)
    void fixesWordsThatWereReadWrongly(String text, LocalDate expected) {
        assertThat(BuyingTimeParser.parse(text, AS_OF)).contains(new Result.OnDate(expected));
    }

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(delimiter = '|', textBlock = """
            Q1                          | 2027-03-31
            q4                          | 2026-12-31
            Q3                          | 2027-09-30
            Q1 2027                     | 2027-03-31
            2027 Q2                     | 2027-06-30
            2027Q2                      | 2027-06-30
            Q1/2027                     | 2027-03-31
            not this year               | 2027-12-31
            next yr                     | 2027-12-31
            Q1 2026                     | 2026-03-31
            end of Q1                   | 2027-03-31
            Q1 next year                | 2027-03-31
            first quarter               | 2027-03-31
            一季度                      | 2027-03-31
            第四季度                    | 2026-12-31
            明年二季度                  | 2027-06-30
            2027年第三季度              | 2027-09-30
            H1                          | 2027-06-30
            H2                          | 2026-12-31
            上半年                      | 2027-06-30
            下半年                      | 2026-12-31
            年中                        | 2027-06-30
            年初                        | 2027-02-28
            2028年初                    | 2028-02-29
            2027年底                    | 2027-12-31
            end of year                 | 2026-12-31
            EOY                         | 2026-12-31
            EOQ                         | 2026-12-31
            EOM                         | 2026-11-30
            本月底                      | 2026-11-30
            月底                        | 2026-11-30
            月中                        | 2026-12-15
            月初                        | 2026-12-10
            next wk                     | 2026-12-04
            EOW                         | 2026-11-27
            2027                        | 2027-12-31
            2027年                      | 2027-12-31
            sometime in 2027            | 2027-12-31
            后年                        | 2028-12-31
            """)
    void readsQuartersHalvesAndYears(String text, LocalDate expected) {
        assertThat(BuyingTimeParser.parse(text, AS_OF)).contains(new Result.OnDate(expected));
    }

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(delimiter = '|', textBlock = """
            December                    | 2026-12-31
            Dec                         | 2026-12-31
            Dec 2026                    | 2026-12-31
            December, 2026              | 2026-12-31
            'Jan 15, 2027'              | 2027-01-15
            15 Jan 2027                 | 2027-01-15
            5-Dec-2026                  | 2026-12-05
            5-Dec-26                    | 2026-12-05
            December 5th                | 2026-12-05
            Jan 15                      | 2027-01-15
            January                     | 2027-01-31
            October                     | 2026-10-31
            July                        | 2027-07-31
            May                         | 2027-05-31
            by May                      | 2027-05-31
            early December              | 2026-12-10
            mid Jan                     | 2027-01-15
            end of March                | 2027-03-31
            March next year             | 2027-03-31
            Sept. 2027                  | 2027-09-30
            12月                        | 2026-12-31
            十二月                      | 2026-12-31
            3月份                       | 2027-03-31
            2027年3月                   | 2027-03-31
            明年3月                     | 2027-03-31
            今年12月                    | 2026-12-31
            2026-12                     | 2026-12-31
            2027/01                     | 2027-01-31
            12/2026                     | 2026-12-31
            12月初                      | 2026-12-10
            12月中                      | 2026-12-15
            12月中旬                    | 2026-12-15
            12月底                      | 2026-12-31
            十二月一日                  | 2026-12-01
            明年3月1号                  | 2027-03-01
            12/05/26                    | 2026-12-05
            25/12/26                    | 2026-12-25
            05.12.26                    | 2026-12-05
            12/15                       | 2026-12-15
            by 12/15                    | 2026-12-15
            15/12                       | 2026-12-15
            46350.5                     | 2026-11-24
            46357.75                    | 2026-12-01
            """)
    void readsMonthsAndShortDates(String text, LocalDate expected) {
        assertThat(BuyingTimeParser.parse(text, AS_OF)).contains(new Result.OnDate(expected));
    }

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(delimiter = '|', textBlock = """
            Friday                      | 2026-11-27
            friday                      | 2026-11-27
            Fri                         | 2026-11-27
            this Friday                 | 2026-11-27
            by Friday                   | 2026-11-27
            Tuesday                     | 2026-11-24
            Monday                      | 2026-11-30
            next Monday                 | 2026-11-30
            next Friday                 | 2026-12-04
            Wednesday next week         | 2026-12-02
            last Friday                 | 2026-11-20
            周五                        | 2026-11-27
            星期五                      | 2026-11-27
            礼拜五                      | 2026-11-27
            这周五                      | 2026-11-27
            本周五前                    | 2026-11-27
            这周一                      | 2026-11-23
            周二                        | 2026-11-24
            周一周二                    | 2026-11-30
            周日                        | 2026-11-29
            星期天                      | 2026-11-29
            上周五                      | 2026-11-20
            周末                        | 2026-11-28
            这周末                      | 2026-11-28
            this weekend                | 2026-11-28
            下周末                      | 2026-12-05
            """)
    void readsWeekdays(String text, LocalDate expected) {
        assertThat(BuyingTimeParser.parse(text, AS_OF)).contains(new Result.OnDate(expected));
    }

    /** Ranges read as their middle day (rounded up): "1-3 months" is two months out, not one or three. */
    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(delimiter = '|', textBlock = """
            2 weeks                     | 2026-12-08
            3 months                    | 2027-02-24
            30 days                     | 2026-12-24
            1 year                      | 2027-11-24
            1-3 months                  | 2027-01-24
            1 to 3 months               | 2027-01-24
            0-3 months                  | 2027-01-09
            3-6 months                  | 2027-04-10
            6-12 months                 | 2027-08-24
            12+ months                  | 2027-11-24
            in 2-3 weeks                | 2026-12-12
            within 2 weeks              | 2026-12-08
            next 2 weeks                | 2026-12-08
            1-3个月                     | 2027-01-24
            3到6个月                    | 2027-04-10
            三到六个月                  | 2027-04-10
            一两个月                    | 2027-01-09
            一两周                      | 2026-12-05
            两周内                      | 2026-12-08
            一个月内                    | 2026-12-24
            三个月内                    | 2027-02-24
            3个月                       | 2027-02-24
            几个月后                    | 2027-02-24
            十几天                      | 2026-12-09
            Immediate                   | 2026-11-24
            Immediately                 | 2026-11-24
            right away                  | 2026-11-24
            right now                   | 2026-11-24
            fortnight                   | 2026-12-08
            within a fortnight          | 2026-12-08
            """)
    void readsDurationsAndCrmTimeframes(String text, LocalDate expected) {
        assertThat(BuyingTimeParser.parse(text, AS_OF)).contains(new Result.OnDate(expected));
    }

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(delimiter = '|', textBlock = """
            过两天                      | 2026-11-26
            这两天                      | 2026-11-26
            过几天                      | 2026-11-27
            两三天                      | 2026-11-27
            两三天内                    | 2026-11-27
            很快                        | 2026-12-01
            soon                        | 2026-12-01
            very soon                   | 2026-12-01
            近期                        | 2026-12-08
            最近                        | 2026-12-08
            in the near future          | 2026-12-08
            in a few days               | 2026-11-27
            a couple of days            | 2026-11-26
            in a couple of weeks        | 2026-12-08
            in a few weeks              | 2026-12-15
            couple of months            | 2027-01-24
            过段时间                    | 2026-12-24
            """)
    void readsVagueWords(String text, LocalDate expected) {
        assertThat(BuyingTimeParser.parse(text, AS_OF)).contains(new Result.OnDate(expected));
    }

    /** Past words are past days, so the lead shows overdue or stale instead of "watching TV". */
    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(delimiter = '|', textBlock = """
            yesterday                   | 2026-11-23
            昨天                        | 2026-11-23
            前天                        | 2026-11-22
            last week                   | 2026-11-20
            上周                        | 2026-11-20
            上个星期                    | 2026-11-20
            last month                  | 2026-10-31
            上个月                      | 2026-10-31
            上月                        | 2026-10-31
            last year                   | 2025-12-31
            去年                        | 2025-12-31
            2 days ago                  | 2026-11-22
            a few days ago              | 2026-11-21
            3 weeks ago                 | 2026-11-03
            3天前                       | 2026-11-21
            两周前                      | 2026-11-10
            一个月前                    | 2026-10-24
            """)
    void readsPastWords(String text, LocalDate expected) {
        assertThat(BuyingTimeParser.parse(text, AS_OF)).contains(new Result.OnDate(expected));
    }

    /** 年前 is the day before the next Spring Festival; 年后 the Lantern Festival, 14 days after it. */
    @ParameterizedTest(name = "{0} as of {1} → {2}")
    @CsvSource(delimiter = '|', textBlock = """
            年前                        | 2026-11-24 | 2027-02-05
            过年前                      | 2026-11-24 | 2027-02-05
            春节前                      | 2026-11-24 | 2027-02-05
            before Chinese New Year     | 2026-11-24 | 2027-02-05
            年后                        | 2026-11-24 | 2027-02-20
            春节后                      | 2026-11-24 | 2027-02-20
            节后                        | 2026-11-24 | 2027-02-20
            过完年                      | 2026-11-24 | 2027-02-20
            after CNY                   | 2026-11-24 | 2027-02-20
            年后                        | 2027-02-10 | 2027-02-20
            年前                        | 2027-02-10 | 2028-01-25
            年前                        | 2025-01-10 | 2025-01-28
            年后                        | 2035-01-01 | 2035-02-22
            国庆后                      | 2026-11-24 | 2027-10-08
            """)
    void readsChineseNewYear(String text, LocalDate asOf, LocalDate expected) {
        assertThat(BuyingTimeParser.parse(text, asOf)).contains(new Result.OnDate(expected));
    }

    @Test
    void springFestivalWordsOutsideTheTableAreNotGuessed() {
        assertThat(BuyingTimeParser.parse("年后", LocalDate.of(2035, 3, 1))).isEmpty();
        assertThat(BuyingTimeParser.SPRING_FESTIVALS).hasSize(12).isSorted()
                .allSatisfy(d -> assertThat(d.getMonthValue()).isBetween(1, 2));
    }

    @ParameterizedTest
    @ValueSource(strings = {"not urgent", "No rush", "不急", "不着急", "TBD", "unknown", "待定", "n/a", "-", "无",
        "not in a hurry"})
    void readsSayingThereIsNoDate(String text) {
        assertThat(BuyingTimeParser.parse(text, AS_OF)).contains(new Result.NoDate());
        assertThat(BuyingTimeParser.undated(text)).isEqualTo(BuyingTimeParser.Undated.NO_DATE);
        assertThat(BuyingTimeParser.isJustLooking(text)).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "   ", "blah", "2026-13-45", "31/31/2026", "12345", "99999", "todays special",
        "snowmobile", "Q5", "1Q27", "q12", "we may buy", "maybe", "see notes", "6-3 months", "in 99999 days"})
    void cannotReadTheseAndSaysSo(String text) {
        assertThat(BuyingTimeParser.parse(text, AS_OF)).isEmpty();
        assertThat(BuyingTimeParser.isJustLooking(text)).isFalse();
    }

    /**
     * Counts of five or more digits (never read from their last four), durations and periods past 50 years,
     * quarters 0 and 5+, weeks 0 and 54+: not understood (the reason says so), never "buys today".
     */
    @ParameterizedTest
    @ValueSource(strings = {"10000年后", "10000天后", "20000个月以后", "123456天后", "12345天内", "123456 days",
        "in 10000 days", "in 12345 weeks", "60年后", "五十五年后", "in 51 years", "3000 years", "700个月后", "Q0", "Q5",
        "Q9 2026", "2027 Q0", "Q5 next year", "第5季度 2027", "0季度", "5th quarter", "quarter 7", "第99周", "第54周",
        "第0周", "week 54", "week 60 2027", "CW 99", "2027-W54", "Q1 2099", "2090-01-01", "end of 2095",
        "1900-01-01"})
    void outOfBoundsCountsAndPeriodsAreNotUnderstood(String text) {
        assertThat(BuyingTimeParser.parse(text, AS_OF)).as(text).isEmpty();
        assertThat(BuyingTimeParser.undated(text)).isEqualTo(BuyingTimeParser.Undated.UNREAD);
    }

    /** Just inside the bounds: a duration of up to 50 years, up to four digits; weeks 1–53 of the year. */
    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(delimiter = '|', textBlock = """
            50年后                      | 2076-11-24
            in 50 years                 | 2076-11-24
            in 9999 days                | 2054-04-10
            600个月后                   | 2076-11-24
            54周后                      | 2027-12-07
            3年后                       | 2029-11-24
            第5周                       | 2027-02-05
            第五周                      | 2027-02-05
            第48周                      | 2026-11-27
            第53周                      | 2027-01-01
            week 12                     | 2027-03-26
            week 12 2028                | 2028-03-24
            CW 12 next year             | 2027-03-26
            2027-W05                    | 2027-02-05
            Q4 2027                     | 2027-12-31
            第一季度                    | 2027-03-31
            """)
    void readsBoundedCountsAndNumberedWeeks(String text, LocalDate expected) {
        assertThat(BuyingTimeParser.parse(text, AS_OF)).contains(new Result.OnDate(expected));
    }

    @Test
    void undatedTextsAreBlankJustLookingNoDateOrUnread() {
        assertThat(BuyingTimeParser.undated(null)).isEqualTo(BuyingTimeParser.Undated.BLANK);
        assertThat(BuyingTimeParser.undated(" ")).isEqualTo(BuyingTimeParser.Undated.BLANK);
        assertThat(BuyingTimeParser.undated("随便看看")).isEqualTo(BuyingTimeParser.Undated.JUST_LOOKING);
        assertThat(BuyingTimeParser.undated("no rush")).isEqualTo(BuyingTimeParser.Undated.NO_DATE);
        assertThat(BuyingTimeParser.undated("Q5")).isEqualTo(BuyingTimeParser.Undated.UNREAD);
        // Readable now but stored without a date (read by an older version): still no date, and said so.
        assertThat(BuyingTimeParser.undated("Q1")).isEqualTo(BuyingTimeParser.Undated.UNREAD);
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
