package dev.hotlist.sheets;

import static org.assertj.core.api.Assertions.assertThat;

import dev.hotlist.domain.LeadField;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Values decide: each field's check of a column's sample, at the shares where it turns from accepted to rejected. */
class ColumnChecksTest {
    private static List<String> of(String value, int times, String... rest) {
        List<String> values = new ArrayList<>(Collections.nCopies(times, value));
        values.addAll(List.of(rest));
        return values;
    }

    private static ColumnChecks.Verdict check(LeadField field, List<String> values) {
        return ColumnChecks.check(field, values);
    }

    @Test
    void anEmptySampleAndFieldsWithoutARuleAreAccepted() {
        assertThat(check(LeadField.EMAIL, List.of())).isNull();
        assertThat(check(LeadField.NOTES, List.of("Yes", "No"))).isNull();
    }

    @Test
    void anEmailOrPhoneColumnNeedsOneValueInFiveToBeOne() {
        assertThat(check(LeadField.EMAIL, of("无", 4, "ann@acme.com"))).isNull();
        ColumnChecks.Verdict tooFew = check(LeadField.EMAIL, of("无", 5, "ann@acme.com"));
        assertThat(tooFew.reasonKey()).isEqualTo("mapping.holds");
        assertThat(tooFew.heldShape()).isEqualTo(CellValues.Shape.FLAG);
        assertThat(tooFew.heldValues()).isEqualTo("无");
        assertThat(check(LeadField.PHONE, of("n/a please", 4, "555 0100"))).isNull();
        ColumnChecks.Verdict noPhone = check(LeadField.PHONE, of("see notes", 5, "555 0100"));
        assertThat(noPhone.heldShape()).isEqualTo(CellValues.Shape.TEXT);
        assertThat(noPhone.heldValues()).isNull();
    }

    @Test
    void aNameOrCompanyColumnIsRejectedOnlyWhenMostValuesAreNoWords() {
        assertThat(check(LeadField.NAME, of("Yes", 1, "No", "Ann", "Bob"))).isNull();
        assertThat(check(LeadField.COMPANY, of("Yes", 2, "Ann", "Bob"))).isNull();
        ColumnChecks.Verdict flags = check(LeadField.NAME, of("Yes", 2, "No", "Ann"));
        assertThat(flags.heldShape()).isEqualTo(CellValues.Shape.FLAG);
        assertThat(flags.heldValues()).isEqualTo("Yes/No");
        assertThat(check(LeadField.FIRST_NAME, of("2026-11-24", 3)).heldShape()).isEqualTo(CellValues.Shape.DATE);
        assertThat(check(LeadField.LAST_NAME, of("ann@acme.com", 3)).heldShape()).isEqualTo(CellValues.Shape.EMAIL);
        assertThat(check(LeadField.COMPANY, of("Acme", 3))).isNull();
    }

    @Test
    void anOwnerMayBeAnAddressButNotAFlag() {
        assertThat(check(LeadField.OWNER, of("tom@ourco.com", 3))).isNull();
        assertThat(check(LeadField.OWNER, of("Tom", 3))).isNull();
        assertThat(check(LeadField.OWNER, of("Yes", 3)).heldShape()).isEqualTo(CellValues.Shape.FLAG);
        assertThat(check(LeadField.OWNER, of("Yes", 2, "Tom", "Ann"))).isNull();
    }

    @Test
    void aNeedColumnIsRejectedWhenMostValuesAreDatesAddressesOrPhones() {
        assertThat(check(LeadField.NEED, of("2026-11-24", 3, "hot")).heldShape()).isEqualTo(CellValues.Shape.DATE);
        assertThat(check(LeadField.NEED, of("ann@acme.com", 2, "hot")).heldShape())
                .isEqualTo(CellValues.Shape.EMAIL);
        assertThat(check(LeadField.NEED, of("+1 415 555 0100", 2, "hot")).heldShape())
                .isEqualTo(CellValues.Shape.PHONE);
        assertThat(check(LeadField.NEED, of("2026-11-24", 2, "hot", "warm"))).isNull();
        assertThat(check(LeadField.NEED, of("8", 3))).isNull();
        assertThat(check(LeadField.NEED, of("Yes", 3))).isNull();
    }

