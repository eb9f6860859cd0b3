package dev.hotlist.service;

import dev.hotlist.domain.ScoringSettings;
import dev.hotlist.scoring.TimingScorer;

/**
 * The timing curve some settings give, before they are saved: the settings dialog previews with it where "hot" ends.
 * The same curve the ranking uses ({@link TimingScorer}), handed out without the scorer.
 */
public final class TimingCurve {
    private final TimingScorer scorer;

    public TimingCurve(ScoringSettings settings) {
        this.scorer = new TimingScorer(settings);
    }

    /** The timing score of a buying date {@code daysAhead} days from today (negative: overdue). */
    public double score(long daysAhead) {
        return scorer.score(daysAhead);
    }
}
