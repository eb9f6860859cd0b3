package dev.hotlist.scoring;

import static org.assertj.core.api.Assertions.assertThat;

import dev.hotlist.domain.Lead;
import dev.hotlist.domain.LeadFilter;
import dev.hotlist.domain.LeadScore;
import dev.hotlist.domain.RankedLead;
import dev.hotlist.domain.Reason;
import dev.hotlist.domain.ScoringSettings;
import dev.hotlist.domain.Stage;
import dev.hotlist.domain.Tier;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class RankingTest {
    static final LocalDate AS_OF = BuyingTimeParserTest.AS_OF;
    private final LeadScorer scorer = new LeadScorer(ScoringSettings.defaults());

    @Test
    void tiesBreakOnNeedThenTimingThenId() {
        Lead a = Lead.builder().id(7).needStated("high").buyingDate(AS_OF.plusDays(3)).build();
        Lead b = Lead.builder().id(3).needStated("high").buyingDate(AS_OF.plusDays(3)).build();
        Lead c = Lead.builder().id(5).needStated("high").buyingDate(AS_OF.plusDays(3)).build();
        List<RankedLead> ranked = Ranking.rank(List.of(a, b, c), scorer, AS_OF, LeadFilter.all());
        assertThat(ranked).extracting(r -> r.lead().id()).containsExactly(3L, 5L, 7L);
        assertThat(ranked).extracting(RankedLead::rank).containsExactly(1, 2, 3);
    }

    @Test
    void filtersDropLeadsAndRanksCloseUp() {
        Lead hot = Lead.builder().id(1).needStated("urgent").buyingDate(AS_OF.plusDays(1)).build();
        Lead won = hot.toBuilder().id(2).stage(Stage.WON).build();
        Lead snoozed = hot.toBuilder().id(3).snoozedUntil(AS_OF.plusDays(5)).build();
        Lead later = Lead.builder().id(4).needStated("urgent").buyingDate(AS_OF.plusYears(1)).build();
        List<Lead> all = List.of(hot, won, snoozed, later);

        assertThat(Ranking.rank(all, scorer, AS_OF, LeadFilter.all()))
                .extracting(r -> r.lead().id()).containsExactly(1L, 4L);
        assertThat(Ranking.rank(all, scorer, AS_OF, LeadFilter.all().withTiers(Set.of(Tier.SCHEDULE))))
                .singleElement().satisfies(r -> assertThat(r.rank()).isEqualTo(1));
        assertThat(Ranking.rank(all, scorer, AS_OF, LeadFilter.all().withClosedAndSnoozed(true, true)))
                .hasSize(4);
        // A week on, the snooze is over.
        assertThat(Ranking.rank(all, scorer, AS_OF.plusDays(7), LeadFilter.all())).hasSize(3);
    }

    @Test
    void theSameLeadRanksDifferentlyNextWeek() {
        Lead inTenDays = Lead.builder().id(1).needStated("high").buyingDate(AS_OF.plusDays(10)).build();
        Lead tomorrow = Lead.builder().id(2).needStated("high").buyingDate(AS_OF.plusDays(1)).build();
        Ranking prepared = Ranking.prepare(List.of(inTenDays, tomorrow), scorer);
        assertThat(prepared.rank(AS_OF, LeadFilter.all())).extracting(r -> r.lead().id()).containsExactly(2L, 1L);
        assertThat(prepared.rank(AS_OF.plusDays(9), LeadFilter.all()))
                .extracting(r -> r.lead().id()).containsExactly(1L, 2L);
    }

    @Test
    void preparedRankingEqualsScoringEachLeadAndSortingForLargeInputs() {
        List<Lead> leads = LeadGenerator.generate(20_000, 99, AS_OF);
        Ranking prepared = Ranking.prepare(leads, scorer);
        assertThat(prepared.size()).isEqualTo(20_000);
        for (LocalDate day : List.of(AS_OF, AS_OF.plusDays(30))) {
            for (LeadFilter filter : List.of(LeadFilter.all().withClosedAndSnoozed(true, true),
                    LeadFilter.all().withTiers(Set.of(Tier.HOT, Tier.QUALIFY)))) {
                assertThat(prepared.rank(day, filter)).isEqualTo(reference(leads, day, filter));
            }
        }
    }

    @Test
    void theSearchFindsAnyFieldIgnoringCaseAndPhonesByTheirDigitsButNeverAcrossTwoFields() {
        Lead ann = Lead.builder().id(1).name("Ann").company("Lee Marine").email("ann@lee.example")
                .phone("555 0103").source("Trade Show").needStated("high").buyingDate(AS_OF.plusDays(3)).build();
        Lead bob = Lead.builder().id(2).name("Bob").company("Annex Ltd").phone("+1 (206) 555-0187")
                .userNotes("wants a QUOTE").needStated("high").buyingDate(AS_OF.plusDays(3)).build();
        Ranking prepared = Ranking.prepare(List.of(ann, bob), scorer);
        java.util.function.Function<String, List<Long>> found = text -> prepared.rank(AS_OF,
                LeadFilter.all().withText(text)).stream().map(r -> r.lead().id()).sorted().toList();
        assertThat(found.apply("ANN")).containsExactly(1L, 2L);
        assertThat(found.apply("lee marine")).containsExactly(1L);
        assertThat(found.apply("trade show")).as("the source").containsExactly(1L);
        assertThat(found.apply("quote")).as("the user's own notes").containsExactly(2L);
        assertThat(found.apply("555-01")).as("phones by digits").containsExactly(1L, 2L);
        assertThat(found.apply("2065550")).containsExactly(2L);
        assertThat(found.apply("annlee")).as("name and company are not one text").isEmpty();
        assertThat(found.apply("ann lee")).isEmpty();
    }

    /** The plain way: every lead scored on its own, kept if it passes, sorted by the call order, numbered. */
    private List<RankedLead> reference(List<Lead> leads, LocalDate day, LeadFilter filter) {
        List<RankedLead> scored = new ArrayList<>();
        for (Lead lead : leads) {
            LeadScore score = scorer.score(lead, day);
            if (filter.test(lead, score, day)) {
                scored.add(new RankedLead(0, lead, score));
            }
        }
        scored.sort(Ranking.CALL_ORDER);
        List<RankedLead> ranked = new ArrayList<>();
        for (int i = 0; i < scored.size(); i++) {
            ranked.add(new RankedLead(i + 1, scored.get(i).lead(), scored.get(i).score()));
        }
        return ranked;
    }

    @Test
    void preparedRankingQuotesAnUnreadBuyingTime() {
        Lead unread = Lead.builder().id(1).needStated("high").buyingStated("Q5").build();
        Lead looking = Lead.builder().id(2).needStated("high").buyingStated("just looking").build();
        List<RankedLead> ranked = Ranking.prepare(List.of(unread, looking), scorer).rank(AS_OF, LeadFilter.all());
        assertThat(ranked).extracting(r -> r.score().reasons().get(r.score().reasons().size() - 1))
                .containsExactly(Reason.timing(-45, ReasonKeys.TIMING_UNREAD, "Q5"),
                        Reason.timing(-45, ReasonKeys.TIMING_JUST_LOOKING));
    }

    @Test
    void emptyInEmptyOut() {
        assertThat(Ranking.rank(List.of(), scorer, AS_OF, LeadFilter.all())).isEmpty();
    }
}
