package dev.hotlist.scoring.learning;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** How a cell of a numeric column reads as a number: separators and currency signs around it, anything else not. */
class CellNumbersTest {
    @ParameterizedTest(name = "\"{0}\" reads {1}")
    @CsvSource(delimiter = '|', value = {
        "1,200|1200", "¥50,000|50000", "35%|35", "2.5|2.5", " 7 |7", "1 000|1000", "$6|6", "€3|3", "£4|4", "￥5|5",
        "-3|-3", "+7|7", "1e3|1000", "1E3|1000", "0|0", "9|9", ".5|0.5"})
    void aNumberWithItsSeparatorsAndSignsReads(String cell, double value) {
        assertThat(CellValues.number(cell)).isEqualTo(value);
    }

    @ParameterizedTest(name = "\"{0}\" is not a number")
    @CsvSource(delimiter = '|', value = {"abc", "12 kg", "%", "$", ",", "1e999", "1.2.3", "--", "3/4", "/", ":", "x9"})
    void anythingElseIsNotANumber(String cell) {
        assertThat(CellValues.number(cell)).isNaN();
    }
}
