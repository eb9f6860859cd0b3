package dev.hotlist.scoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.hotlist.domain.Lead;
import dev.hotlist.domain.LeadFilter;
import dev.hotlist.domain.LeadScore;
import dev.hotlist.domain.RankedLead;
import dev.hotlist.domain.Reason;
import dev.hotlist.domain.ScoringSettings;
import dev.hotlist.domain.Tier;
import dev.hotlist.domain.TimingState;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The brief's seed examples and the timing curve. */
class LeadScorerTest {
    static final LocalDate AS_OF = BuyingTimeParserTest.AS_OF;
    private final LeadScorer scorer = new LeadScorer(ScoringSettings.defaults());

    private static Lead lead(long id, String need, LocalDate buyingDate) {
        return Lead.builder().id(id).name("L" + id).needStated(need).buyingDate(buyingDate).build();
    }

    private static LocalDate parsed(String words) {
        return ((BuyingTimeParser.Result.OnDate) BuyingTimeParser.parse(words, AS_OF).orElseThrow()).date();
    }

    @Test
    void tackleShopTomorrowBeatsNextMonthBeatsNextYearBeatsWatchingTv() {
        LeadScore tomorrow = scorer.score(lead(1, "high", parsed("tomorrow")), AS_OF);
        LeadScore nextMonth = scorer.score(lead(2, "high", parsed("next month")), AS_OF);
        LeadScore nextYear = scorer.score(lead(3, "high", parsed("next year")), AS_OF);
        LeadScore watchingTv = scorer.score(
                Lead.builder().id(4).needStated("high").buyingStated("just looking").build(), AS_OF);

        assertThat(tomorrow.need()).isEqualTo(nextYear.need()).isEqualTo(watchingTv.need());
        assertThat(tomorrow.timing()).isGreaterThan(nextMonth.timing());
        assertThat(nextMonth.timing()).isGreaterThan(nextYear.timing());
        assertThat(nextYear.timing()).isGreaterThan(watchingTv.timing());
        assertThat(tomorrow.priority()).isGreaterThan(nextMonth.priority());
        assertThat(nextMonth.priority()).isGreaterThan(nextYear.priority());
        assertThat(nextYear.priority()).isGreaterThan(watchingTv.priority());
        assertThat(tomorrow.tier()).isEqualTo(Tier.HOT);
        assertThat(nextYear.tier()).isEqualTo(Tier.SCHEDULE);
        assertThat(watchingTv.timingState()).isEqualTo(TimingState.NO_DATE);
        assertThat(watchingTv.reasons()).extracting(Reason::key).contains(ReasonKeys.TIMING_JUST_LOOKING);
    }

    @Test
    void hotDogsHungryBeatsLukewarmBeatsNotHungry() {
        LocalDate tomorrow = AS_OF.plusDays(1);
        LeadScore hungry = scorer.score(lead(1, "急需", tomorrow), AS_OF);
        LeadScore lukewarm = scorer.score(lead(2, "medium", tomorrow), AS_OF);
        LeadScore notHungry = scorer.score(lead(3, "not interested", tomorrow), AS_OF);

        assertThat(hungry.timing()).isEqualTo(lukewarm.timing()).isEqualTo(notHungry.timing());
        assertThat(hungry.need()).isGreaterThan(lukewarm.need());
        assertThat(lukewarm.need()).isGreaterThan(notHungry.need());
        assertThat(hungry.priority()).isGreaterThan(lukewarm.priority());
        assertThat(lukewarm.priority()).isGreaterThan(notHungry.priority());
        assertThat(hungry.tier()).isEqualTo(Tier.HOT);
        assertThat(notHungry.tier()).isEqualTo(Tier.QUALIFY);
    }

    @Test
    void overdueByDaysBeatsOverdueByMonths() {
        LeadScore days = scorer.score(lead(1, "high", AS_OF.minusDays(3)), AS_OF);
        LeadScore months = scorer.score(lead(2, "high", AS_OF.minusMonths(4)), AS_OF);
        assertThat(days.timingState()).isEqualTo(TimingState.OVERDUE);
        assertThat(days.isOverdue()).isTrue();
        assertThat(days.tier()).isEqualTo(Tier.HOT);
        assertThat(months.timingState()).isEqualTo(TimingState.STALE);
        assertThat(days.timing()).isGreaterThan(months.timing());
        assertThat(days.priority()).isGreaterThan(months.priority());
        assertThat(months.timing()).isLessThan(20);
    }

