package dev.hotlist.scoring.learning;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The leakage rule at each of its documented thresholds (the class comment of {@link LeakageGuard}): a value tells at
 * 10 closed leads and 95% won or 5% won; a column is the outcome when its telling values hold 80% of its non-blank
 * closed leads and, with open leads, the values absent from them (open share at most a quarter of the closed share)
 * hold 5% of the closed leads, or, with no open lead, the telling values hold 30% of them. Blank is never a telling
 * value.
 */
class LeakageGuardContractTest {
    private static final LeadColumn TAG = LeadColumn.extra("Tag");
    private static final Bin CLOSED = Bin.value("closed by ann", "Closed by Ann");
    private static final Bin LOST = Bin.value("lost to rival", "Lost to Rival");
    private static final Bin BUSY = Bin.value("busy", "Busy");

    @Test
    void aValueTellsFromTenClosedLeadsAndNinetyFivePercentEitherWay() {
        assertThat(LeakageGuard.tells(10, 10)).as("10 leads, all won").isTrue();
        assertThat(LeakageGuard.tells(10, 0)).as("10 leads, all lost").isTrue();
        assertThat(LeakageGuard.tells(9, 9)).as("9 leads are too few").isFalse();
        assertThat(LeakageGuard.tells(9, 0)).isFalse();
        assertThat(LeakageGuard.tells(100, 95)).as("95% won").isTrue();
        assertThat(LeakageGuard.tells(100, 94)).as("94% won").isFalse();
        assertThat(LeakageGuard.tells(100, 5)).as("5% won").isTrue();
        assertThat(LeakageGuard.tells(100, 6)).as("6% won").isFalse();
        assertThat(LeakageGuard.tells(100, 50)).isFalse();
    }

    @Test
    void withNoOpenLeadTheTellingValuesMustHoldThirtyPercentOfTheClosedLeads() {
        List<Bin> bins = List.of(CLOSED, Bin.blank());
        // 30 of 100 closed leads hold a value that always won; the other 70 are blank
        assertThat(LeakageGuard.check(TAG, bins, new int[] {30, 70}, new int[] {30, 35}, new int[2], 0))
                .as("exactly 30%").isPresent();
        assertThat(LeakageGuard.check(TAG, bins, new int[] {29, 71}, new int[] {29, 35}, new int[2], 0))
                .as("29%").isEmpty();
    }

    @Test
    void theTellingValuesMustHoldEightyPercentOfTheNonBlankLeads() {
        List<Bin> bins = List.of(CLOSED, BUSY);
        assertThat(LeakageGuard.check(TAG, bins, new int[] {80, 20}, new int[] {80, 10}, new int[2], 0))
                .as("80% split perfectly").isPresent();
        assertThat(LeakageGuard.check(TAG, bins, new int[] {79, 21}, new int[] {79, 10}, new int[2], 0))
                .as("79%").isEmpty();
    }

    @Test
    void blankIsNeverATellingValueNorCountedAsNonBlank() {
        // the blank leads all lost: were blank a value, 500 of 500 leads would tell
        List<Bin> bins = List.of(CLOSED, Bin.blank());
        assertThat(LeakageGuard.check(TAG, bins, new int[] {100, 400}, new int[] {100, 0}, new int[2], 0))
                .as("the one telling value holds 100 of 500 closed leads, under 30%").isEmpty();
        // a column where every closed lead is blank says nothing
        assertThat(LeakageGuard.check(TAG, List.of(Bin.blank()), new int[] {200}, new int[] {0}, new int[1], 0))
                .isEmpty();
        // a blank bin that tells names no example: the examples are the values that gave it away
        var exclusion = LeakageGuard.check(TAG, List.of(CLOSED, LOST, Bin.blank()), new int[] {200, 200, 600},
                new int[] {200, 0, 0}, new int[3], 0);
        assertThat(exclusion).isPresent();
        assertThat(exclusion.get().examples()).extracting(Exclusion.Example::value)
                .containsExactly("Closed by Ann", "Lost to Rival");
    }

    @Test
    void withOpenLeadsAValueIsClosedOnlyAtAQuarterOfItsClosedShareOrLess() {
        List<Bin> bins = List.of(CLOSED, BUSY);
        int[] seen = {100, 0};
        int[] won = {100, 0};
        // its share of the closed leads is 100%; of the open leads, 25 of 100 is exactly a quarter of that
        assertThat(LeakageGuard.check(TAG, bins, seen, won, new int[] {25, 75}, 100)).as("a quarter").isPresent();
        assertThat(LeakageGuard.check(TAG, bins, seen, won, new int[] {26, 74}, 100)).as("more than a quarter")
                .isEmpty();
    }

    @Test
    void withOpenLeadsTheClosedOnlyValuesMustHoldFivePercentOfTheClosedLeads() {
        // "Closed by Ann" is on no open lead; "Busy" tells as well (all lost) but is as common on open leads
        List<Bin> bins = List.of(CLOSED, BUSY, Bin.blank());
        int[] open = {0, 500, 500};
        assertThat(LeakageGuard.check(TAG, bins, new int[] {10, 190, 0}, new int[] {10, 0, 0}, open, 1000))
                .as("10 of 200 closed leads: 5%").isPresent();
        assertThat(LeakageGuard.check(TAG, bins, new int[] {10, 191, 0}, new int[] {10, 0, 0}, open, 1000))
                .as("10 of 201: under 5%").isEmpty();
        // the closed total counts blank closed leads too
        assertThat(LeakageGuard.check(TAG, bins, new int[] {10, 190, 1}, new int[] {10, 0, 0}, open, 1000))
                .as("10 of 201 with one blank").isEmpty();
    }

    @Test
    void theExamplesAreTheCommonestValueThatWonAndTheCommonestThatLost() {
        Bin bigWon = Bin.value("signed", "Signed");
        Bin bigLost = Bin.value("gone", "Gone quiet");
        List<Bin> bins = List.of(CLOSED, bigWon, LOST, bigLost, BUSY);
        int[] seen = {40, 300, 50, 200, 12};
        int[] won = {40, 299, 0, 1, 6};
        var exclusion = LeakageGuard.check(TAG, bins, seen, won, new int[5], 0);
        assertThat(exclusion).isPresent();
        assertThat(exclusion.get().column()).isEqualTo(TAG);
        assertThat(exclusion.get().why()).isEqualTo(Exclusion.Why.OUTCOME);
        assertThat(exclusion.get().examples()).containsExactly(new Exclusion.Example("Signed", 299, 300),
                new Exclusion.Example("Gone quiet", 1, 200));
        // the same values in the other order: still the commonest of each
        List<Bin> reversed = List.of(BUSY, bigLost, LOST, bigWon, CLOSED);
        var again = LeakageGuard.check(TAG, reversed, new int[] {12, 200, 50, 300, 40}, new int[] {6, 1, 0, 299, 40},
                new int[5], 0);
        assertThat(again.get().examples()).containsExactly(new Exclusion.Example("Signed", 299, 300),
                new Exclusion.Example("Gone quiet", 1, 200));
        // only won values: one example
        var onlyWon = LeakageGuard.check(TAG, List.of(CLOSED), new int[] {40}, new int[] {40}, new int[1], 0);
        assertThat(onlyWon.get().examples()).containsExactly(new Exclusion.Example("Closed by Ann", 40, 40));
        var onlyLost = LeakageGuard.check(TAG, List.of(LOST), new int[] {40}, new int[] {0}, new int[1], 0);
        assertThat(onlyLost.get().examples()).containsExactly(new Exclusion.Example("Lost to Rival", 0, 40));
    }
}
