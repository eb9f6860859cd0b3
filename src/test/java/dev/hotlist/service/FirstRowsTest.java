package dev.hotlist.service;

import static org.assertj.core.api.Assertions.assertThat;

import dev.hotlist.domain.BuiltInView;
import dev.hotlist.domain.LeadFilter;
import dev.hotlist.domain.Progress;
import dev.hotlist.domain.RankedLead;
import dev.hotlist.domain.Stage;
import dev.hotlist.domain.Tier;
import dev.hotlist.domain.SheetOptions;
import dev.hotlist.store.Store;
import dev.hotlist.team.LeadSheetFiles;
import dev.hotlist.team.TeamServer;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * A window's first rows on both stores: those an import keeps in the database (the head of Today, for a first
 * open), and {@link Hotlist#firstRows}, the head of any view picked from a narrow read.
 */
class FirstRowsTest {
    private static final LocalDate AS_OF = LocalDate.of(2026, 11, 24);
    private static final LeadFilter TODAY = BuiltInView.TODAY.filter();
    /** The rows a window shows first. */
    private static final int SHOWN = 40;
    @TempDir
    Path dir;

    @ParameterizedTest
    @EnumSource(Store.Engine.class)
    void anImportKeepsTheHeadOfTodayInTheDatabaseAndALaterOneMergesItsRowsIn(Store.Engine engine) throws Exception {
        try (LocalHotlist h = TeamServer.open(engine, dir, "kept.db")) {
            h.importFile(LeadSheetFiles.csv(dir.resolve("a.csv"), 600, "Expo"), SheetOptions.defaults(), AS_OF,
                    Progress.NONE, Locale.ENGLISH);
            List<Long> head = ids(h.rank(TODAY, AS_OF), KeptFirstRows.SIZE);
            assertThat(head).as("Today has more leads than are kept").hasSize(KeptFirstRows.SIZE);
            assertThat(kept(h)).isEqualTo(head);

            // the best lead is won meanwhile; a second sheet brings better leads (urgent, tomorrow, pain in the notes)
            long won = head.get(0);
            h.setStage(won, Stage.WON);
            StringBuilder better = new StringBuilder("Name,Email,Need,Buying time,Notes\n");
            for (int i = 0; i < 10; i++) {
                better.append("Fair Person ").append(i).append(",fair").append(i).append("@example.com,urgent,")
                        .append("tomorrow,\"machine broken, deadline\"\n");
            }
            Path b = java.nio.file.Files.writeString(dir.resolve("b.csv"), better);
            h.importFile(b, SheetOptions.defaults(), AS_OF, Progress.NONE, Locale.ENGLISH);
            List<Long> kept = kept(h);
            assertThat(kept).doesNotContain(won);
            // what a window opening it shows first: the kept leads as stored now, re-scored, those of its view
            List<Long> shown = ids(h.rankOnly(kept, AS_OF).stream()
                    .filter(r -> TODAY.test(r.lead(), r.score(), AS_OF)).toList(), SHOWN);
            assertThat(shown).isEqualTo(ids(h.rank(TODAY, AS_OF), SHOWN));
            assertThat(shown.subList(0, 10)).extracting(id -> h.lead(id).orElseThrow().name())
                    .allMatch(n -> n.startsWith("Fair Person"));
        }
    }

    @ParameterizedTest
    @EnumSource(Store.Engine.class)
    void theFirstRowsOfAnyViewAreTheHeadOfItsWholeRankingReadOrNot(Store.Engine engine) throws Exception {
        try (LocalHotlist fill = TeamServer.open(engine, dir, "head.db")) {
            fill.importSample(AS_OF, Progress.NONE, Locale.ENGLISH);
            fill.importFile(LeadSheetFiles.csv(dir.resolve("a.csv"), 400, "Expo"), SheetOptions.defaults(), AS_OF,
                    Progress.NONE, Locale.ENGLISH);
            fill.snooze(fill.rank(TODAY, AS_OF).get(1).lead().id(), AS_OF.plusDays(3));
        }
        List<LeadFilter> filters = List.of(TODAY, BuiltInView.ALL_OPEN.filter(), BuiltInView.SNOOZED.filter(),
                LeadFilter.all().toBuilder().text("person 12").build(),
                LeadFilter.all().toBuilder().text("555").build(),
                LeadFilter.all().withTiers(Set.of(Tier.QUALIFY)),
                LeadFilter.all().withClosedAndSnoozed(true, true).toBuilder().need(30, 80).build());
        for (LeadFilter f : filters) {
            List<RankedLead> first;
            List<RankedLead> whole;
            try (LocalHotlist h = TeamServer.open(engine, dir, "head.db")) {
                first = h.firstRows(f, AS_OF.plusDays(1), 25); // nothing read yet: the narrow read
                whole = h.rank(f, AS_OF.plusDays(1));
                assertThat(h.firstRows(f, AS_OF.plusDays(1), 25)).as("from the leads in memory")
                        .isEqualTo(whole.subList(0, Math.min(25, whole.size())));
            }
            assertThat(first).as(f.toString()).isEqualTo(whole.subList(0, Math.min(25, whole.size())));
            assertThat(whole).as(f.toString()).isNotEmpty();
        }
    }

    private static List<Long> kept(Hotlist h) {
        return KeptFirstRows.ids(h.preference(KeptFirstRows.KEY).orElseThrow());
    }

    private static List<Long> ids(List<RankedLead> ranked, int limit) {
        return ranked.stream().limit(limit).map(r -> r.lead().id()).toList();
    }
}
