package dev.hotlist.scoring;

import dev.hotlist.domain.ScoringSettings;
import java.util.Random;

/** Valid scoring settings drawn over the whole range each setting allows (see {@link ScoringSettings}). */
final class RandomSettings {
    private RandomSettings() {
    }

    static ScoringSettings next(Random random) {
        int grace = random.nextInt(61);
        int stale = grace + 1 + random.nextInt(3650 - grace);
        return new ScoringSettings(0.05 + random.nextDouble() * 0.9, 1 + random.nextInt(99), 1 + random.nextInt(99),
                1 + random.nextDouble() * 729, 0.5 + random.nextDouble() * 5.5, grace, stale);
    }
}
