package dev.hotlist.scoring;

import static org.assertj.core.api.Assertions.assertThat;

import dev.hotlist.scoring.BuyingTimeParser.Result;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The edges of the buying-time rules of {@link BuyingTimeParser}'s Javadoc, seen from 2026-11-24 (a Tuesday): the
 * first and last Excel serial, month-and-year in digits, a Chinese year named before a month, half a month or a
 * year back, the short English units, 日 as a count and as a day, counts of zero, ranges that end where they
 * start or lie in the past, the longest time word among many, month-part words after other words.
 */
class BuyingTimeParserBoundariesTest {
    static final LocalDate AS_OF = BuyingTimeParserTest.AS_OF;

    private static Optional<Result> parse(String text) {
        return BuyingTimeParser.parse(text, AS_OF);
    }

    private static Result on(LocalDate day) {
        return new Result.OnDate(day);
    }

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(delimiter = '|', textBlock = """
            月份：12月                   | 2026-12-31
            9/9                          | 2026-09-09
            3/2027                       | 2027-03-31
            need 3 quotes by March       | 2027-03-31
            2028年3月                    | 2028-03-31
            2026年3月1日                 | 2026-03-01
            明年12月                     | 2027-12-31
            去年12月                     | 2025-12-31
            后年3月                      | 2028-03-31
            半个月前                     | 2026-11-09
            半个月后                     | 2026-12-09
            半年前                       | 2026-05-24
            in 2 wks                     | 2026-12-08
            in 2 mos                     | 2027-01-24
            in 3 mths                    | 2027-02-24
            in 2 yrs                     | 2028-11-24
            5日后                        | 2026-11-29
            5日内                        | 2026-11-29
            05天内                       | 2026-11-29
            十五天后                     | 2026-12-09
            二十五天后                   | 2026-12-19
            三年                         | 2029-11-24
            10年                         | 2036-11-24
            3-3 days                     | 2026-11-27
            sometime in May              | 2027-05-31
            plan: early March            | 2027-03-10
            """)
    void readsTheDay(String text, LocalDate expected) {
        assertThat(parse(text)).as(text).contains(on(expected));
    }

    /** A count of nothing is the as-of day, as "in 0 days" is, in digits of any width and in Chinese. */
    @ParameterizedTest
    @ValueSource(strings = {"in 0 days", "0天后", "0天内", "00天内", "0年", "0年内"})
    void aCountOfZeroIsTheAsOfDay(String text) {
        assertThat(parse(text)).as(text).contains(on(AS_OF));
    }

    /** Full-width digits and the full-width tilde of a Chinese range read as ASCII: 2～3个月 is two to three months. */
    @Test
    void aFullWidthTildeMakesARange() {
        // 2027-01-24 to 2027-02-24 is 31 days: the middle, rounded up, is 16 days after the first
        assertThat(parse("2～3个月")).contains(on(LocalDate.of(2027, 2, 9)));
        assertThat(parse("２～３个月")).contains(on(LocalDate.of(2027, 2, 9)));
    }

    /** Ranges of years are read at their middle, rounded up: 两到三年 and "in 40-50 years" (50 is still inside). */
    @Test
    void aRangeOfYearsIsItsMiddle() {
        // 2028-11-24 to 2029-11-24 is 365 days: 183 after the first
        assertThat(parse("两到三年")).contains(on(LocalDate.of(2029, 5, 26)));
        // 2066-11-24 to 2076-11-24 is 3,653 days: 1,827 after the first
        assertThat(parse("in 40-50 years")).contains(on(LocalDate.of(2071, 11, 25)));
        assertThat(parse("in 40-51 years")).isEmpty();
    }

    /** A range that falls ("6-3 months" is unread) is unread when it falls to 0 too. */
    @ParameterizedTest
    @ValueSource(strings = {"3-0 days", "3到0天", "in 2-0 weeks"})
    void aRangeFallingToZeroIsUnread(String text) {
        assertThat(parse(text)).as(text).isEmpty();
    }

    /** A range in the past lies among its own days, never after the as-of day. */
    @ParameterizedTest
    @ValueSource(strings = {"2-3 days ago", "2到3天前"})
    void aPastRangeLiesAmongItsDays(String text) {
        assertThat(parse(text)).as(text).get().isInstanceOfSatisfying(Result.OnDate.class, on ->
                assertThat(on.date()).isBetween(AS_OF.minusDays(3), AS_OF.minusDays(2)));
    }

