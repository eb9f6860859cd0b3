package dev.hotlist.scoring.learning;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class LearningReportTest {
    private static Factor factor(String value, int points, int seen) {
        return new Factor(LeadColumn.extra("Source"), Bin.value(value, value), points / 10.0, seen / 2, seen, points);
    }

    private static LearningReport report(List<Factor> factors) {
        return new LearningReport(Instant.EPOCH, "sig", 40, 40, LearningReport.Validation.RECENT, 16, 0.8, 0.6, 0.05,
                LearningReport.Verdict.USING, factors, List.of());
    }

    @Test
    void theStrongestFactorsComeFirstTheMoreSeenFirstOnATieAndZeroIsNeither() {
        Factor fair = factor("fair", 10, 5);
        Factor referral = factor("referral", 10, 9);
        Factor web = factor("web", 3, 50);
        Factor none = factor("none", 0, 70);
        Factor cold = factor("cold", -4, 20);
        Factor list = factor("list", -8, 2);
        LearningReport r = report(List.of(web, fair, cold, none, referral, list));
        assertThat(r.strongest(2, true)).containsExactly(referral, fair);
        assertThat(r.strongest(10, true)).containsExactly(referral, fair, web);
        assertThat(r.strongest(10, false)).containsExactly(list, cold);
        assertThat(r.strongest(1, false)).containsExactly(list);
        assertThat(r.strongest(0, true)).isEmpty();
        assertThat(r.leads()).isEqualTo(80);
        assertThat(r.usesLearnedNeed()).isTrue();
    }

    @Test
    void aRangeHoldsItsLowEndButNotItsHighEnd() {
        Bin range = Bin.range(10, 20);
        assertThat(range.contains(10)).isTrue();
        assertThat(range.contains(19.999)).isTrue();
        assertThat(range.contains(20)).isFalse();
        assertThat(range.contains(9.999)).isFalse();
    }
}
