package dev.hotlist.service;

import static org.assertj.core.api.Assertions.assertThat;

import dev.hotlist.domain.LeadFilter;
import dev.hotlist.domain.Progress;
import dev.hotlist.domain.RankedLead;
import dev.hotlist.domain.SheetOptions;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BackupRestoreTest {
    static final LocalDate AS_OF = LocalDate.of(2026, 11, 24);
    @TempDir
    Path dir;

    @Test
    void everyImportIntoADatabaseWithLeadsIsBackedUpAndTheBackupRestores() throws Exception {
        Path first = dir.resolve("a.csv");
        Files.writeString(first, "Name,Email\nAnn,ann@x.com\n", StandardCharsets.UTF_8);
        Path second = dir.resolve("b.csv");
        Files.writeString(second, "Name,Email\nBen,ben@x.com\nCara,cara@x.com\n", StandardCharsets.UTF_8);
        try (LocalHotlist hotlist = LocalHotlist.open(dir.resolve("hotlist.db"))) {
            hotlist.importFile(first, SheetOptions.defaults(), AS_OF, Progress.NONE, Locale.ENGLISH);
            assertThat(hotlist.backups()).as("nothing to protect in an empty database").isEmpty();
            hotlist.importFile(second, SheetOptions.defaults(), AS_OF, Progress.NONE, Locale.ENGLISH);
            assertThat(hotlist.backups()).singleElement()
                    .satisfies(p -> assertThat(p.getFileName().toString()).contains("before-import"));
            assertThat(hotlist.leadCount()).isEqualTo(3);

            hotlist.restoreBackup(hotlist.backups().get(0));

            assertThat(hotlist.rank(LeadFilter.all(), AS_OF)).extracting(RankedLead::lead)
                    .extracting(l -> l.name()).containsExactly("Ann");
            assertThat(hotlist.backups()).anySatisfy(p -> assertThat(p.toString()).contains("before-restore"));
            // and it goes on working on the restored file
            hotlist.importFile(second, SheetOptions.defaults(), AS_OF, Progress.NONE, Locale.ENGLISH);
            assertThat(hotlist.leadCount()).isEqualTo(3);
        }
    }

    @Test
    void anImportThatChangesNoLeadTakesNoBackupAndOneThatDoesKeepsTheStateBeforeIt() throws Exception {
        Path sheet = dir.resolve("a.csv");
        Files.writeString(sheet, "Name,Email,Notes\nAnn,ann@x.com,fair\nBen,ben@x.com,\n", StandardCharsets.UTF_8);
        try (LocalHotlist hotlist = LocalHotlist.open(dir.resolve("hotlist.db"))) {
            hotlist.importFile(sheet, SheetOptions.defaults(), AS_OF, Progress.NONE, Locale.ENGLISH);
            ImportReport again = hotlist.importFile(sheet, SheetOptions.defaults(), AS_OF, Progress.NONE, Locale.ENGLISH);
            assertThat(again.unchangedCount()).isEqualTo(2);
            assertThat(hotlist.backups()).as("nothing changed, nothing to go back to").isEmpty();

            Files.writeString(sheet, "Name,Email,Notes\nAnn,ann@x.com,wants a quote\nBen,ben@x.com,\n",
                    StandardCharsets.UTF_8);
            hotlist.importFile(sheet, SheetOptions.defaults(), AS_OF, Progress.NONE, Locale.ENGLISH);
            assertThat(hotlist.backups()).singleElement();
            // the copy was taken inside the import's transaction, before it committed: it holds the notes before it
            hotlist.restoreBackup(hotlist.backups().get(0));
            assertThat(hotlist.rank(LeadFilter.all(), AS_OF)).extracting(RankedLead::lead)
                    .filteredOn(l -> l.name().equals("Ann")).singleElement()
                    .satisfies(l -> assertThat(l.notes()).isEqualTo("fair"));
        }
    }
}