    @Test
    void hungryButNextYearAndTomorrowButNoNeedBothRankBelowHungryTomorrow() {
        Lead hungryTomorrow = lead(3, "urgent", AS_OF.plusDays(1));
        Lead hungryNextYear = lead(1, "urgent", parsed("next year"));
        Lead noNeedTomorrow = lead(2, "none", AS_OF.plusDays(1));
        List<RankedLead> ranked = Ranking.rank(List.of(hungryNextYear, noNeedTomorrow, hungryTomorrow), scorer,
                AS_OF, LeadFilter.all());
        assertThat(ranked).extracting(RankedLead::rank).containsExactly(1, 2, 3);
        assertThat(ranked.get(0).lead()).isEqualTo(hungryTomorrow);
        assertThat(ranked.get(0).score().tier()).isEqualTo(Tier.HOT);
        assertThat(ranked.subList(1, 3)).extracting(RankedLead::lead)
                .containsExactlyInAnyOrder(hungryNextYear, noNeedTomorrow);
    }

    @Test
    void timingCurveFallsFromDaysToWeeksToMonthsToAYear() {
        TimingScorer timing = new TimingScorer(ScoringSettings.defaults());
        assertThat(timing.score(0)).isEqualTo(100);
        assertThat(timing.score(1)).isGreaterThan(99);
        assertThat(timing.score(3)).isGreaterThan(98);
        assertThat(timing.score(14)).isBetween(85.0, 95.0);
        assertThat(timing.score(60)).isCloseTo(55, within(0.001));
        assertThat(timing.score(120)).isBetween(30.0, 45.0);
        assertThat(timing.score(365)).isLessThan(20);
        assertThat(timing.score(-7)).as("overdue within grace is high").isGreaterThan(90);
        assertThat(timing.score(-61)).as("stale is low").isLessThan(15);
        assertThat(timing.score(-10_000)).isGreaterThan(TimingScorer.NO_DATE_SCORE);
        assertThat(timing.score(100_000)).isGreaterThan(TimingScorer.NO_DATE_SCORE);
    }

    @Test
    void timingStatesAndReasonKeysFollowTheDaysPast() {
        assertThat(timing(AS_OF)).extracting(TimingAssessment::state).isEqualTo(TimingState.UPCOMING);
        assertThat(timing(AS_OF).reason().key()).isEqualTo(ReasonKeys.TIMING_TODAY);
        assertThat(timing(AS_OF.plusDays(1)).reason())
                .isEqualTo(Reason.timing(50, ReasonKeys.TIMING_TOMORROW, AS_OF.plusDays(1)));
        assertThat(timing(AS_OF.plusDays(10)).reason().key()).isEqualTo(ReasonKeys.TIMING_IN_DAYS);
        assertThat(timing(AS_OF.plusDays(10)).reason().args()).containsExactly(10L, AS_OF.plusDays(10));
        assertThat(timing(AS_OF.minusDays(7)).state()).isEqualTo(TimingState.OVERDUE);
        assertThat(timing(AS_OF.minusDays(7)).reason().key()).isEqualTo(ReasonKeys.TIMING_OVERDUE);
        assertThat(timing(AS_OF.minusDays(8)).reason().key()).isEqualTo(ReasonKeys.TIMING_LAPSING);
        assertThat(timing(AS_OF.minusDays(60)).state()).isEqualTo(TimingState.OVERDUE);
        assertThat(timing(AS_OF.minusDays(61)).state()).isEqualTo(TimingState.STALE);
        assertThat(timing(AS_OF.minusDays(61)).reason().key()).isEqualTo(ReasonKeys.TIMING_STALE);
        TimingAssessment none = timing(null);
        assertThat(none.state()).isEqualTo(TimingState.NO_DATE);
        assertThat(none.reason()).isEqualTo(Reason.timing(-45, ReasonKeys.TIMING_NO_DATE));
    }

