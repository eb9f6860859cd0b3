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
}
