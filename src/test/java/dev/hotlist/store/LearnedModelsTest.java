package dev.hotlist.store;

import static org.assertj.core.api.Assertions.assertThat;

import dev.hotlist.scoring.learning.Learned;
import dev.hotlist.scoring.learning.Learner;
import dev.hotlist.scoring.learning.PlantedLeads;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LearnedModelsTest {
    @TempDir
    Path dir;

    @Test
    void aFitComesBackAsItWasSavedAndScoresAlike() {
        var leads = PlantedLeads.planted(1500, 200, 8);
        Learned learned = Learner.learn(leads, Map.of(), ZoneOffset.UTC, Instant.parse("2026-12-01T10:00:00Z"));
        try (Database db = Database.open(dir.resolve("h.db"))) {
            assertThat(db.read(LearnedModels::load)).isEmpty();
            db.write(c -> {
                LearnedModels.save(c, learned);
                return null;
            });
            Learned back = db.read(LearnedModels::load).orElseThrow();
            assertThat(back.report()).as("report, factors (open ranges too), exclusions with examples")
                    .isEqualTo(learned.report());
            assertThat(back.report().exclusions()).anySatisfy(e -> assertThat(e.examples()).hasSize(2));
            assertThat(back.model().scale()).isEqualTo(learned.model().scale());
            for (var lead : leads.subList(0, 200)) {
                assertThat(back.model().assess(lead)).isEqualTo(learned.model().assess(lead));
            }
            db.write(c -> {
                LearnedModels.save(c, Learner.learn(PlantedLeads.few(3, 3, 1), Map.of(), ZoneOffset.UTC,
                        Instant.EPOCH));
                return null;
            });
            Learned tooFew = db.read(LearnedModels::load).orElseThrow();
            assertThat(tooFew.model()).as("a new fit replaces the old one whole").isNull();
            assertThat(tooFew.report().factors()).isEmpty();
            assertThat(db.read(LearnedModels::isOff)).isFalse();
            db.write(c -> {
                LearnedModels.setOff(c, true);
                return null;
            });
            assertThat(db.read(LearnedModels::isOff)).isTrue();
        }
    }
}