    @Test
    void aBuyingTimeThatCannotBeReadSaysSoAndScoresLikeNoDate() {
        TimingAssessment none = scorer.assessTiming(Lead.builder().id(1).build(), AS_OF);
        TimingAssessment unread = scorer.assessTiming(Lead.builder().id(2).buyingStated(" Q5 ").build(), AS_OF);
        TimingAssessment noRush = scorer.assessTiming(Lead.builder().id(3).buyingStated("no rush").build(), AS_OF);
        TimingAssessment looking = scorer.assessTiming(Lead.builder().id(4).buyingStated("随便看看").build(), AS_OF);

        assertThat(none.reason()).isEqualTo(Reason.timing(-45, ReasonKeys.TIMING_NO_DATE));
        assertThat(noRush.reason()).isEqualTo(none.reason());
        assertThat(unread.reason()).isEqualTo(Reason.timing(-45, ReasonKeys.TIMING_UNREAD, "Q5"));
        assertThat(looking.reason().key()).isEqualTo(ReasonKeys.TIMING_JUST_LOOKING);
        assertThat(List.of(unread, noRush, looking)).allSatisfy(t -> {
            assertThat(t.score()).isEqualTo(none.score());
            assertThat(t.state()).isEqualTo(TimingState.NO_DATE);
        });
        String longText = "x".repeat(200);
        assertThat(scorer.assessTiming(Lead.builder().buyingStated(longText).build(), AS_OF).reason().args())
                .singleElement().asString().hasSizeLessThanOrEqualTo(40);
    }

    @Test
    void aDatedLeadKeepsItsDateWhateverItsTextSays() {
        Lead lead = Lead.builder().id(1).buyingStated("Q5").buyingDate(AS_OF.plusDays(1)).build();
        assertThat(scorer.assessTiming(lead, AS_OF).reason().key()).isEqualTo(ReasonKeys.TIMING_TOMORROW);
    }

    @Test
    void timingReasonPointsAreTheScoreLessFifty() {
        for (int d = -400; d <= 800; d += 7) {
            TimingAssessment t = timing(AS_OF.plusDays(d));
            assertThat(t.reason().points()).isEqualTo(Math.round(t.score()) - TimingScorer.BASELINE);
        }
    }

    @Test
    void settingsShapeTheCurveAndTheTiers() {
        ScoringSettings sharp = new ScoringSettings(0.5, 60, 60, 10, 3, 2, 20);
        LeadScorer custom = new LeadScorer(sharp);
        Lead inMonth = lead(1, "high", AS_OF.plusDays(30));
        assertThat(custom.score(inMonth, AS_OF).timing()).isLessThan(scorer.score(inMonth, AS_OF).timing());
        assertThat(custom.score(lead(2, "high", AS_OF.minusDays(5)), AS_OF).timingState())
                .isEqualTo(TimingState.OVERDUE);
        assertThat(custom.score(lead(2, "high", AS_OF.minusDays(21)), AS_OF).timingState())
                .isEqualTo(TimingState.STALE);

        LeadScorer picky = new LeadScorer(new ScoringSettings(0.5, 90, 60, 60, 1.5, 7, 60));
        assertThat(picky.score(lead(3, "high", AS_OF.plusDays(1)), AS_OF).tier()).isEqualTo(Tier.QUALIFY);
        assertThat(picky.score(lead(3, "urgent", AS_OF.plusDays(1)), AS_OF).tier()).isEqualTo(Tier.HOT);
    }

    @Test
    void needWeightTiltsPriorityWithinABand() {
        LeadScorer needHeavy = new LeadScorer(new ScoringSettings(0.9, 60, 60, 60, 1.5, 7, 60));
        LeadScorer timingHeavy = new LeadScorer(new ScoringSettings(0.1, 60, 60, 60, 1.5, 7, 60));
        // Hungry-but-later against lukewarm-but-soon, both outside HOT.
        double a = 90;
        double b = 40;
        assertThat(needHeavy.priority(a, b)).isGreaterThan(needHeavy.priority(b, a));
        assertThat(timingHeavy.priority(a, b)).isLessThan(timingHeavy.priority(b, a));
    }

    @Test
    void priorityBandsFollowTheTier() {
        int n = scorer.settings().hotNeed();
        int t = scorer.settings().hotTiming();
        assertThat(scorer.priority(100, 100)).isEqualTo(100);
        assertThat(scorer.priority(n, t)).isBetween(70.0, 100.0);
        assertThat(scorer.priority(100, t - 1)).isBetween(35.0, 69.5);
        assertThat(scorer.priority(n - 1, 100)).isBetween(35.0, 69.5);
        assertThat(scorer.priority(n - 1, t - 1)).isBetween(0.0, 34.5);
        assertThat(scorer.tier(n - 0.4, t - 0.4)).as("tiers use the rounded scores shown").isEqualTo(Tier.HOT);
    }

