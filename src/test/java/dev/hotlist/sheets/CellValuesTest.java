package dev.hotlist.sheets;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** What a cell's text is by its shape alone, at the edges of each rule: the column checks read columns through it. */
class CellValuesTest {
    @Test
    void placeholdersAreListedWordsInAnyCaseAndDashRunsOfAtMostTwelveCharacters() {
        assertThat(CellValues.isPlaceholder("Select")).isTrue();
        assertThat(CellValues.isPlaceholder("N/A")).isTrue();
        assertThat(CellValues.isPlaceholder("#n/a")).isTrue();
        assertThat(CellValues.isPlaceholder("UNKNOWN")).isTrue();
        assertThat(CellValues.isPlaceholder("未填写")).isTrue();
        assertThat(CellValues.isPlaceholder("--请选择--")).isTrue();
        assertThat(CellValues.isPlaceholder("-select-")).isTrue();
        assertThat(CellValues.isPlaceholder("--")).isTrue();
        assertThat(CellValues.isPlaceholder("—")).isTrue();
        assertThat(CellValues.isPlaceholder("___")).isTrue();
        assertThat(CellValues.isPlaceholder("-".repeat(12))).isTrue();
        // the longest listed word, 13 characters, is one too (it was once cut off by the dash runs' limit)
        assertThat(CellValues.isPlaceholder("Please select")).isTrue();
        assertThat(CellValues.isPlaceholder("Select One")).isTrue();
        // turned away by the quick checks of length and first letter, still compared where they pass
        assertThat(CellValues.isPlaceholder("Selected")).isFalse();
        assertThat(CellValues.isPlaceholder("Pleaseselect")).isFalse();
        assertThat(CellValues.isPlaceholder("12345")).isFalse();
        assertThat(CellValues.isPlaceholder("NULL")).isTrue();
        assertThat(CellValues.isPlaceholder("(Blank)")).isTrue();
        assertThat(CellValues.isPlaceholder("请选择")).isTrue();
        // longer than the longest placeholder: text, even a run of dashes
        assertThat(CellValues.isPlaceholder("-".repeat(13))).isFalse();
        assertThat(CellValues.isPlaceholder("")).isFalse();
        assertThat(CellValues.isPlaceholder("-a")).isFalse();
        assertThat(CellValues.isPlaceholder("_x")).isFalse();
        assertThat(CellValues.isPlaceholder("Selects")).isFalse();
        assertThat(CellValues.isPlaceholder("Ann")).isFalse();
        assertThat(CellValues.isPlaceholder("nul")).isFalse();
    }

    @Test
    void flagsAreYesNoWordsOfAtMostNineCharacters() {
        assertThat(CellValues.flag("Yes")).isTrue();
        assertThat(CellValues.flag(" TRUE ")).isTrue();
        assertThat(CellValues.flag("✓")).isTrue();
        assertThat(CellValues.flag("1.0")).isTrue();
        assertThat(CellValues.flag("否")).isFalse();
        assertThat(CellValues.flag("0.0")).isFalse();
        assertThat(CellValues.flag("unchecked")).isFalse();
        assertThat(CellValues.flag("maybe")).isNull();
        // a flag word padded past nine characters is not read as one
        assertThat(CellValues.flag("yes       ")).isNull();
    }

    @Test
    void eachShapeIsToldApart() {
        assertThat(CellValues.shape("No")).isEqualTo(CellValues.Shape.FLAG);
        assertThat(CellValues.shape("ann@acme.com")).isEqualTo(CellValues.Shape.EMAIL);
        assertThat(CellValues.shape("ann@acme.com; bob@bolt.io")).isEqualTo(CellValues.Shape.EMAIL);
        assertThat(CellValues.shape("2026-11-24")).isEqualTo(CellValues.Shape.DATE);
        assertThat(CellValues.shape("+1 415 555 0100")).isEqualTo(CellValues.Shape.PHONE);
        assertThat(CellValues.shape("555-0100, 555-0101")).isEqualTo(CellValues.Shape.PHONE);
        assertThat(CellValues.shape("1,200.50")).isEqualTo(CellValues.Shape.NUMBER);
        assertThat(CellValues.shape("#1001")).isEqualTo(CellValues.Shape.NUMBER);
        assertThat(CellValues.shape("Ann Lee")).isEqualTo(CellValues.Shape.TEXT);
        assertThat(CellValues.shape("张三")).isEqualTo(CellValues.Shape.TEXT);
    }

    @Test
    void aCellOfSeveralAddressesSplitsOnlyWhenEveryPartIsOne() {
        assertThat(CellValues.several("ann@acme.com", true)).isNull();
        assertThat(CellValues.several("ann@acme.com;", true)).isNull();
        assertThat(CellValues.several("ann@acme.com, bob@bolt.io; cy@co.cn", true))
                .containsExactly("ann@acme.com", "bob@bolt.io, cy@co.cn");
        assertThat(CellValues.several("ann@acme.com\nbob@bolt.io", true)).containsExactly("ann@acme.com",
                "bob@bolt.io");
        assertThat(CellValues.several("+34 600 123 456 ::: +34 91 123 4567", false))
                .containsExactly("+34 600 123 456", "+34 91 123 4567");
        assertThat(CellValues.several("555-0100, ext. 12", false)).isNull();
        assertThat(CellValues.several("ann@acme.com, see notes", true)).isNull();
        // numbers are not addresses, nor addresses numbers
        assertThat(CellValues.several("ann@acme.com, bob@bolt.io", false)).isNull();
        assertThat(CellValues.several("555 0100, 555 0101", true)).isNull();
        assertThat(CellValues.first("ann@acme.com, bob@bolt.io", true)).isEqualTo("ann@acme.com");
        assertThat(CellValues.first("555 0100", false)).isEqualTo("555 0100");
    }

