package dev.hotlist.sheets;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;


class CsvFormulaGuardTest {
    @ParameterizedTest
    @org.junit.jupiter.params.provider.CsvSource(delimiter = '|', quoteCharacter = '"', value = {
        "'+44 20 7946 0958|+44 20 7946 0958",
        "'=SUM(A1)|=SUM(A1)",
        "'-2+3|-2+3",
        "'@cmd|@cmd",
        "'quoted text|'quoted text",
        "O'Brien|O'Brien",
        "'|'",
        "plain|plain"})
    void theExportGuardQuoteIsDroppedOnlyBeforeAFormulaCharacter(String cell, String expected) {
        assertThat(dev.hotlist.sheets.CsvSource.unescapeFormulaGuard(cell)).isEqualTo(expected);
    }
}
