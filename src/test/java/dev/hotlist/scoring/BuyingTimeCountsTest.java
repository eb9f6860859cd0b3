package dev.hotlist.scoring;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Counts of years, numeral ranges, ISO weeks and parts of a month, seen from 2026-11-24 (a Tuesday; 2026 has 53
 * ISO weeks, 2027 has 52). A range is read at its middle, a month alone at its end, "within N" at its end.
 */
class BuyingTimeCountsTest {
    static final LocalDate AS_OF = BuyingTimeParserTest.AS_OF;

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(delimiter = '|', textBlock = """
            三年后          | 2029-11-24
            3年后           | 2029-11-24
            两年内          | 2028-11-24
            1-2年内         | 2028-05-25
            三年前          | 2023-11-24
            3 years ago     | 2023-11-24
            2027年          | 2027-12-31
            2027年以后      | 2027-12-31
            三五天后        | 2026-11-28
            ５天后          | 2026-11-29
            两个月后        | 2027-01-24
            2026 week 53    | 2027-01-01
            week 53 2026    | 2027-01-01
            2026-W53        | 2027-01-01
            early March     | 2027-03-10
            mid-March       | 2027-03-15
            end of March    | 2027-03-31
            by March        | 2027-03-31
            March           | 2027-03-31
            in March 2027   | 2027-03-31
            """)
    void readsTheDay(String text, LocalDate expected) {
        assertThat(BuyingTimeParser.parse(text, AS_OF)).hasValue(new BuyingTimeParser.Result.OnDate(expected));
    }

    /** No such week, a quarter that does not exist, numerals that are no rising range. */
    @ParameterizedTest
    @ValueSource(strings = {"2027 week 53", "2027-W53", "Q5", "Q0", "五三天后", "三三天后"})
    void readsNothingWhereThereIsNoSuchDay(String text) {
        assertThat(BuyingTimeParser.parse(text, AS_OF)).isEmpty();
    }
}
