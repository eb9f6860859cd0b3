package dev.hotlist.service;

import static dev.hotlist.service.FixedDay.CLOCK;
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
 * A value shared by many rows of one sheet (a placeholder address, a switchboard) is no match key (the brief,
 * workflow 1): the sheet's people do not join a lead of an earlier import that carries the same address, and the
 * report says which value it did not match on. The dry run says the same and writes nothing.
 */
class AnAddressSharedByManyRowsJoinsNobodyTest {
    private static final String SHARED = """
            Name,Email,Need
            Ben Ho,info@acme.com,high
            Cy Wu,info@acme.com,low
            Dee Park,info@acme.com,urgent
            Eve Stone,info@acme.com,medium
            """;
    @TempDir
    Path dir;

    @Test
    void theSheetsPeopleBecomeLeadsOfTheirOwnAndTheEarlierLeadIsLeftAlone() throws Exception {
        Path db = dir.resolve("h.db");
        try (LocalHotlist h = LocalHotlist.open(db, CLOCK)) {
            h.importFile(FixedDay.csv(dir, "first.csv", "Name,Email,Need\nAnn Lee,info@acme.com,low\n"),
                    SheetOptions.defaults(), TODAY, Progress.NONE, Locale.ENGLISH);
            Path shared = FixedDay.csv(dir, "shared.csv", SHARED);

            DryRun dry = LocalHotlist.dryRun(DatabaseLocation.of(db), shared, SheetOptions.defaults(), TODAY,
                    Locale.ENGLISH);
            assertThat(dry.report().newCount()).isEqualTo(4);
            assertThat(dry.mergeCount()).isZero();
            assertThat(h.leadCount()).as("the dry run wrote nothing").isEqualTo(1);

            ImportReport report = h.importFile(shared, SheetOptions.defaults(), TODAY, Progress.NONE, Locale.ENGLISH);
            assertThat(report.newCount()).isEqualTo(4);
            assertThat(report.updatedCount()).isZero();
            assertThat(report.notes()).anyMatch(n -> n.contains("info@acme.com") && n.contains("no match key"));
            assertThat(h.rank(LeadFilter.all(), TODAY)).extracting(RankedLead::lead)
                    .extracting(l -> l.name() + "|" + l.needStated())
                    .containsExactlyInAnyOrder("Ann Lee|low", "Ben Ho|high", "Cy Wu|low", "Dee Park|urgent",
                            "Eve Stone|medium");
        }
    }
}
