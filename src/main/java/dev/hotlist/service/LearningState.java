package dev.hotlist.service;

import dev.hotlist.scoring.learning.LearningReport;
import java.util.Objects;

/**
 * The learned need as the app and {@code learn} show it: the last fit's report, and whether the user switched it
 * off.
 *
 * @param off true after {@code learn --off} (or the app's switch) until the next {@link Hotlist#learn()}
 */
public record LearningState(LearningReport report, boolean off) {
    public LearningState {
        Objects.requireNonNull(report, "report");
    }

    /** Whether rank, export and explain use the learned need now. */
    public boolean inUse() {
        return !off && report.usesLearnedNeed();
    }
}
