package dev.hotlist.scoring;

import static org.assertj.core.api.Assertions.assertThat;

import dev.hotlist.domain.Lead;
import dev.hotlist.domain.Reason;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * What one cell says still counts when another cell is read after it (the notes, the user's own notes, the budget
 * cell), every reason quotes the cell or the words that gave it, and Chinese pain words in the need cell count only
 * in free text, not in a short status.
 */
class NeedCuesAcrossCellsTest {
    private final NeedScorer scorer = new NeedScorer();

    private static Optional<Reason> reason(NeedAssessment a, String key) {
        return a.reasons().stream().filter(r -> r.key().equals(key)).findFirst();
    }

    @Test
    void notUrgentInTheNotesStillCountsWithABudgetCell() {
        NeedAssessment a = scorer.assess(Lead.builder().notes("no rush, call in spring").budget("50k").build());
        assertThat(reason(a, ReasonKeys.NEED_NOT_URGENT)).hasValueSatisfying(r ->
                assertThat(r.points()).isEqualTo(NeedScorer.NOT_URGENT));
        assertThat(reason(a, ReasonKeys.NEED_BUDGET)).isPresent();
        assertThat(a.score()).isEqualTo(NeedScorer.BASELINE + NeedScorer.BUDGET_PRESENT + NeedScorer.NOT_URGENT);
    }

    @Test
    void aBudgetMentionedInTheNotesCountsWhenTheBudgetCellSaysTbd() {
        NeedAssessment a = scorer.assess(Lead.builder().notes("asked about the budget for next year").budget("TBD")
                .build());
        assertThat(reason(a, ReasonKeys.NEED_BUDGET_MENTIONED)).hasValueSatisfying(r ->
                assertThat(r.points()).isEqualTo(NeedScorer.BUDGET_PRESENT));
        assertThat(a.score()).isEqualTo(NeedScorer.BASELINE + NeedScorer.BUDGET_PRESENT);
    }

    @Test
    void painWordsOfTheNotesAndOfTheUsersNotesAddUp() {
        NeedAssessment a = scorer.assess(Lead.builder().notes("the old packing machine is broken").userNotes("asap")
                .build());
        assertThat(reason(a, ReasonKeys.NEED_PAIN)).hasValueSatisfying(r -> {
            assertThat(r.points()).isEqualTo(2 * NeedScorer.PAIN_EACH);
            assertThat(r.args()).containsExactly("broken, asap");
        });
    }

    @Test
    void anApprovedBudgetQuotesTheBudgetCellOrElseTheWordsOfTheNotes() {
        NeedAssessment fromNotes = scorer.assess(Lead.builder().notes("budget approved by the CFO").build());
        assertThat(reason(fromNotes, ReasonKeys.NEED_BUDGET_APPROVED)).hasValueSatisfying(r ->
                assertThat(r.args()).containsExactly("approved"));

        NeedAssessment fromCell = scorer.assess(Lead.builder().notes("budget approved by the CFO").budget("¥50,000")
                .build());
        assertThat(reason(fromCell, ReasonKeys.NEED_BUDGET_APPROVED)).hasValueSatisfying(r ->
                assertThat(r.args()).containsExactly("¥50,000"));
    }

    @Test
    void aSourceOfFortyCharactersIsQuotedWhole() {
        String source = "Referral from the Shenzhen dealer network";
        assertThat(source).hasSize(41);
        String forty = source.substring(0, 40);
        NeedAssessment a = scorer.assess(Lead.builder().source(forty).build());
        assertThat(reason(a, ReasonKeys.NEED_SOURCE_REFERRAL)).hasValueSatisfying(r ->
                assertThat(r.args()).containsExactly(forty));
        NeedAssessment longer = scorer.assess(Lead.builder().source(source).build());
        assertThat(reason(longer, ReasonKeys.NEED_SOURCE_REFERRAL)).hasValueSatisfying(r ->
                assertThat(r.args()).containsExactly(source.substring(0, 39) + "…"));
    }

    /** 设备坏了 (four characters) is a sentence: its pain counts; 已停产 (three) is a status, as "Shut Down" is. */
    @Test
    void chinesePainInTheNeedCellCountsOnlyInASentence() {
        NeedAssessment sentence = scorer.assess(Lead.builder().needStated("设备坏了").build());
        assertThat(reason(sentence, ReasonKeys.NEED_PAIN)).hasValueSatisfying(r -> {
            assertThat(r.points()).isEqualTo(NeedScorer.PAIN_EACH);
            assertThat(r.args()).containsExactly("坏了");
        });
        NeedAssessment status = scorer.assess(Lead.builder().needStated("已停产").build());
        assertThat(status.reasons()).extracting(Reason::key).doesNotContain(ReasonKeys.NEED_PAIN);
        assertThat(status.score()).isEqualTo(NeedScorer.BASELINE);
    }

    @Test
    void cuesOfOneLeadDoNotLeakIntoTheNext() {
        List<NeedAssessment> both = List.of(
                scorer.assess(Lead.builder().notes("machine broken, no rush").userNotes("budget approved").build()),
                scorer.assess(Lead.builder().notes("just a quote").build()));
        NeedAssessment second = both.get(1);
        assertThat(second.reasons()).extracting(Reason::key).containsExactly(ReasonKeys.NEED_UNKNOWN,
                ReasonKeys.NEED_JUST_ASKING);
        assertThat(second.score()).isEqualTo(NeedScorer.BASELINE + NeedScorer.JUST_ASKING);
    }
}
