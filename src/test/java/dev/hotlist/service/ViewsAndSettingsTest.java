package dev.hotlist.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.hotlist.domain.BuyingWindow;
import dev.hotlist.domain.LeadFilter;
import dev.hotlist.domain.SavedView;
import dev.hotlist.domain.ScoringSettings;
import dev.hotlist.domain.Stage;
import dev.hotlist.domain.Tier;
import java.nio.file.Path;
import java.util.Set;
import dev.hotlist.store.Store;
import dev.hotlist.team.TeamServer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.api.io.TempDir;

/** Saved views and scoring settings live in the database and come back after a restart. */
/** Runs on a SQLite file and on a PostgreSQL server: every command works the same on both. */
@ParameterizedClass
@EnumSource(Store.Engine.class)
class ViewsAndSettingsTest {
    @Parameter
    Store.Engine engine;

    @TempDir
    Path dir;

    @Test
    void aSavedViewComesBackAfterRestartWithEveryCriterion() {
        LeadFilter filter = new LeadFilter(Set.of(Tier.HOT, Tier.QUALIFY), Set.of(Stage.NEW), Set.of("制造业"),
                Set.of("dealer", "终端用户"), Set.of("华东", "West Coast"), Set.of("referral"), Set.of("王强"),
                Set.of(BuyingWindow.THIS_WEEK), 40, 100, 55, 100, 10, "明达 = machine", true, false, true, true,
                Set.of("amy", ""));
        try (LocalHotlist hotlist = TeamServer.open(engine, dir, "h.db")) {
            hotlist.saveView("今天的热线 / Today", filter);
            hotlist.saveView("All", LeadFilter.all());
        }
        try (LocalHotlist hotlist = TeamServer.open(engine, dir, "h.db")) {
            assertThat(hotlist.views()).extracting(SavedView::name).containsExactly("All", "今天的热线 / Today");
            SavedView today = hotlist.views().get(1);
            assertThat(today.filter()).isEqualTo(filter);
            hotlist.saveView("All", filter);
            assertThat(hotlist.views()).hasSize(2);
            hotlist.deleteView(today.id());
            assertThat(hotlist.views()).extracting(SavedView::name).containsExactly("All");
        }
    }

    @Test
    void scoringSettingsPersistAndReset() {
        ScoringSettings custom = new ScoringSettings(0.7, 65, 55, 45, 2.0, 5, 90);
        try (LocalHotlist hotlist = TeamServer.open(engine, dir, "s.db")) {
            assertThat(hotlist.settings()).isEqualTo(ScoringSettings.defaults());
            hotlist.saveSettings(custom);
        }
        try (LocalHotlist hotlist = TeamServer.open(engine, dir, "s.db")) {
            assertThat(hotlist.settings()).isEqualTo(custom);
            hotlist.saveSettings(ScoringSettings.defaults());
            assertThat(hotlist.settings()).isEqualTo(ScoringSettings.defaults());
        }
        assertThatThrownBy(() -> new ScoringSettings(1.5, 60, 60, 60, 1.5, 7, 60))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
