package dev.hotlist.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.hotlist.domain.Lead;
import dev.hotlist.domain.LeadEdit;
import dev.hotlist.domain.LeadFilter;
import dev.hotlist.domain.Progress;
import dev.hotlist.domain.RankedLead;
import dev.hotlist.domain.ScoringSettings;
import dev.hotlist.domain.SheetOptions;
import dev.hotlist.store.Store;
import dev.hotlist.team.LeadSheetFiles;
import dev.hotlist.team.TeamServer;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * A ranking already read (kept in memory, on a server refreshed by what changed) follows every change: leads deleted
 * by an undone import leave it, a teammate's new lead joins it with no notice watched, and settings a teammate
 * saved rank the list once the leads moved (and are the settings shown).
 */
@ParameterizedClass
@EnumSource(Store.Engine.class)
class TheRankingFollowsEveryChangeOnBothStoresTest {
    private static final LocalDate AS_OF = LocalDate.of(2026, 11, 24);
    private static final LeadFilter EVERYONE = LeadFilter.all().withClosedAndSnoozed(true, true);
    @Parameter
    Store.Engine engine;
    @TempDir
    Path dir;

    private static List<String> names(Hotlist h) {
        return h.rank(EVERYONE, AS_OF).stream().map(r -> r.lead().name()).toList();
    }

    /** Ann's or Ben's service on one database of the engine under test. */
    private LocalHotlist as(String user) {
        return LocalHotlist.open(TeamServer.location(engine, dir, "follow.db"), Clock.systemDefaultZone(), user);
    }

    @Test
    void leadsDeletedByAnUndoneImportLeaveTheListAlreadyRead() throws Exception {
        try (LocalHotlist ann = as("ann"); LocalHotlist ben = as("ben")) {
            ann.importFile(LeadSheetFiles.csv(dir.resolve("a.csv"), 5, "A"), SheetOptions.defaults(), AS_OF,
                    Progress.NONE, Locale.ENGLISH);
            ann.importFile(LeadSheetFiles.csv(dir.resolve("b.csv"), 4, "B"), SheetOptions.defaults(), AS_OF,
                    Progress.NONE, Locale.ENGLISH);
            assertThat(names(ann)).hasSize(9);
            assertThat(names(ben)).hasSize(9);

            assertThat(ann.undoLastImport()).isPresent();

            assertThat(names(ann)).as("my own undo").hasSize(5).allMatch(n -> n.startsWith("A "));
            assertThat(names(ben)).as("a teammate's list").hasSize(5).allMatch(n -> n.startsWith("A "));
        }
    }

    @Test
    void aTeammatesNewLeadJoinsMyNextRankingWithoutANoticeWatched() throws Exception {
        try (LocalHotlist ann = as("ann"); LocalHotlist ben = as("ben")) {
            ann.importFile(LeadSheetFiles.csv(dir.resolve("a.csv"), 5, "A"), SheetOptions.defaults(), AS_OF,
                    Progress.NONE, Locale.ENGLISH);
            assertThat(names(ann)).hasSize(5);
            assertThat(names(ann)).as("read again, nothing changed").hasSize(5);
            long read = ann.leadsRead();

            ben.addLead(List.of(new LeadEdit(LeadEdit.Field.NAME, "Cy Teammate")), AS_OF);

            assertThat(names(ann)).hasSize(6).contains("Cy Teammate");
            if (engine == Store.Engine.POSTGRESQL) {
                assertThat(ann.leadsRead() - read).as("on a server only the new lead is fetched").isBetween(1L, 4L);
            }
        }
    }

    @Test
    void settingsATeammateSavedRankMyListOnceTheLeadsMoved() throws Exception {
        try (LocalHotlist ann = as("ann"); LocalHotlist ben = as("ben")) {
            Lead low = ann.addLead(List.of(new LeadEdit(LeadEdit.Field.NAME, "Dee Low"),
                    new LeadEdit(LeadEdit.Field.NEED, "low"), new LeadEdit(LeadEdit.Field.BUYING_TIME, "tomorrow")),
                    AS_OF);
            double before = ann.rank(EVERYONE, AS_OF).get(0).score().priority();
            ScoringSettings d = ScoringSettings.defaults();
            ScoringSettings needHeavy = new ScoringSettings(0.9, d.hotNeed(), d.hotTiming(), d.timingMidpointDays(),
                    d.timingSteepness(), d.overdueGraceDays(), d.staleAfterDays());

            ben.saveSettings(needHeavy);
            ben.addLead(List.of(new LeadEdit(LeadEdit.Field.NAME, "Eve Other")), AS_OF);

            RankedLead dee = ann.rank(EVERYONE, AS_OF).stream().filter(r -> r.lead().id() == low.id()).findFirst()
                    .orElseThrow();
            double expected = ann.rescore(List.of(dee.lead()), needHeavy, AS_OF).get(0).score().priority();
            assertThat(dee.score().priority()).as("a low need weighs more now").isLessThan(before)
                    .isCloseTo(expected, within(1e-9));
            assertThat(ann.settings()).as("the settings as the teammate saved them").isEqualTo(needHeavy);
        }
    }
}
