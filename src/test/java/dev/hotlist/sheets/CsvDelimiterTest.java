package dev.hotlist.sheets;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * The delimiter of a CSV: Excel's "sep=" hint when the first line is only that; else the candidate whose count per
 * line is the most consistent, then the higher count; a delimiter inside quotes is text, not a delimiter.
 */
class CsvDelimiterTest {
    @Test
    void excelsHintIsAFirstLineOfSepAndOneCharacterWhateverTheLineEnd() {
        assertThat(CsvSource.detectDelimiter("sep=;")).isEqualTo(';');
        assertThat(CsvSource.detectDelimiter("sep=|\nName|Phone\nAnn|555 0100\n")).isEqualTo('|');
        assertThat(CsvSource.detectDelimiter("sep=;\r\nName,Phone,Email\r\nAnn,1,a@b.co\r\n")).isEqualTo(';');
        assertThat(CsvSource.detectDelimiter("SEP=;\rName;Phone\r")).isEqualTo(';');
    }

    @Test
    void aFirstLineThatOnlyBeginsWithSepIsAHeaderNotTheHint() {
        // "Sep=Oct" is a header cell; the commas are what the lines share
        assertThat(CsvSource.detectDelimiter("Sep=Oct,Name,Phone\n1,Ann,555\n2,Bob,556\n")).isEqualTo(',');
        assertThat(CsvSource.detectDelimiter("sep=;x,y,z\n1,2,3\n")).isEqualTo(',');
        assertThat(CsvSource.detectDelimiter("sep=")).isEqualTo(',');
    }

    @Test
    void atEqualConsistencyTheDelimiterWithMoreFieldsPerLineWins() {
        // one comma on every line (in the notes), two semicolons on every line: three columns of semicolons
        String sample = "Name;Phone;Notes, remarks\nAnn;555 0100;call, then mail\nBob;555 0101;no, later\n";
        assertThat(CsvSource.detectDelimiter(sample)).isEqualTo(';');
        // and the other way round
        assertThat(CsvSource.detectDelimiter("Name,Phone,Notes\nAnn,555,a;b\nBob,556,c;d\n")).isEqualTo(',');
    }

    @Test
    void theLinesSharingOneCountDecideNotTheMostDelimitersInAll() {
        // tabs: two per line on every line; commas: many, but a different count on each line
        String sample = "Name\tPhone\tNotes\nAnn\t555\ta, b, c, d\nBob\t556\te, f\nCy\t557\tg, h, i\n";
        assertThat(CsvSource.detectDelimiter(sample)).isEqualTo('\t');
    }

    @Test
    void delimitersInsideQuotesAreText() {
        String sample = "Name;Notes\nAnn;\"a, b, c\"\nBob;\"d, e, f\"\nCy;\"g, h, i\"\n";
        assertThat(CsvSource.detectDelimiter(sample)).isEqualTo(';');
    }

    @Test
    void withNoCandidateOnAnyLineTheDelimiterIsTheComma() {
        assertThat(CsvSource.detectDelimiter("Name\nAnn\nBob\n")).isEqualTo(',');
        assertThat(CsvSource.detectDelimiter("")).isEqualTo(',');
    }

    @Test
    void excelsTextFormulaForLongNumbersReadsBackAsTheText() {
        // ="0571-8888": how Excel and order exports keep a number as text in a CSV
        assertThat(CsvSource.unescapeFormulaGuard("=\"0571-8888\"")).isEqualTo("0571-8888");
        assertThat(CsvSource.unescapeFormulaGuard("=\"\"")).isEmpty();
        // a quote inside is a real formula's text, kept as written
        assertThat(CsvSource.unescapeFormulaGuard("=\"a\"&\"b\"")).isEqualTo("=\"a\"&\"b\"");
        assertThat(CsvSource.unescapeFormulaGuard("=\"0571")).isEqualTo("=\"0571");
        assertThat(CsvSource.unescapeFormulaGuard("=\"")).isEqualTo("=\"");
        // the apostrophe before a long number, also at the shortest
        assertThat(CsvSource.unescapeFormulaGuard("'13512345678")).isEqualTo("13512345678");
        assertThat(CsvSource.unescapeFormulaGuard("'7")).isEqualTo("7");
        assertThat(CsvSource.unescapeFormulaGuard("'a")).isEqualTo("'a");
    }
}
