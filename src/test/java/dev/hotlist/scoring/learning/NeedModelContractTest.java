package dev.hotlist.scoring.learning;

import static org.assertj.core.api.Assertions.assertThat;

import dev.hotlist.domain.Lead;
import dev.hotlist.domain.Reason;
import dev.hotlist.scoring.NeedAssessment;
import dev.hotlist.scoring.NeedScorer;
import dev.hotlist.scoring.ReasonKeys;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/**
 * The learned need as {@link NeedModel}'s class comment states it: a value's points are the scale times its weight
 * less its column's average weight over the training leads; a lead's need is 50 plus its values' points, kept in
 * 0–100, with one reason per column that moved it, strongest first, and the cap last; {@code scores} gives the
 * same numbers as {@code assess}. Also the cells a fit reads.
 */
class NeedModelContractTest {
    private static final LeadColumn NEED = LeadColumn.of(LeadColumn.Field.NEED);
    private static final LeadColumn CHANNEL = LeadColumn.extra("Channel");
    private static final LeadColumn REGION = LeadColumn.of(LeadColumn.Field.REGION);

    private static Factor factor(LeadColumn column, String value, int points) {
        return new Factor(column, Bin.value(value.toLowerCase(), value), 0, 0, 10, points);
    }

    private static Lead lead(long id, String need, String channel) {
        return Lead.builder().id(id).needStated(need).putExtra("Channel", channel).putExtra("Notes", "n").build();
    }

    @Test
    void aValuesPointsAreTheScaleTimesItsWeightAgainstItsColumnsAverage() {
        // Channel: fair weighs 1.0 on 30 leads, web −1.0 on 10: the average weight is 0.5
        List<Factor> fitted = List.of(new Factor(CHANNEL, Bin.value("fair", "Fair"), 1.0, 20, 30, 0),
                new Factor(CHANNEL, Bin.value("web", "Web"), -1.0, 2, 10, 0),
                // a column no training lead held: no average to take, the weight counts as it is
                new Factor(REGION, Bin.value("north", "North"), 2.0, 0, 0, 0));
        NeedModel model = NeedModel.of(fitted, 10);
        assertThat(model.factors()).extracting(Factor::points).containsExactly(5, -15, 20);
        assertThat(model.scale()).isEqualTo(10.0);
        assertThat(NeedModel.restore(model.factors(), Learner.SCALE).scale()).isEqualTo(Learner.SCALE);
    }

    @Test
    void aLeadsNeedIsFiftyPlusThePointsOfItsValuesFieldsAndExtraColumnsAlike() {
        NeedModel model = NeedModel.restore(List.of(factor(CHANNEL, "Fair", 20), factor(NEED, "Urgent", 15),
                factor(LeadColumn.extra("Missing"), "Yes", 30)), 10);
        // "Channel" is the first extra column of the lead's sheet; the sheet has no "Missing" column
        NeedAssessment both = model.assess(lead(1, "urgent", "FAIR"));
        assertThat(both.score()).isEqualTo(NeedScorer.BASELINE + 20 + 15);
        assertThat(both.reasons()).extracting(Reason::points).containsExactly(20, 15);
        assertThat(model.assess(lead(2, "urgent", "Web")).score()).as("the field alone").isEqualTo(65);
        assertThat(model.assess(lead(3, "later", "Fair")).score()).as("the extra column alone").isEqualTo(70);
        NeedAssessment none = model.assess(lead(4, "later", "Web"));
        assertThat(none.score()).isEqualTo(NeedScorer.BASELINE);
        assertThat(none.reasons()).isEmpty();
    }

    @Test
    void reasonsComeStrongestFirstAndTheCapLast() {
        NeedModel model = NeedModel.restore(List.of(factor(CHANNEL, "Fair", 5), factor(CHANNEL, "Web", 40),
                factor(NEED, "Urgent", -20), factor(NEED, "Now", 30)), 10);
        assertThat(model.assess(lead(1, "urgent", "Fair")).reasons()).extracting(Reason::points)
                .containsExactly(-20, 5);
        NeedAssessment capped = model.assess(lead(2, "now", "Web"));
        assertThat(capped.score()).isEqualTo(100);
        assertThat(capped.reasons()).extracting(Reason::points).containsExactly(40, 30, -20);
        assertThat(capped.reasons().get(2).key()).isEqualTo(ReasonKeys.NEED_CAPPED);
    }

    @Test
    void scoresGiveTheNeedsAssessGivesInZeroToHundred() {
        NeedModel model = NeedModel.restore(List.of(factor(NEED, "Urgent", 45), factor(NEED, "Never", -45),
                factor(CHANNEL, "Fair", 20), factor(CHANNEL, "Web", -20)), 10);
        List<Lead> leads = List.of(lead(1, "urgent", "Fair"), lead(2, "never", "Web"), lead(3, "urgent", "Web"),
                lead(4, "", "Fax"), lead(5, "never", "Fair"));
        List<LeadColumn> columns = LeadColumn.of(leads);
        assertThat(columns.get(0)).as("the need field comes first").isEqualTo(NEED);
        int[] scores = model.scores(columns, Cells.of(columns, leads), IntStream.range(0, leads.size()).toArray());
        assertThat(scores).containsExactly(100, 0, 75, 50, 25);
        for (int k = 0; k < leads.size(); k++) {
            assertThat(scores[k]).isEqualTo(model.assess(leads.get(k)).score());
        }
        // some rows only, in the order asked
        assertThat(model.scores(columns, Cells.of(columns, leads), new int[] {4, 0})).containsExactly(25, 100);
    }

    @Test
    void cellsHoldEachColumnsTextWhereverTheColumnStands() {
        List<Lead> leads = List.of(
                Lead.builder().id(1).region("North").putExtra("Channel", "Fair").putExtra("Size", "9").build(),
                Lead.builder().id(2).region("South").putExtra("Channel", "Web").build(),
                Lead.builder().id(3).region("North").putExtra("Channel", "Fair").putExtra("Size", "9").build());
        // an extra column first, a field after it
        List<LeadColumn> columns = List.of(CHANNEL, REGION, LeadColumn.extra("Size"));
        Cells cells = Cells.of(columns, leads);
        String[][] expected = {{"Fair", "Web", "Fair"}, {"North", "South", "North"}, {"9", "", "9"}};
        for (int c = 0; c < columns.size(); c++) {
            for (int i = 0; i < leads.size(); i++) {
                assertThat(cells.texts()[c][cells.ids()[c][i]]).as("column %d lead %d", c, i)
                        .isEqualTo(expected[c][i]);
            }
        }
        assertThat(cells.ids()[0][0]).as("one text, one number").isEqualTo(cells.ids()[0][2]);
        assertThat(cells.texts()[0][0]).isEmpty();
    }
}
