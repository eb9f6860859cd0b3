package dev.hotlist.scoring;

import static org.assertj.core.api.Assertions.assertThat;

import dev.hotlist.domain.Lead;
import dev.hotlist.domain.LeadFilter;
import dev.hotlist.domain.LeadScore;
import dev.hotlist.domain.RankedLead;
import dev.hotlist.domain.ScoringSettings;
import dev.hotlist.domain.Tier;
import dev.hotlist.domain.TimingState;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * The brief's required orderings as strict properties, over generated leads and random valid settings, all from
 * fixed seeds. The oracle is always the brief's own order (tomorrow before next week, a higher need before a lower
 * one), never {@link Ranking#CALL_ORDER}: a priority that ties where the brief says "above" fails here.
 *
 * <p>One boundary is the model's, not a tie: at need 0 the geometric mean of need and timing is 0 whatever the
 * timing, so leads with no need at all tie on priority and are put in timing order by the call order's tie-break;
 * for them the property is checked on the ranked positions.
 */
class BriefPropertiesTest {
    private static final int SETTINGS_ROUNDS = 40;
    private static final int LEADS_PER_ROUND = 300;
    /** Within this of 100 or of the curve's floor a double can no longer tell one day from the next. */
    private static final double SATURATED = 1e-9;

    /** The buying-time words of the brief, nearest first, in English and Chinese, and no date at all. */
    private static final List<List<String>> WHEN = List.of(
            List.of("tomorrow", "next week", "next month", "next year"),
            List.of("明天", "下周", "下个月", "明年"));

    @Test
    void atEqualNeedTomorrowBeatsNextWeekBeatsNextMonthBeatsNextYearBeatsNoDate() {
        Random random = new Random(18_001);
        int strictChecks = 0;
        for (Round round : rounds(random)) {
            ScoringSettings settings = round.settings();
            LeadScorer scorer = round.scorer();
            LocalDate asOf = round.asOf();
            for (Lead lead : round.leads()) {
                List<String> words = WHEN.get(random.nextInt(WHEN.size()));
                List<Lead> variants = new ArrayList<>();
                for (String word : words) {
                    variants.add(lead.toBuilder().buyingDate(dateOf(word, asOf)).buyingStated(word).build());
                }
                variants.add(lead.toBuilder().buyingDate(null).buyingStated("").build());
                List<LeadScore> scores = variants.stream().map(l -> scorer.score(l, asOf)).toList();
                String what = lead + " with " + settings + " as of " + asOf;
                assertThat(scores).as(what).extracting(LeadScore::need).containsOnly(scores.get(0).need());
                for (int i = 1; i < scores.size(); i++) {
                    assertThat(scores.get(i).timing()).as(what).isLessThan(scores.get(i - 1).timing());
                }
                if (scores.get(0).need() > 0) {
                    for (int i = 1; i < scores.size(); i++) {
                        assertThat(scores.get(i).priority()).as("%s: %s below %s", what,
                                i < words.size() ? words.get(i) : "no date", words.get(i - 1))
                                .isLessThan(scores.get(i - 1).priority());
                    }
                    strictChecks++;
                } else {
                    assertThat(rankedOrder(variants, scorer, asOf)).as(what).containsExactly(0, 1, 2, 3, 4);
                }
            }
        }
        assertThat(strictChecks).isGreaterThan(SETTINGS_ROUNDS * LEADS_PER_ROUND * 3 / 4);
    }

    @Test
    void atEqualTimingHungryBeatsLukewarmBeatsNotHungry() {
        Random random = new Random(18_002);
        for (Round round : rounds(random)) {
            ScoringSettings settings = round.settings();
            LeadScorer scorer = round.scorer();
            LocalDate asOf = round.asOf();
            for (Lead lead : round.leads()) {
                // the brief's three levels, said plainly: nothing else on the lead adds or takes points
                Lead plain = lead.toBuilder().notes("").budget("").source("").needScale(null).build();
                List<Lead> levels = List.of(plain.toBuilder().needStated(random.nextBoolean() ? "urgent" : "急需").build(),
                        plain.toBuilder().needStated(random.nextBoolean() ? "medium" : "一般").build(),
                        plain.toBuilder().needStated(random.nextBoolean() ? "none" : "不需要").build());
                List<LeadScore> scores = levels.stream().map(l -> scorer.score(l, asOf)).toList();
                String what = plain + " with " + settings + " as of " + asOf;
                assertThat(scores).as(what).extracting(LeadScore::timing).containsOnly(scores.get(0).timing());
                for (int i = 1; i < scores.size(); i++) {
                    assertThat(scores.get(i).need()).as(what).isLessThan(scores.get(i - 1).need());
                    assertThat(scores.get(i).priority()).as(what).isLessThan(scores.get(i - 1).priority());
                }
            }
        }
    }

    /**
     * Any two leads moved to the same buying date: the one with the higher need has the higher priority, and equal
     * needs have equal priorities, whatever else differs (the oracle is the need score alone).
     */
    @Test
    void atEqualTimingPriorityFollowsNeedStrictlyForAnyTwoLeads() {
        Random random = new Random(18_003);
        int strict = 0;
        for (Round round : rounds(random)) {
            ScoringSettings settings = round.settings();
            LeadScorer scorer = round.scorer();
            LocalDate asOf = round.asOf();
            List<Lead> leads = round.leads();
            for (int i = 0; i + 1 < leads.size(); i += 2) {
                Lead a = leads.get(i);
                Lead b = leads.get(i + 1).toBuilder().buyingDate(a.buyingDate()).buyingStated(a.buyingStated()).build();
                LeadScore x = scorer.score(a, asOf);
                LeadScore y = scorer.score(b, asOf);
                String what = a + " and " + b + " with " + settings;
                assertThat(y.timing()).isEqualTo(x.timing());
                int byNeed = Double.compare(x.need(), y.need());
                assertThat(Integer.signum(Double.compare(x.priority(), y.priority()))).as(what).isEqualTo(byNeed);
                strict += byNeed != 0 ? 1 : 0;
            }
        }
        assertThat(strict).isGreaterThan(SETTINGS_ROUNDS * LEADS_PER_ROUND / 4);
    }

    /**
     * Priority strictly rises with need (at any timing a lead can have: no date scores above 0) and with timing (at
     * any need above 0), inside each tier and across the tier boundaries.
     */
    @Test
    void priorityStrictlyRisesWithNeedAndWithTiming() {
        Random random = new Random(18_004);
        for (int round = 0; round < SETTINGS_ROUNDS; round++) {
            ScoringSettings settings = round == 0 ? ScoringSettings.defaults() : RandomSettings.next(random);
            LeadScorer sc = new LeadScorer(settings);
            for (int need = 0; need <= 100; need++) {
                for (int timing = 5; timing <= 100; timing++) {
                    double p = sc.priority(need, timing);
                    String at = "need " + need + ", timing " + timing + " with " + settings;
                    if (need < 100) {
                        assertThat(sc.priority(need + 1, timing)).as(at).isGreaterThan(p);
                    }
                    if (timing < 100 && need > 0) {
                        assertThat(sc.priority(need, timing + 1)).as(at).isGreaterThan(p);
                    }
                }
            }
            for (int i = 0; i < 5_000; i++) {
                double n = 1 + random.nextDouble() * 98;
                double t = TimingScorer.NO_DATE_SCORE + random.nextDouble() * 94;
                double more = 0.01 + random.nextDouble() * (99.99 - Math.max(n, t));
                Tier tier = sc.tier(n, t);
                String at = "need " + n + ", timing " + t + " +" + more + " with " + settings;
                assertThat(sc.priority(n + more, t)).as(at).isGreaterThan(sc.priority(n, t));
                assertThat(sc.priority(n, t + more)).as(at).isGreaterThan(sc.priority(n, t));
                if (sc.tier(n + more, t) == tier) {
                    assertThat(sc.priority(n + more, t)).as(at).isLessThan(upperEdge(tier));
                }
            }
        }
    }

    /**
     * The timing curve falls strictly with every day further ahead and every day further past, so a later buying
     * day never ties an earlier one: only where a double can no longer tell the days apart (within 1e-9 of 100 or
     * of the floor, with extreme settings) may two days score the same.
     */
    @Test
    void timingFallsStrictlyWithEveryDayAheadAndEveryDayPast() {
        Random random = new Random(18_005);
        for (int round = 0; round < SETTINGS_ROUNDS; round++) {
            ScoringSettings settings = round == 0 ? ScoringSettings.defaults() : RandomSettings.next(random);
            TimingScorer timing = new TimingScorer(settings);
            for (int d = 0; d <= 4_000; d++) {
                String at = d + " days with " + settings;
                double ahead = timing.score(d);
                double next = timing.score(d + 1);
                if (!saturated(ahead, TimingScorer.FUTURE_FLOOR) || !saturated(next, TimingScorer.FUTURE_FLOOR)) {
                    assertThat(next).as("ahead " + at).isLessThan(ahead);
                }
                double past = timing.score(-d);
                double further = timing.score(-d - 1);
                if (!saturated(past, TimingScorer.PAST_FLOOR) || !saturated(further, TimingScorer.PAST_FLOOR)) {
                    assertThat(further).as("past " + at).isLessThan(past);
                }
                assertThat(Math.min(ahead, past)).as(at).isGreaterThan(TimingScorer.NO_DATE_SCORE);
            }
            if (round == 0) {
                // the defaults never saturate inside ten years: every day is told apart
                for (int d = 0; d <= 3_650; d++) {
                    assertThat(timing.score(d + 1)).isLessThan(timing.score(d));
                    assertThat(timing.score(-d - 1)).isLessThan(timing.score(-d));
                }
            }
        }
    }

    /** A lead one day later than another, all else equal, has a strictly lower priority (need above 0). */
    @Test
    void aDayLaterIsAlwaysStrictlyLowerAtEqualNeed() {
        LeadScorer scorer = new LeadScorer(ScoringSettings.defaults());
        LocalDate asOf = BuyingTimeParserTest.AS_OF;
        for (int need = 1; need <= 100; need += 3) {
            Lead lead = Lead.builder().id(1).needStated(need + "%").build();
            double previous = Double.POSITIVE_INFINITY;
            for (int d = 0; d <= 800; d++) {
                double p = scorer.score(lead.toBuilder().buyingDate(asOf.plusDays(d)).build(), asOf).priority();
                assertThat(p).as("need %d, %d days ahead", need, d).isLessThan(previous);
                previous = p;
            }
        }
    }

    @Test
    void overdueByDaysRanksAboveStaleByMonths() {
        Random random = new Random(18_006);
        for (Round round : rounds(random)) {
            ScoringSettings settings = round.settings();
            LeadScorer scorer = round.scorer();
            LocalDate asOf = round.asOf();
            for (Lead lead : round.leads()) {
                int days = 1 + random.nextInt(Math.max(1, settings.overdueGraceDays()));
                int months = 1 + random.nextInt(24);
                Lead overdue = lead.toBuilder().buyingDate(asOf.minusDays(days)).build();
                Lead stale = lead.toBuilder()
                        .buyingDate(asOf.minusDays(settings.staleAfterDays()).minusMonths(months)).build();
                LeadScore o = scorer.score(overdue, asOf);
                LeadScore s = scorer.score(stale, asOf);
                String what = days + " days overdue against stale by " + months + " months, " + lead + ", " + settings;
                assertThat(o.timingState()).as(what).isEqualTo(TimingState.OVERDUE);
                assertThat(s.timingState()).as(what).isEqualTo(TimingState.STALE);
                assertThat(o.timing()).as(what).isGreaterThan(s.timing());
                if (o.need() > 0) {
                    assertThat(o.priority()).as(what).isGreaterThan(s.priority());
                } else {
                    assertThat(rankedOrder(List.of(overdue, stale), scorer, asOf)).as(what).containsExactly(0, 1);
                }
            }
        }
    }

    /** Within the grace days a passed date is still alive: above a date a month ahead, on the default curve. */
    @Test
    void aFewDaysOverdueIsStillAboveNextMonthWithTheDefaults() {
        TimingScorer timing = new TimingScorer(ScoringSettings.defaults());
        for (int days = 1; days <= ScoringSettings.defaults().overdueGraceDays(); days++) {
            assertThat(timing.score(-days)).isGreaterThan(timing.score(30));
        }
    }

    /** The defaults, then random valid settings, each with a random as-of day and its own generated leads. */
    private record Round(ScoringSettings settings, LeadScorer scorer, LocalDate asOf, List<Lead> leads) {
    }

    private static List<Round> rounds(Random random) {
        List<Round> rounds = new ArrayList<>();
        for (int i = 0; i < SETTINGS_ROUNDS; i++) {
            ScoringSettings settings = i == 0 ? ScoringSettings.defaults() : RandomSettings.next(random);
            LocalDate asOf = LocalDate.of(2026, 1, 1).plusDays(random.nextInt(800));
            rounds.add(new Round(settings, new LeadScorer(settings), asOf,
                    LeadGenerator.generate(LEADS_PER_ROUND, random.nextLong(), asOf)));
        }
        return rounds;
    }

    private static LocalDate dateOf(String word, LocalDate asOf) {
        BuyingTimeParser.Result r = BuyingTimeParser.parse(word, asOf).orElseThrow();
        return ((BuyingTimeParser.Result.OnDate) r).date();
    }

    /** The positions in {@code leads} (given best first) in the order the ranking puts them. */
    private static List<Integer> rankedOrder(List<Lead> leads, LeadScorer scorer, LocalDate asOf) {
        List<Lead> numbered = new ArrayList<>();
        for (int i = 0; i < leads.size(); i++) {
            // ids against the expected order, so the id tie-break cannot produce it by itself
            numbered.add(leads.get(i).toBuilder().id(leads.size() - i).build());
        }
        List<RankedLead> ranked = Ranking.rank(numbered, scorer, asOf, LeadFilter.all().withClosedAndSnoozed(true, true));
        return ranked.stream().map(r -> (int) (leads.size() - r.lead().id())).toList();
    }

    private static double upperEdge(Tier tier) {
        return switch (tier) {
            case HOT -> 100.000001;
            case SCHEDULE, QUALIFY -> LeadScorer.HOT_LOW;
            case NURTURE -> LeadScorer.MIDDLE_LOW;
        };
    }

    private static boolean saturated(double score, double floor) {
        return 100 - score < SATURATED || score - floor < SATURATED;
    }
}