    /** HOT is hungry and soon: not a buyer weeks away, not a lukewarm lead with one bonus. */
    @Test
    void defaultThresholdsMeanHungryAndSoon() {
        TimingScorer timing = new TimingScorer(ScoringSettings.defaults());
        assertThat(Math.round(timing.score(0))).isEqualTo(100);
        assertThat(Math.round(timing.score(7))).isEqualTo(97);
        assertThat(Math.round(timing.score(30))).isEqualTo(76);
        assertThat(Math.round(timing.score(92))).isEqualTo(41);
        assertThat(Math.round(timing.score(403))).isEqualTo(15);
        assertThat(timing.score(1)).isGreaterThan(timing.score(30));
        assertThat(timing.score(30)).isGreaterThan(timing.score(403));
        assertThat(timing.score(403)).isGreaterThan(TimingScorer.NO_DATE_SCORE);

        Lead high = lead(1, "high", null);
        assertThat(scorer.score(high.toBuilder().buyingDate(AS_OF.plusDays(28)).build(), AS_OF).tier())
                .as("four weeks out is soon").isEqualTo(Tier.HOT);
        assertThat(scorer.score(high.toBuilder().buyingDate(AS_OF.plusDays(52)).build(), AS_OF).tier())
                .as("52 days out is later").isEqualTo(Tier.SCHEDULE);
        assertThat(scorer.score(high.toBuilder().buyingDate(AS_OF.minusDays(10)).build(), AS_OF).tier())
                .as("ten days overdue: call now").isEqualTo(Tier.HOT);

        LocalDate tomorrow = AS_OF.plusDays(1);
        Lead lukewarmInbound = Lead.builder().id(2).needStated("一般").source("官网").buyingDate(tomorrow).build();
        Lead lukewarmReferral = Lead.builder().id(3).needStated("medium").source("referral").buyingDate(tomorrow)
                .build();
        Lead lukewarmInPain = Lead.builder().id(4).needStated("medium").notes("line down, losing money, deadline")
                .buyingDate(tomorrow).build();
        assertThat(scorer.score(lukewarmInbound, AS_OF).tier()).isEqualTo(Tier.QUALIFY);
        assertThat(scorer.score(lukewarmReferral, AS_OF).tier()).isEqualTo(Tier.QUALIFY);
        assertThat(scorer.score(lukewarmInPain, AS_OF).tier()).isEqualTo(Tier.HOT);
    }

    @Test
    void reusedNeedGivesTheSameScoreAsScoringFromScratch() {
        for (Lead lead : LeadGenerator.generate(2_000, 11, AS_OF)) {
            NeedAssessment need = scorer.assessNeed(lead);
            for (int shift : new int[] {0, 7, 90}) {
                LocalDate day = AS_OF.plusDays(shift);
                assertThat(scorer.score(lead, need, day)).isEqualTo(scorer.score(lead, day));
            }
        }
    }

    private TimingAssessment timing(LocalDate date) {
        return scorer.assessTiming(lead(1, "", date), AS_OF);
    }

    /** How an import stores such a text: the date the parser reads, else none (the text kept). */
    private Lead imported(long id, String need, String buying) {
        LocalDate date = BuyingTimeParser.parse(buying, AS_OF)
                .map(r -> r instanceof BuyingTimeParser.Result.OnDate on ? on.date() : null).orElse(null);
        return Lead.builder().id(id).name("L" + id).needStated(need).buyingStated(buying).buyingDate(date).build();
    }

    @Test
    void aFiveDigitDurationIsNotUnderstoodAndNeverBuysToday() {
        for (String text : List.of("10000年后", "10000天后", "20000个月以后", "123456天后", "Q9 2026", "第99周")) {
            LeadScore score = scorer.score(imported(1, "urgent", text), AS_OF);
            assertThat(score.reasons()).as(text).extracting(Reason::key)
                    .contains(ReasonKeys.TIMING_UNREAD).doesNotContain(ReasonKeys.TIMING_TODAY);
            assertThat(score.tier()).as(text).isNotEqualTo(Tier.HOT);
        }
    }
}
