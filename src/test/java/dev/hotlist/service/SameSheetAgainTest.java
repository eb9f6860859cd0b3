package dev.hotlist.service;

import static org.assertj.core.api.Assertions.assertThat;

import dev.hotlist.domain.Lead;
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
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A sheet that holds one person twice, in two rows that differ (a trade-show list and a referral of the same buyer):
 * the first import merges them into one lead; importing the same sheet again changes nothing, and must say so.
 */
class SameSheetAgainTest {
    private static final LocalDate DAY = LocalDate.of(2026, 11, 24);
    private static final Clock CLOCK = Clock.fixed(DAY.atTime(9, 0).toInstant(ZoneOffset.UTC), ZoneOffset.UTC);
    private static final String HEADER = "Name,Email,Phone,Need,Expected purchase,Notes\n";

    @TempDir
    Path dir;

    private Path sheet(String name, String rows) throws Exception {
        return Files.writeString(dir.resolve(name), HEADER + rows, StandardCharsets.UTF_8);
    }

    private static ImportReport importOnce(LocalHotlist service, Path file) throws Exception {
        return service.importFile(file, SheetOptions.defaults(), DAY, Progress.NONE, Locale.ENGLISH);
    }

    private static List<Lead> leads(LocalHotlist service) {
        return service.rank(LeadFilter.all().withClosedAndSnoozed(true, true), DAY).stream().map(RankedLead::lead)
                .sorted(Comparator.comparingLong(Lead::id)).toList();
    }

    @Test
    void reimportingASheetThatHoldsOnePersonTwiceUpdatesNothingAndKeepsNoBackup() throws Exception {
        Path file = sheet("leads.csv", """
                Ann Lee,ann@example.com,+1 555 0101,urgent,tomorrow,met at the expo
                Bo Chen,bo@example.com,+1 555 0102,low,next year,
                Ann Lee,ann@example.com,,medium,,referred by Bo
                """);
        try (LocalHotlist service = LocalHotlist.open(dir.resolve("h.db"), CLOCK)) {
            ImportReport first = importOnce(service, file);
            assertThat(first.newCount()).isEqualTo(2);
            assertThat(first.duplicateCount()).isEqualTo(1);
            List<Lead> before = leads(service);
            assertThat(before.get(0).needStated()).as("the later row's stated need stands").isEqualTo("medium");

            for (int round = 0; round < 2; round++) {
                ImportReport again = importOnce(service, file);

                assertThat(again.newCount()).isZero();
                assertThat(again.updatedCount()).as("round %d", round).isZero();
                assertThat(again.unchangedCount()).isEqualTo(2);
                assertThat(again.duplicateCount()).isEqualTo(1);
                assertThat(service.backups()).as("nothing to go back to, so no backup").isEmpty();
                assertThat(leads(service)).usingRecursiveFieldByFieldElementComparatorIgnoringFields("version",
                        "updatedAt", "batchId").isEqualTo(before);
            }
        }
    }

    @Test
    void whenTheSecondRowOfThatPersonChangesTheLeadIsUpdatedAndTheBackupKept() throws Exception {
        try (LocalHotlist service = LocalHotlist.open(dir.resolve("h.db"), CLOCK)) {
            importOnce(service, sheet("leads.csv", """
                    Ann Lee,ann@example.com,+1 555 0101,urgent,tomorrow,met at the expo
                    Ann Lee,ann@example.com,,medium,,referred by Bo
                    """));

            ImportReport changed = importOnce(service, sheet("leads2.csv", """
                    Ann Lee,ann@example.com,+1 555 0101,urgent,tomorrow,met at the expo
                    Ann Lee,ann@example.com,,low,,referred by Bo
                    """));

            assertThat(changed.updatedCount()).isEqualTo(1);
            assertThat(changed.unchangedCount()).isZero();
            assertThat(service.backups()).hasSize(1);
            assertThat(leads(service)).singleElement().extracting(Lead::needStated).isEqualTo("low");
        }
    }
}
