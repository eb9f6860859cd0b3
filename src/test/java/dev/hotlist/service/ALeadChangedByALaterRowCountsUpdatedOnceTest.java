package dev.hotlist.service;

import static org.assertj.core.api.Assertions.assertThat;

import dev.hotlist.domain.LeadFilter;
import dev.hotlist.domain.Progress;
import dev.hotlist.domain.RankedLead;
import dev.hotlist.domain.SheetOptions;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The import report counts leads, not guesses (the brief, workflow 1: new, updated, skipped; "M counts leads that
 * changed"): when a sheet's first row of a stored person changes nothing and a later row of the same person changes
 * her, she was updated, once, and is not also counted unchanged.
 */
class ALeadChangedByALaterRowCountsUpdatedOnceTest {
    private static final LocalDate TODAY = LocalDate.of(2026, 11, 24);
    private static final Clock CLOCK = Clock.fixed(TODAY.atTime(9, 0).toInstant(ZoneOffset.UTC), ZoneOffset.UTC);
    @TempDir
    Path dir;

    private Path csv(String name, String text) throws Exception {
        return Files.writeString(dir.resolve(name), text, StandardCharsets.UTF_8);
    }

    @Test
    void anUnchangedRowFollowedByAChangingRowOfThatPersonIsOneUpdate() throws Exception {
        try (LocalHotlist h = LocalHotlist.open(dir.resolve("h.db"), CLOCK)) {
            h.importFile(csv("first.csv", "Name,Email,Need\nAnn Lee,ann@x.com,urgent\nBo Chen,bo@x.com,low\n"),
                    SheetOptions.defaults(), TODAY, Progress.NONE, Locale.ENGLISH);

            ImportReport again = h.importFile(csv("second.csv", """
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