    @Test
    void aBuyingTimeOrSegmentColumnIsRejectedWhenMostValuesAreFlagsOrAddresses() {
        ColumnChecks.Verdict flags = check(LeadField.BUYING_TIME, of("true", 2, "false"));
        assertThat(flags.heldShape()).isEqualTo(CellValues.Shape.FLAG);
        assertThat(flags.heldValues()).isEqualTo("true/false");
        assertThat(check(LeadField.SEGMENT, of("ann@acme.com", 3)).heldShape()).isEqualTo(CellValues.Shape.EMAIL);
        assertThat(check(LeadField.BUYING_TIME, of("true", 2, "next week", "Q3"))).isNull();
        assertThat(check(LeadField.BUYING_TIME, of("2026-11-24", 3))).isNull();
        assertThat(check(LeadField.BUDGET, of("5000", 3))).isNull();
    }

    @Test
    void aRecordIdColumnHoldsNinetyPercentDistinctValuesOnceItHasFive() {
        assertThat(check(LeadField.EXTERNAL_ID, List.of("1", "2", "3", "4", "5"))).isNull();
        ColumnChecks.Verdict repeats = check(LeadField.EXTERNAL_ID, List.of("1", "2", "3", "4", "4"));
        assertThat(repeats.reasonKey()).isEqualTo("mapping.repeats");
        assertThat(repeats.distinct()).isEqualTo(4);
        assertThat(repeats.sampled()).isEqualTo(5);
        assertThat(check(LeadField.EXTERNAL_ID, List.of("a", "a", "a", "a"))).isNull();
        assertThat(check(LeadField.EXTERNAL_ID, List.of("1", "2", "3", "4", "5", "6", "7", "8", "9", "9"))).isNull();
        assertThat(check(LeadField.EXTERNAL_ID, List.of("1", "2", "3", "4", "5", "6", "7", "8", "8", "8"))
                .distinct()).isEqualTo(8);
        ColumnChecks.Verdict dates = check(LeadField.EXTERNAL_ID, List.of("2026-11-24", "2026-11-25", "A1"));
        assertThat(dates.reasonKey()).isEqualTo("mapping.holds");
        assertThat(dates.heldShape()).isEqualTo(CellValues.Shape.DATE);
        assertThat(check(LeadField.EXTERNAL_ID, List.of("Yes", "No", "Y")).heldShape())
                .isEqualTo(CellValues.Shape.FLAG);
        assertThat(check(LeadField.EXTERNAL_ID, List.of("a@b.co", "c@d.co", "1")).heldShape())
                .isEqualTo(CellValues.Shape.EMAIL);
        // flags that are not most of the column: judged by distinctness instead
        assertThat(check(LeadField.EXTERNAL_ID, List.of("Yes", "No", "A1", "A2"))).isNull();
    }

    @Test
    void anOutcomeColumnHoldsAWonOrLostWordOrFlagsOfBothSides() {
        assertThat(check(LeadField.OUTCOME, List.of("Closed Won", "Open"))).isNull();
        assertThat(check(LeadField.OUTCOME, List.of("1", "0"))).isNull();
        ColumnChecks.Verdict onlyNo = check(LeadField.OUTCOME, List.of("0", "No", "0"));
        assertThat(onlyNo.reasonKey()).isEqualTo("mapping.noOutcome");
        assertThat(onlyNo.sampled()).isEqualTo(3);
        assertThat(check(LeadField.OUTCOME, List.of("1", "Yes")).reasonKey()).isEqualTo("mapping.noOutcome");
    }

    @Test
    void aDoNotCallColumnIsFlagsInEightValuesOfTen() {
        assertThat(check(LeadField.DO_NOT_CALL, of("Yes", 8, "maybe", "ask"))).isNull();
        ColumnChecks.Verdict notFlags = check(LeadField.DO_NOT_CALL, of("Yes", 7, "maybe", "ask", "later"));
        assertThat(notFlags.reasonKey()).isEqualTo("mapping.holds");
        assertThat(notFlags.heldShape()).isEqualTo(CellValues.Shape.FLAG);
    }

    @Test
    void theShapeReportedIsTheFirstOfTheMostCommonAndFourFlagWordsAtMost() {
        ColumnChecks.Verdict tie = check(LeadField.EMAIL, List.of("2026-11-24", "Yes", "2026-11-25", "No"));
        assertThat(tie.heldShape()).isEqualTo(CellValues.Shape.FLAG);
        ColumnChecks.Verdict words = check(LeadField.EMAIL, List.of("Yes", "No", "Y", "N", "true", "false"));
        assertThat(words.heldValues()).isEqualTo("Yes/No/Y/N");
    }
}
