package dev.hotlist.service;

import static dev.hotlist.service.FixedDay.TODAY;
import static org.assertj.core.api.Assertions.assertThat;

import dev.hotlist.domain.BuiltInView;
import dev.hotlist.domain.LeadFilter;
import dev.hotlist.domain.Progress;
import dev.hotlist.domain.RankedLead;
import dev.hotlist.domain.SheetOptions;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The first rows an import keeps for a window's first open ({@link KeptFirstRows}) are the head of Today as ranked,
 * whatever order the sheet holds its rows in: the best {@link KeptFirstRows#SIZE} of a sheet whose priorities are
 * spread over its rows, and every Today row of a sheet with fewer, also when its best rows come first.
 */
class AnImportKeepsTheBestRowsOfTodayTest {
    private static final LeadFilter TODAY_VIEW = BuiltInView.TODAY.filter();
    @TempDir
    Path dir;

    /** Rows with needs 7–10 of 10 and buying dates 0–24 days ahead, in an order unrelated to their priority. */
    private Path spread(int rows) throws Exception {
        StringBuilder csv = new StringBuilder("Name,Email,Need,Expected purchase\n");
        for (int i = 0; i < rows; i++) {
            csv.append("Spread ").append(i).append(",spread").append(i).append("@example.com,")
                    .append(7 + (i * 7) % 4).append(',').append(TODAY.plusDays((i * 13L) % 25)).append('\n');
        }
        return FixedDay.csv(dir, "spread.csv", csv.toString());
    }

    private static List<Long> kept(Hotlist h) {
        return KeptFirstRows.ids(h.preference(KeptFirstRows.KEY).orElseThrow());
    }

    private static List<Long> head(List<RankedLead> ranked, int n) {
        return ranked.stream().limit(n).map(r -> r.lead().id()).toList();
    }

    @Test
    void theBestRowsOfASheetWhosePrioritiesAreSpreadAreKept() throws Exception {
        try (LocalHotlist h = FixedDay.service(dir)) {
            h.importFile(spread(300), SheetOptions.defaults(), TODAY, Progress.NONE, Locale.ENGLISH);
            List<RankedLead> today = h.rank(TODAY_VIEW, TODAY);
            assertThat(today).as("Today has more rows than are kept").hasSizeGreaterThan(KeptFirstRows.SIZE);
            assertThat(today.get(0).score().priority()).isGreaterThan(today.get(KeptFirstRows.SIZE).score().priority());
            assertThat(kept(h)).isEqualTo(head(today, KeptFirstRows.SIZE));
        }
    }

    @Test
    void everyTodayRowOfASmallSheetIsKeptAlsoWhenItsBestRowsComeFirst() throws Exception {
        StringBuilder csv = new StringBuilder("Name,Email,Need,Expected purchase\n");
        for (int i = 0; i < 12; i++) {
            csv.append("Best ").append(i).append(",best").append(i).append("@example.com,")
                    .append(i < 6 ? "urgent" : "high").append(',').append(TODAY.plusDays(i)).append('\n');
        }
        try (LocalHotlist h = FixedDay.service(dir)) {
            h.importFile(FixedDay.csv(dir, "best.csv", csv.toString()), SheetOptions.defaults(), TODAY,
                    Progress.NONE, Locale.ENGLISH);
            List<RankedLead> today = h.rank(TODAY_VIEW, TODAY);
            assertThat(today).hasSizeGreaterThan(5).hasSizeLessThan(KeptFirstRows.SIZE);
            assertThat(kept(h)).isEqualTo(head(today, KeptFirstRows.SIZE));
        }
    }
}
