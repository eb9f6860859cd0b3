package dev.hotlist.scoring;

import dev.hotlist.domain.Reason;
import dev.hotlist.domain.TimingState;
import java.util.Objects;

/**
 * How close a lead's moment to buy is, seen from one as-of day.
 *
 * @param score  0–100; any dated lead scores above every lead without a date
 * @param state  upcoming, overdue, stale or no date
 * @param reason the single timing reason, its points being the score less {@link TimingScorer#BASELINE}, rounded
 */
public record TimingAssessment(double score, TimingState state, Reason reason) {
    public TimingAssessment {
        Objects.requireNonNull(state, "state");
        Objects.requireNonNull(reason, "reason");
        if (!(score >= 0 && score <= 100)) {
            throw new IllegalArgumentException("timing score out of range: " + score);
        }
    }
}
