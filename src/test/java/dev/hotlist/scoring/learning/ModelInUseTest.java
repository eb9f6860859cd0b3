package dev.hotlist.scoring.learning;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Which need ranks: the learned model only when its report says it beat the rules; and how sure an AUC is. */
class ModelInUseTest {
    private static Learned learned(LearningReport.Verdict verdict) {
        LearningReport report = new LearningReport(Instant.EPOCH, "x", 50, 50, LearningReport.Validation.K_FOLD, 100,
                0.8, 0.6, 0.2, verdict, List.of(), List.of());
        return new Learned(report, NeedModel.restore(List.of(), 1.0));
    }

    @Test
    void theModelRanksOnlyWhenItBeatTheRules() {
        assertThat(learned(LearningReport.Verdict.USING).modelInUse()).isPresent();
        for (LearningReport.Verdict v : List.of(LearningReport.Verdict.TOO_FEW, LearningReport.Verdict.NO_SIGNAL,
                LearningReport.Verdict.NOT_BETTER)) {
            assertThat(learned(v).modelInUse()).as(v.name()).isEmpty();
        }
    }

    /** Hanley and McNeil's standard error, worked by hand: AUC 0.8 on 50 won and 50 lost is 0.0445 (computed apart from the product). */
    @Test
    void theStandardErrorOfAnAucFollowsHanleyAndMcNeil() {
        assertThat(Auc.standardError(0.8, 50, 50)).isCloseTo(0.044502, org.assertj.core.data.Offset.offset(1e-5));
        // q1 weighs the won, q2 the lost: 0.8 on 20 won and 80 lost, and the other way round
        assertThat(Auc.standardError(0.8, 20, 80)).isCloseTo(0.062672, org.assertj.core.data.Offset.offset(1e-5));
        assertThat(Auc.standardError(0.8, 80, 20)).isCloseTo(0.047551, org.assertj.core.data.Offset.offset(1e-5));
    }
}