    @Test
    void anEmailHasOneAtALocalPartAndADottedDomain() {
        assertThat(CellValues.isEmail("ann.lee@acme.co.uk")).isTrue();
        assertThat(CellValues.isEmail("a@b.co")).isTrue();
        assertThat(CellValues.isEmail("@acme.com")).isFalse();
        assertThat(CellValues.isEmail("ann@bob@acme.com")).isFalse();
        assertThat(CellValues.isEmail("ann@")).isFalse();
        assertThat(CellValues.isEmail("ann@.com")).isFalse();
        assertThat(CellValues.isEmail("ann@acme.")).isFalse();
        assertThat(CellValues.isEmail("ann@acme")).isFalse();
        assertThat(CellValues.isEmail("ann lee@acme.com")).isFalse();
        assertThat(CellValues.isEmail("ann,lee@acme.com")).isFalse();
        assertThat(CellValues.isEmail("ann;lee@acme.com")).isFalse();
        assertThat(CellValues.isEmail("<ann@acme.com")).isFalse();
        assertThat(CellValues.isEmail("ann@acme.com>")).isFalse();
    }

    @Test
    void aPhoneHasSevenToTwentyDigitsAndOnlyAnExtensionForLetters() {
        assertThat(CellValues.isPhone("555 0100")).isTrue();
        assertThat(CellValues.isPhone("555 010")).isFalse();
        assertThat(CellValues.isPhone("1".repeat(20))).isTrue();
        assertThat(CellValues.isPhone("1".repeat(21))).isFalse();
        assertThat(CellValues.isPhone("１３８１２３４５６７８")).isTrue();
        assertThat(CellValues.isPhone("(415) 555-0100 #12")).isTrue();
        assertThat(CellValues.isPhone("\u200e555 0100\u200e")).isTrue();
        assertThat(CellValues.isPhone("555-0100 x12")).isTrue();
        assertThat(CellValues.isPhone("5550100 ext")).isTrue();
        assertThat(CellValues.isPhone("5550100 EXT. 12")).isTrue();
        assertThat(CellValues.isPhone("5550100 abc")).isFalse();
        assertThat(CellValues.isPhone("5550100 exts")).isFalse();
        assertThat(CellValues.isPhone("$555 0100")).isFalse();
        assertThat(CellValues.isPhone("555,0100")).isFalse();
    }

    @Test
    void aDateIsThreeGroupsWithOneSeparatorAndAtMostATimeAfter() {
        assertThat(CellValues.isDate("2026-11-24")).isTrue();
        assertThat(CellValues.isDate("24.11.2026")).isTrue();
        assertThat(CellValues.isDate("11/24/2026")).isTrue();
        assertThat(CellValues.isDate("2026/11/24 10:30")).isTrue();
        assertThat(CellValues.isDate("2026-11-24T10:30")).isTrue();
        assertThat(CellValues.isDate("2026年11月24日")).isTrue();
        assertThat(CellValues.isDate("1-1-26")).isTrue();
        assertThat(CellValues.isDate("1-1-2")).isFalse();
        assertThat(CellValues.isDate("2026-11-24 10:30:00.000000000Z")).isTrue();
        assertThat(CellValues.isDate("2026-11-24 10:30:00.0000000000Z")).isFalse();
        assertThat(CellValues.isDate("二〇二六年11月")).isFalse();
        assertThat(CellValues.isDate("年2026月11日")).isFalse();
        assertThat(CellValues.isDate("2026-11/24")).isFalse();
        assertThat(CellValues.isDate("20261-11-24")).isFalse();
        assertThat(CellValues.isDate("2026-11")).isFalse();
        assertThat(CellValues.isDate("2026-11-")).isFalse();
        assertThat(CellValues.isDate("-11-2026")).isFalse();
        assertThat(CellValues.isDate("2026--11")).isFalse();
        assertThat(CellValues.isDate("2026-11-24x")).isFalse();
        assertThat(CellValues.isDate("2026-11-24-1")).isFalse();
    }

    @Test
    void anAmountIsDigitsWithGroupingSignCurrencyOrPercent() {
        assertThat(CellValues.isNumber("1,200.50")).isTrue();
        assertThat(CellValues.isNumber("-5%")).isTrue();
        assertThat(CellValues.isNumber("¥3000")).isTrue();
        assertThat(CellValues.isNumber("3000元")).isTrue();
        assertThat(CellValues.isNumber("元3000")).isFalse();
        assertThat(CellValues.isNumber("30元0")).isFalse();
        assertThat(CellValues.isNumber("3k")).isFalse();
        assertThat(CellValues.isNumber("--")).isFalse();
    }
}