    /** An Excel serial counts days from 1899-12-30, from 20000 to 80000 and no further either way. */
    @Test
    void excelSerialsAtBothEndsOfTheirRange() {
        LocalDate in1955 = LocalDate.of(1955, 1, 1);
        LocalDate in2100 = LocalDate.of(2100, 1, 1);
        assertThat(BuyingTimeParser.parse("20000", in1955)).contains(on(LocalDate.of(1954, 10, 3)));
        assertThat(BuyingTimeParser.parse("80000", in2100)).contains(on(LocalDate.of(2119, 1, 11)));
        assertThat(BuyingTimeParser.parse("19999", in1955)).isEmpty();
        assertThat(BuyingTimeParser.parse("80001", in2100)).isEmpty();
    }

    /**
     * Shaped like a date or a count whose numbers make none (a day 0, a month 13, a count of five digits, a month
     * 13 in Chinese): not understood, whatever else the text says.
     */
    @ParameterizedTest
    @ValueSource(strings = {"Jan 0", "13/2027", "13月，下周", "in 99999 days, or next week", "季度：5季度，2027年"})
    void impossibleNumbersMakeTheWholeTextUnread(String text) {
        assertThat(parse(text)).as(text).isEmpty();
    }

    /** 5日 is a day of a month (no month given: unread) and 5日前 "before the 5th", never five days ago. */
    @Test
    void riBeforeNoSuffixOrBeforeQianIsADayNotACount() {
        assertThat(parse("5日")).isEmpty();
        assertThat(parse("5日前")).isNotEqualTo(Optional.of(on(AS_OF.minusDays(5))));
    }

    /** 几十天 ("some tens of days") is no count the parser reads: the rest of the text still is. */
    @Test
    void aVagueChineseCountLeavesTheRestToBeRead() {
        assertThat(parse("几十天后或者下周")).contains(on(LocalDate.of(2026, 12, 4)));
    }

    /** A year named before 年以后 is a year, not a count of years: the rest of the text is still read. */
    @ParameterizedTest
    @ValueSource(strings = {"自1998年以后一直合作，下个月续约", "2027年以后，下个月", "2150年以后，下个月"})
    void aYearBeforeYiHouIsNoCount(String text) {
        assertThat(parse(text)).as(text).contains(on(LocalDate.of(2026, 12, 31)));
    }

    /** Among time words the longest wins, ties to the earliest: years the same as days. */
    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(delimiter = '|', textBlock = """
            this year or next year           | 2026-12-31
            next year or this year           | 2027-12-31
            next yr or the year after next   | 2028-12-31
            the year after next or next yr   | 2028-12-31
            Friday, or next week             | 2026-12-04
            next week, or Friday             | 2026-12-04
            """)
    void theLongestTimeWordWins(String text, LocalDate expected) {
        assertThat(parse(text)).as(text).contains(on(expected));
    }

    /**
     * However many time words a text holds (up to a dozen, beside a number), the longest still wins: the day after
     * tomorrow, whichever shorter words come first.
     */
    @Test
    void theLongestOfManyTimeWordsWins() {
        List<String> shorter = List.of("today", "friday", "monday", "tuesday", "wednesday", "thursday", "next week",
                "next month", "this weekend", "saturday", "sunday");
        for (int n = 0; n <= shorter.size(); n++) {
            List<String> words = new ArrayList<>(shorter.subList(0, n));
            words.add("the day after tomorrow");
            String text = "option 1: " + String.join(", ", words);
            assertThat(parse(text)).as(text).contains(on(AS_OF.plusDays(2)));
        }
    }

    /** "Early" and "mid" a month with a year written after it: the 10th and the 15th of that month (Javadoc). */
    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(delimiter = '|', textBlock = """
            early December 2027          | 2027-12-10
            mid-March 2027               | 2027-03-15
            beginning of March 2028      | 2028-03-10
            end of March 2027            | 2027-03-31
            """)
    void aMonthPartBeforeAMonthAndYear(String text, LocalDate expected) {
        assertThat(parse(text)).as(text).contains(on(expected));
    }
}
