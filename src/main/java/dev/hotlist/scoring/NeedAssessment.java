package dev.hotlist.scoring;

import dev.hotlist.domain.Reason;
import java.util.List;

/**
 * How hungry a lead is (0–100) and why. It does not depend on the as-of day, so it is worked out once per lead
 * and reused whenever the list is re-ranked for another day or filter.
 *
 * @param score   the need score: {@link NeedScorer#BASELINE} plus the points of every reason, within 0–100
 * @param reasons the factors, each with signed points; they add up exactly to {@code score - BASELINE}
 */
public record NeedAssessment(int score, List<Reason> reasons) {
    public NeedAssessment {
        if (score < 0 || score > 100) {
            throw new IllegalArgumentException("need score out of range: " + score);
        }
        reasons = reasons instanceof ReasonList ? reasons : List.copyOf(reasons);
    }
}
