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
import dev.hotlist.domain.TimingState;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class RankingTest {
    static final LocalDate AS_OF = BuyingTimeParserTest.AS_OF;
    private final LeadScorer scorer = new LeadScorer(ScoringSettings.defaults());

    /**
     * The call order written out from the package documentation (priority, then need, then timing, then id), not
     * {@link Ranking#CALL_ORDER}: the oracle the ranking is checked against.
     */
    static final Comparator<RankedLead> DOCUMENTED_ORDER = Comparator
            .comparingDouble((RankedLead r) -> -r.score().priority())
            .thenComparingDouble(r -> -r.score().need())
            .thenComparingDouble(r -> -r.score().timing())
            .thenComparingLong(r -> r.lead().id());

    /**
     * Ties on priority only: each tie-break decides one pair. On a curve with its midpoint at 30 days, 30 days ahead
     * times exactly 55 and today exactly 100, so need 55 today and need 100 in 30 days have the same geometric mean
     * (and, both in the middle band, the same priority) with different needs and timings; at need 0 the priority is
     * the band's floor whatever the timing.
     */
    @Test
    void tiesBreakOnNeedThenTimingThenId() {
        ScoringSettings settings = new ScoringSettings(0.5, 70, 75, 30, 1.5, 7, 60);
        LeadScorer scorer = new LeadScorer(settings);
        // tied on priority: the higher need first, though its timing is lower and its id higher
        Lead lukewarmToday = Lead.builder().id(1).needStated("55%").buyingDate(AS_OF).build();
        Lead hungryInAMonth = Lead.builder().id(2).needStated("100%").buyingDate(AS_OF.plusDays(30)).build();
        // tied on priority and need: the sooner first, though its id is higher
        Lead noNeedInAYear = Lead.builder().id(3).needStated("0%").buyingDate(AS_OF.plusDays(365)).build();
        Lead noNeedInTwoYears = Lead.builder().id(4).needStated("0%").buyingDate(AS_OF.plusDays(730)).build();
        Lead noNeedSoonerLaterId = noNeedInAYear.toBuilder().id(9).buyingDate(AS_OF.plusDays(200)).build();
        // tied on everything: the lower id first
        Lead twinB = Lead.builder().id(6).needStated("high").buyingDate(AS_OF.plusDays(3)).build();
        Lead twinA = twinB.toBuilder().id(5).build();

        LeadScore a = scorer.score(lukewarmToday, AS_OF);
        LeadScore b = scorer.score(hungryInAMonth, AS_OF);
        assertThat(List.of(a.need(), a.timing(), b.need(), b.timing())).containsExactly(55.0, 100.0, 100.0, 55.0);
        assertThat(a.priority()).isEqualTo(b.priority());
        assertThat(List.of(a.tier(), b.tier())).containsExactly(Tier.QUALIFY, Tier.SCHEDULE);
        LeadScore c = scorer.score(noNeedInAYear, AS_OF);
        LeadScore d = scorer.score(noNeedInTwoYears, AS_OF);
        assertThat(c.priority()).isEqualTo(d.priority());
        assertThat(c.need()).isEqualTo(d.need());
        assertThat(c.timing()).isGreaterThan(d.timing());

        List<Lead> input = List.of(twinB, noNeedInTwoYears, lukewarmToday, noNeedInAYear, twinA, hungryInAMonth,
                noNeedSoonerLaterId);
        List<RankedLead> ranked = Ranking.rank(input, scorer, AS_OF, LeadFilter.all());
        assertThat(ranked).extracting(r -> r.lead().id()).containsExactly(5L, 6L, 2L, 1L, 9L, 3L, 4L);
        assertThat(ranked).extracting(RankedLead::rank).containsExactly(1, 2, 3, 4, 5, 6, 7);
        assertThat(Ranking.prepare(input, scorer).rank(AS_OF, LeadFilter.all())).isEqualTo(ranked);
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
        scored.sort(DOCUMENTED_ORDER);
        List<RankedLead> ranked = new ArrayList<>();
        for (int i = 0; i < scored.size(); i++) {
            ranked.add(new RankedLead(i + 1, scored.get(i).lead(), scored.get(i).score()));
        }
        return ranked;
    }

    /** Buying dates thousands of years apart (typos such as 0202 or 9999) are scored from a map, not an array. */
    @Test
    void buyingDatesFarApartRankAsScoringEachLeadOnItsOwn() {
        List<Lead> leads = new ArrayList<>(LeadGenerator.generate(200, 7, AS_OF));
        leads.add(Lead.builder().id(1001).needStated("urgent").buyingDate(LocalDate.of(202, 1, 1)).build());
        leads.add(Lead.builder().id(1002).needStated("urgent").buyingDate(LocalDate.of(9999, 12, 31)).build());
        leads.add(Lead.builder().id(1003).needStated("urgent").buyingDate(AS_OF.plusDays(2)).build());
        LeadFilter everyone = LeadFilter.all().withClosedAndSnoozed(true, true);
        List<RankedLead> ranked = Ranking.prepare(leads, scorer).rank(AS_OF, everyone);
        assertThat(ranked).isEqualTo(reference(leads, AS_OF, everyone));
        assertThat(ranked).filteredOn(r -> r.lead().id() > 1000).extracting(r -> r.score().timingState())
                .containsExactlyInAnyOrder(TimingState.UPCOMING, TimingState.UPCOMING, TimingState.STALE);
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
