package dev.hotlist.scoring.learning;

import java.util.Optional;

/**
 * A fit's report and, when anything was fitted, its model (used for the need only when the report says so).
 *
 * @param model null when nothing was fitted (too few outcomes)
 */
public record Learned(LearningReport report, NeedModel model) {
    public Optional<NeedModel> modelInUse() {
        return report.usesLearnedNeed() ? Optional.ofNullable(model) : Optional.empty();
    }
}
