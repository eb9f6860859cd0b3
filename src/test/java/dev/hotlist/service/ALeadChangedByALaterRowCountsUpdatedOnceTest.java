package dev.hotlist.service;

import static dev.hotlist.service.FixedDay.TODAY;
import static org.assertj.core.api.Assertions.assertThat;

import dev.hotlist.domain.LeadFilter;
import dev.hotlist.domain.Progress;
import dev.hotlist.domain.RankedLead;
import dev.hotlist.domain.SheetOptions;
import java.nio.file.Path;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The import report counts leads, not guesses (the brief, workflow 1: new, updated, skipped; "M counts leads that
 * changed"): when a sheet's first row of a stored person changes nothing and a later row of the same person changes
 * her, she was updated, once, and is not also counted unchanged.
 */
class ALeadChangedByALaterRowCountsUpdatedOnceTest {
    @TempDir
    Path dir;

    @Test
    void anUnchangedRowFollowedByAChangingRowOfThatPersonIsOneUpdate() throws Exception {
        try (LocalHotlist h = FixedDay.service(dir)) {
            h.importFile(FixedDay.csv(dir, "first.csv",
                    "Name,Email,Need\nAnn Lee,ann@x.com,urgent\nBo Chen,bo@x.com,low\n"),
                    SheetOptions.defaults(), TODAY, Progress.NONE, Locale.ENGLISH);

            ImportReport again = h.importFile(FixedDay.csv(dir, "second.csv", """
                    Name,Email,Need
                    Ann Lee,ann@x.com,urgent
                    Bo Chen,bo@x.com,low
                    Ann Lee,ann@x.com,medium
                    """), SheetOptions.defaults(), TODAY, Progress.NONE, Locale.ENGLISH);

            assertThat(again.newCount()).isZero();
            assertThat(again.updatedCount()).as("Ann, changed by her second row").isEqualTo(1);
            assertThat(again.unchangedCount()).as("Bo only").isEqualTo(1);
            assertThat(again.summaryLine()).isEqualTo("imported 0 new, 1 updated, 0 skipped");
            assertThat(h.rank(LeadFilter.all(), TODAY)).extracting(RankedLead::lead)
                    .extracting(l -> l.name() + "|" + l.needStated())
                    .containsExactlyInAnyOrder("Ann Lee|medium", "Bo Chen|low");
            assertThat(h.backups()).as("a lead changed: the database before it is kept").hasSize(1);
        }
    }
}
