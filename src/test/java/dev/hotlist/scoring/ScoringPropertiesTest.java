package dev.hotlist.scoring;

import static org.assertj.core.api.Assertions.assertThat;

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
import java.util.Locale;
import java.util.Random;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Properties over 10,000+ generated leads and random settings, all from fixed seeds. */
class ScoringPropertiesTest {
    static final LocalDate AS_OF = BuyingTimeParserTest.AS_OF;
    static final int LEADS = 12_000;
    static List<Lead> leads;
    final LeadScorer scorer = new LeadScorer(ScoringSettings.defaults());

    @BeforeAll
    static void generate() {
        leads = LeadGenerator.generate(LEADS, 20261124L, AS_OF);
    }

    @Test
    void scoresStayIn0To100AndTiersMatchTheThresholds() {
        Random random = new Random(1);
        for (int round = 0; round < 4; round++) {
            ScoringSettings s = round == 0 ? ScoringSettings.defaults() : RandomSettings.next(random);
            LeadScorer sc = new LeadScorer(s);
            for (Lead lead : leads) {
                LeadScore score = sc.score(lead, AS_OF);
                assertThat(score.need()).isBetween(0.0, 100.0);
                assertThat(score.timing()).isBetween(0.0, 100.0);
                assertThat(score.priority()).isBetween(0.0, 100.0);
                boolean hungry = score.needPoints() >= s.hotNeed();
                boolean soon = score.timingPoints() >= s.hotTiming();
                Tier expected = hungry && soon ? Tier.HOT : hungry ? Tier.SCHEDULE : soon ? Tier.QUALIFY : Tier.NURTURE;
                assertThat(score.tier()).as("%s with %s", lead, s).isEqualTo(expected);
                int band = score.priorityPoints();
                switch (score.tier()) {
                    case HOT -> assertThat(band).isBetween(70, 100);
                    case SCHEDULE, QUALIFY -> assertThat(band).isBetween(35, 69);
                    case NURTURE -> assertThat(band).isBetween(0, 34);
                }
            }
        }
    }

    @Test
    void reasonsExplainBothScoresAndEveryKeyCanBeSaid() {
        for (Lead lead : leads) {
            LeadScore score = scorer.score(lead, AS_OF);
            int needSum = NeedScorer.BASELINE + score.reasons().stream()
                    .filter(r -> r.part() == Reason.Part.NEED).mapToInt(Reason::points).sum();
            assertThat(needSum).isEqualTo(score.needPoints());
            List<Reason> timing = score.reasons().stream().filter(r -> r.part() == Reason.Part.TIMING).toList();
            assertThat(timing).hasSize(1);
            assertThat(TimingScorer.BASELINE + timing.get(0).points()).isEqualTo(score.timingPoints());
            for (Reason r : score.reasons()) {
                assertThat(ReasonKeys.ALL).contains(r.key());
                assertThat(ReasonText.describe(r, Locale.ENGLISH)).doesNotContain("{").isNotBlank();
                assertThat(ReasonText.describe(r, Locale.SIMPLIFIED_CHINESE)).doesNotContain("{").isNotBlank();
            }
        }
    }

    @Test
    void noDateTimesBelowEveryDatedLead() {
        // earlier buying above later, strictly and over random settings: BriefPropertiesTest
        double lowestDated = leads.stream().filter(l -> l.buyingDate() != null)
                .mapToDouble(l -> scorer.score(l, AS_OF).timing()).min().orElseThrow();
        assertThat(leads.stream().filter(l -> l.buyingDate() == null).map(l -> scorer.score(l, AS_OF)))
                .isNotEmpty()
                .allSatisfy(s -> {
                    assertThat(s.timingState()).isEqualTo(TimingState.NO_DATE);
                    assertThat(s.timing()).isLessThan(lowestDated);
                });
    }

    @Test
    void aLaterAsOfNeverRaisesTheTimingOfAPassedDate() {
        Random random = new Random(3);
        for (Lead lead : leads) {
            if (lead.buyingDate() == null) {
                continue;
            }
            LocalDate first = lead.buyingDate().plusDays(random.nextInt(400));
            LocalDate later = first.plusDays(1 + random.nextInt(200));
            double before = scorer.score(lead, first).timing();
            double after = scorer.score(lead, later).timing();
            assertThat(after).as("%s seen %s then %s", lead.buyingDate(), first, later).isLessThanOrEqualTo(before);
        }
    }

    @Test
    void hotAlwaysRanksAboveNonHotAndScheduleOrQualifyAboveNurture() {
        LeadFilter everyone = LeadFilter.all().withClosedAndSnoozed(true, true);
        List<RankedLead> ranked = Ranking.rank(leads, scorer, AS_OF, everyone);
        assertThat(ranked).hasSize(LEADS);
        assertThat(ranked).extracting(r -> r.score().tier()).contains(Tier.values());
        for (int i = 1; i < ranked.size(); i++) {
            RankedLead a = ranked.get(i - 1);
            RankedLead b = ranked.get(i);
            assertThat(b.rank()).isEqualTo(a.rank() + 1);
            assertThat(RankingTest.DOCUMENTED_ORDER.compare(a, b)).isNegative();
            assertThat(band(a.score().tier())).isLessThanOrEqualTo(band(b.score().tier()));
        }
        assertThat(ranked.get(0).rank()).isEqualTo(1);
    }

    @Test
    void everyGeneratedWordNeedFindsALevel() {
        for (String need : LeadGenerator.NEEDS) {
            if (need.isEmpty() || need.equals("maybe") || need.equals("price only")) {
                continue;
            }
            NeedAssessment a = scorer.assessNeed(Lead.builder().needStated(need).build());
            assertThat(a.reasons().get(0).key()).as(need).isNotIn(ReasonKeys.NEED_UNREAD, ReasonKeys.NEED_UNKNOWN);
        }
    }

    private static int band(Tier tier) {
        return switch (tier) {
            case HOT -> 0;
            case SCHEDULE, QUALIFY -> 1;
            case NURTURE -> 2;
        };
    }
}
