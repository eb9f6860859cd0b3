package dev.hotlist.scoring.learning;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The small parts a fit stands on: reading cells, putting them in bins, the leakage rule and the AUC. */
class ColumnsAndAucTest {
    @Test
    void placeholdersAreBlankAndSpellingsOfOneValueAreOne() {
        for (String blank : List.of("", "  ", "Select", "--", "N/A", "null", "未填写", "请选择")) {
            assertThat(CellValues.key(blank)).as(blank).isEmpty();
        }
        assertThat(CellValues.key("  Interested  in full\ttime MBA ")).isEqualTo("interested in full time mba");
        assertThat(CellValues.key("Trade Show")).isEqualTo(CellValues.key("trade show"));
    }

    @Test
    void numbersAreReadWithTheirSeparatorsAndSigns() {
        assertThat(CellValues.number("1,200")).isEqualTo(1200);
        assertThat(CellValues.number("¥50,000")).isEqualTo(50000);
        assertThat(CellValues.number("35%")).isEqualTo(35);
        assertThat(CellValues.number("2.67")).isEqualTo(2.67);
        assertThat(CellValues.number("02.Medium")).isNaN();
        assertThat(CellValues.number("n/a")).isNaN();
    }

    @Test
    void anEncoderPutsEachCellInItsBin() {
        ColumnEncoder numeric = new ColumnEncoder(LeadColumn.extra("Visits"), List.of(
                Bin.range(Double.NEGATIVE_INFINITY, 3), Bin.range(3, 10), Bin.range(10, Double.POSITIVE_INFINITY),
                Bin.blank(), Bin.other()));
        assertThat(numeric.binOf("0")).isZero();
        assertThat(numeric.binOf("3")).isEqualTo(1);
        assertThat(numeric.binOf("9.99")).isEqualTo(1);
        assertThat(numeric.binOf("1,000")).isEqualTo(2);
        assertThat(numeric.binOf("")).isEqualTo(3);
        assertThat(numeric.binOf("Select")).isEqualTo(3);
        assertThat(numeric.binOf("lots")).isEqualTo(4);
        ColumnEncoder values = new ColumnEncoder(LeadColumn.extra("Channel"), List.of(
                Bin.value("trade show", "Trade show"), Bin.value("website", "Website")));
        assertThat(values.binOf("TRADE  SHOW")).isZero();
        assertThat(values.binOf("Fax")).as("no 'other' bin: an unknown value counts as the average lead")
                .isEqualTo(ColumnEncoder.NO_BIN);
        assertThat(values.binOf("")).isEqualTo(ColumnEncoder.NO_BIN);
    }

    @Test
    void theLeakageRuleNeedsAnAlmostPerfectSplitThatClosingPutsOnALead() {
        List<Bin> bins = List.of(Bin.value("closed", "Closed by Ann"), Bin.value("lost", "Lost to Rival"),
                Bin.value("busy", "Busy"), Bin.blank());
        LeadColumn tag = LeadColumn.extra("Tag");
        int[] seen = {300, 500, 50, 150};
        int[] won = {299, 5, 25, 60};
        assertThat(LeakageGuard.check(tag, bins, seen, won, new int[] {0, 0, 40, 300}, 340))
                .as("absent from open leads").isPresent();
        assertThat(LeakageGuard.check(tag, bins, seen, won, new int[] {100, 170, 20, 50}, 340))
                .as("as common on open leads: an early sign, not the outcome").isEmpty();
        assertThat(LeakageGuard.check(tag, bins, seen, won, new int[4], 0)).as("no open lead, most leads decided")
                .isPresent();
        int[] halfTelling = {300, 500, 800, 150};
        int[] halfWon = {299, 5, 400, 60};
        assertThat(LeakageGuard.check(tag, bins, halfTelling, halfWon, new int[4], 0))
                .as("telling values hold only half the tagged leads").isEmpty();
    }

    @Test
    void aucIsTheChanceAWonLeadScoresAboveALostOne() {
        boolean[] won = {true, true, false, false};
        assertThat(Auc.of(new double[] {4, 3, 2, 1}, won)).isEqualTo(1.0);
        assertThat(Auc.of(new double[] {1, 2, 3, 4}, won)).isEqualTo(0.0);
        assertThat(Auc.of(new double[] {5, 5, 5, 5}, won)).isEqualTo(0.5);
        assertThat(Auc.of(new double[] {4, 2, 3, 1}, won)).isEqualTo(0.75);
        assertThat(Auc.of(new double[] {1, 2}, new boolean[] {true, true})).isNaN();
        assertThat(Auc.standardError(0.5, 40, 40)).isCloseTo(0.0645, within(0.002));
        assertThat(Auc.standardError(0.9, 4000, 4000)).isLessThan(Auc.standardError(0.9, 40, 40));
    }
}
