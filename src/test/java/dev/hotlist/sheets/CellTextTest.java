package dev.hotlist.sheets;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class CellTextTest {
    @Test
    void cleanTrimsAndDropsControlCharacters() {
        assertThat(CellText.clean("  Ann \u00a0")).isEqualTo("Ann");
        assertThat(CellText.clean("\u3000张三\u3000")).isEqualTo("张三");
        assertThat(CellText.clean("a\u0000b\u0007c\td\ne")).isEqualTo("abc\td\ne");
        String same = "unchanged";
        assertThat(CellText.clean(same)).isSameAs(same);
    }

    @Test
    void cleanCutsTextAtExcelsCellLimit() {
        assertThat(CellText.clean("x".repeat(40_000))).hasSize(CellText.MAX_LENGTH);
        assertThat(CellText.clean("y".repeat(10_000))).hasSize(10_000);
    }

    @Test
    void numbersKeepAllDigitsWithoutExponentOrTrailingZero() {
        assertThat(CellText.plainNumber("13812345678")).isEqualTo("13812345678");
        assertThat(CellText.plainNumber("1.3812345678E10")).isEqualTo("13812345678");
        assertThat(CellText.plainNumber("13812345678.0")).isEqualTo("13812345678");
        assertThat(CellText.plainNumber("4.0")).isEqualTo("4");
        assertThat(CellText.plainNumber("4.50")).isEqualTo("4.5");
        assertThat(CellText.plainNumber("0.30000000000000004")).isEqualTo("0.3");
        assertThat(CellText.plainNumber("-0")).isEqualTo("0");
        assertThat(CellText.plainNumber(1.3812345678E10)).isEqualTo("13812345678");
        assertThat(CellText.plainNumber(0.8)).isEqualTo("0.8");
        assertThat(CellText.plainNumber(100.0)).isEqualTo("100");
    }

    @Test
    void cleanOfNothingIsEmptyAndOnlyTrimsWhatIsSpace() {
        assertThat(CellText.clean(null)).isEmpty();
        assertThat(CellText.clean("\ufeff\u200bAnn\u2003")).isEqualTo("Ann");
        assertThat(CellText.clean(" \t\r\n ")).isEmpty();
        assertThat(CellText.clean("a\u007fb")).isEqualTo("ab");
        assertThat(CellText.clean("é")).isEqualTo("é");
        // a control character inside spaces: dropped, and the spaces around the rest trimmed too
        assertThat(CellText.clean(" a \u0001")).isEqualTo("a");
    }

    @Test
    void aCutNeverEndsInHalfASurrogatePair() {
        String text = "x".repeat(CellText.MAX_LENGTH - 1) + "\ud83d\ude00" + "tail";
        String cut = CellText.clean(text);
        assertThat(cut).hasSize(CellText.MAX_LENGTH - 1);
        assertThat(Character.isHighSurrogate(cut.charAt(cut.length() - 1))).isFalse();
        String withControl = "\u0001" + "y".repeat(CellText.MAX_LENGTH + 5);
        assertThat(CellText.clean(withControl)).hasSize(CellText.MAX_LENGTH).doesNotContain("\u0001");
        assertThat(CellText.clean("z".repeat(CellText.MAX_LENGTH))).hasSize(CellText.MAX_LENGTH);
    }

    @Test
    void plainNumbersAtTheEdgesOfTheShortPath() {
        assertThat(CellText.plainNumber("-12")).isEqualTo("-12");
        assertThat(CellText.plainNumber("-12.50")).isEqualTo("-12.5");
        assertThat(CellText.plainNumber("-0.0")).isEqualTo("0");
        assertThat(CellText.plainNumber("0.000")).isEqualTo("0");
        assertThat(CellText.plainNumber(".5")).isEqualTo(".5");
        assertThat(CellText.plainNumber("1234567890123456")).isEqualTo("1234567890123456");
        assertThat(CellText.plainNumber("12345678901234567")).isEqualTo("12345678901234600");
        assertThat(CellText.plainNumber("1-2")).isEqualTo("1-2");
        assertThat(CellText.plainNumber("0E-10")).isEqualTo("0");
        assertThat(CellText.plainNumber(" 12 ")).isEqualTo("12");
        assertThat(CellText.plainNumber(-3.0)).isEqualTo("-3");
        assertThat(CellText.plainNumber(1e15)).isEqualTo("1000000000000000");
        assertThat(CellText.plainNumber(Double.NaN)).isEqualTo("NaN");
    }

    @Test
    void excelSerialDatesReadInBothDateSystems() {
        assertThat(CellText.excelDate(46350, false)).isEqualTo(java.time.LocalDate.of(2026, 11, 24));
        assertThat(CellText.excelDate(46350 - 1462, true)).isEqualTo(java.time.LocalDate.of(2026, 11, 24));
        assertThat(CellText.excelDate(-1, false)).isNull();
    }

    @Test
    void excelsEscapesOfControlCharactersAreDecoded() {
        assertThat(CellText.decodeEscapes("line_x000D_break")).isEqualTo("line\rbreak");
        assertThat(CellText.decodeEscapes("_x0041__x0042_")).isEqualTo("AB");
        assertThat(CellText.decodeEscapes("no escapes")).isEqualTo("no escapes");
        assertThat(CellText.decodeEscapes("_x00G1_ stays")).isEqualTo("_x00G1_ stays");
        assertThat(CellText.decodeEscapes("cut _x004")).isEqualTo("cut _x004");
        assertThat(CellText.decodeEscapes("_x0041")).isEqualTo("_x0041");
        assertThat(CellText.decodeEscapes("_x0041-")).isEqualTo("_x0041-");
        assertThat(CellText.decodeEscapes("a_y0041_")).isEqualTo("a_y0041_");
    }
}
