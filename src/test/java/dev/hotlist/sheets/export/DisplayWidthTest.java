package dev.hotlist.sheets.export;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Column widths count a wide character (Unicode East Asian Width "W" or "F": Hangul Jamo, CJK, Hangul syllables,
 * compatibility ideographs, vertical and full-width forms, the supplementary ideographic planes) as two columns:
 * each range checked at both ends and just outside them.
 */
class DisplayWidthTest {
    @ParameterizedTest(name = "U+{0} is {1} wide")
    @CsvSource({
        "10FF, 1", "1100, 2", "115F, 2", "1160, 1",
        "2E7F, 1", "2E80, 2", "4E2D, 2", "A4CF, 2", "A4D0, 1",
        "ABFF, 1", "AC00, 2", "D7A3, 2", "D7A4, 1",
        "F8FF, 1", "F900, 2", "FAFF, 2", "FB00, 1",
        "FE2F, 1", "FE30, 2", "FE4F, 2", "FE50, 1",
        "FEFF, 1", "FF00, 2", "FF60, 2", "FF61, 1",
        "FFDF, 1", "FFE0, 2", "FFE6, 2", "FFE7, 1",
        "1FFFF, 1", "20000, 2", "3FFFD, 2", "3FFFE, 1",
        "0041, 1", "00E9, 1"})
    void aCharacterTakesOneOrTwoColumns(String hex, int width) {
        String one = Character.toString(Integer.parseInt(hex, 16));
        assertThat(XlsxExporter.displayWidth(one)).isEqualTo(width);
        assertThat(XlsxExporter.displayWidth(one.repeat(3))).isEqualTo(3 * width);
    }

    @Test
    void theLongestLineDecides() {
        assertThat(XlsxExporter.displayWidth("")).isZero();
        assertThat(XlsxExporter.displayWidth("abc\nabcdef\nab")).isEqualTo(6);
        assertThat(XlsxExporter.displayWidth("北京恒达\nabcdefg")).isEqualTo(8);
        assertThat(XlsxExporter.displayWidth("ab\n")).isEqualTo(2);
    }
}
