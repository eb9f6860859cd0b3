package dev.hotlist.service;

import static org.assertj.core.api.Assertions.assertThat;

import dev.hotlist.domain.LeadFilter;
import dev.hotlist.domain.Progress;
import dev.hotlist.domain.RankedLead;
import dev.hotlist.domain.SheetOptions;
import dev.hotlist.store.Store;
import dev.hotlist.team.LeadSheetFiles;
import dev.hotlist.team.TeamServer;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The same sheets, imported the same way, rank identically on a SQLite file and on a PostgreSQL server. */
class SameRankingOnBothStoresTest {
    static final LocalDate AS_OF = LocalDate.of(2026, 11, 24);
    @TempDir
    Path dir;

    @Test
    void theSameSheetsRankIdenticallyOnSqliteAndPostgresql() throws Exception {
        Path generated = LeadSheetFiles.csv(dir.resolve("more.csv"), 1_500, "Trade Show");
        List<String> sqlite = rankAfterImports(Store.Engine.SQLITE, generated);
        List<String> postgres = rankAfterImports(Store.Engine.POSTGRESQL, generated);
        assertThat(sqlite).hasSizeGreaterThan(1_500);
        assertThat(postgres).isEqualTo(sqlite);
    }

    /** Every lead's rank, id, contact, scores, tier and reasons, after the sample, a sheet and its re-import. */
    private List<String> rankAfterImports(Store.Engine engine, Path generated) throws Exception {
        try (LocalHotlist hotlist = TeamServer.open(engine, dir, "same.db")) {
            hotlist.importSample(AS_OF, Progress.NONE, Locale.ENGLISH);
            hotlist.importFile(generated, SheetOptions.defaults(), AS_OF, Progress.NONE, Locale.ENGLISH);
            hotlist.importFile(generated, SheetOptions.defaults(), AS_OF, Progress.NONE, Locale.ENGLISH);
            return hotlist.rank(LeadFilter.all().withClosedAndSnoozed(true, true), AS_OF.plusDays(3)).stream()
                    .map(r -> line(hotlist, r)).toList();
        }
    }

    private static String line(Hotlist h, RankedLead r) {
        return r.rank() + "|" + r.lead().id() + "|" + r.lead().displayName() + "|" + r.lead().email() + "|"
                + r.lead().phone() + "|" + r.score().needPoints() + "|" + r.score().timingPoints() + "|"
                + r.score().priorityPoints() + "|" + r.score().tier() + "|" + h.summarize(r.score(), Locale.ENGLISH);
    }
}
