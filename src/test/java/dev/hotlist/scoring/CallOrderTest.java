package dev.hotlist.scoring;

import static org.assertj.core.api.Assertions.assertThat;

import dev.hotlist.domain.Lead;
import dev.hotlist.domain.LeadScore;
import dev.hotlist.domain.RankedLead;
import dev.hotlist.domain.Tier;
import dev.hotlist.domain.TimingState;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * The primitive-key sort puts leads in exactly the documented call order ({@link RankingTest#DOCUMENTED_ORDER}),
 * ties included, and {@link Ranking#CALL_ORDER} is that order.
 */
class CallOrderTest {
    @Test
    void matchesTheComparatorOnManyTies() {
        Random random = new Random(3);
        for (int size : new int[] {0, 1, 2, 17, 4_999, 20_000}) {
            RankedLead[] leads = new RankedLead[size];
            for (int i = 0; i < size; i++) {
                // few distinct values, so priorities, needs and timings tie a lot
                double priority = random.nextInt(5) == 0 ? 100 : random.nextInt(40) * 2.5;
                double need = random.nextInt(4) * 25;
                double timing = random.nextInt(3) * 50;
                Lead lead = Lead.builder().id(1 + random.nextInt(size * 2 + 1)).name("L" + i).build();
                leads[i] = new RankedLead(0, lead, new LeadScore(need, timing, priority, Tier.NURTURE,
                        TimingState.UPCOMING, List.of()));
            }
            RankedLead[] expected = leads.clone();
            Arrays.sort(expected, RankingTest.DOCUMENTED_ORDER);
            int[] order = Ranking.callOrder(leads);
            RankedLead[] actual = new RankedLead[size];
            for (int i = 0; i < size; i++) {
                actual[i] = leads[order[i]];
            }
            for (int i = 0; i < size; i++) {
                assertThat(RankingTest.DOCUMENTED_ORDER.compare(actual[i], expected[i])).as("size %d, place %d", size, i)
                        .isZero();
            }
            for (int i = 1; i < size; i++) {
                assertThat(Integer.signum(Ranking.CALL_ORDER.compare(leads[i - 1], leads[i])))
                        .isEqualTo(Integer.signum(RankingTest.DOCUMENTED_ORDER.compare(leads[i - 1], leads[i])));
            }
        }
    }
}
