package dev.hotlist.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.hotlist.domain.LeadField;
import dev.hotlist.domain.Progress;
import dev.hotlist.domain.SheetOptions;
import dev.hotlist.domain.UnusableFileException;
import dev.hotlist.sheets.HostileWorkbooks;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** An import refused part-way (the file breaks after its header) changes nothing: no mapping, no backup, no prune. */
class RefusedImportTest {
    static final LocalDate AS_OF = LocalDate.of(2026, 11, 24);
    @TempDir
    Path dir;
    LocalHotlist hotlist;
    Path good;

    @BeforeEach
    void open() throws Exception {
        hotlist = LocalHotlist.open(dir.resolve("hotlist.db"));
        good = Files.writeString(dir.resolve("good.csv"), "Name,Email\nAnn,ann@x.com\n", StandardCharsets.UTF_8);
        importFile(good, SheetOptions.defaults());
    }

    @AfterEach
    void close() {
        hotlist.close();
    }

    private ImportReport importFile(Path file, SheetOptions options) throws UnusableFileException {
        return hotlist.importFile(file, options, AS_OF, Progress.NONE, Locale.ENGLISH);
    }

    /** A sheet adding one lead: an import that changes something, so it keeps a backup. */
    private Path newLead(int i) throws java.io.IOException {
        return Files.writeString(dir.resolve("new" + i + ".csv"), "Name,Email\nNew " + i + ",new" + i + "@x.com\n",
                StandardCharsets.UTF_8);
    }

    private static SheetOptions mapped(String header, LeadField field) {
        return new SheetOptions(null, Map.of(header, field));
    }

    @Test
    void aMappingGivenWithARefusedImportIsNotSaved() throws Exception {
        Path broken = HostileWorkbooks.breaksAtRow(dir.resolve("who.xlsx"), HostileWorkbooks.PAST_THE_SAMPLE, "Who");
        assertThatThrownBy(() -> importFile(broken, mapped("Who", LeadField.NAME)))
                .isInstanceOfSatisfying(UnusableFileException.class, e -> assertThat(e.key()).isEqualTo("file.corrupt"));
        // a saved mapping would show in the next preview of a sheet with the same header row
        Path whole = HostileWorkbooks.write(dir.resolve("whole.xlsx"), HostileWorkbooks.parts(
                HostileWorkbooks.rows(3).replace("<t>Name</t>", "<t>Who</t>")));
        assertThat(whoField(whole)).as("nothing saved by the refused import").isNotEqualTo(LeadField.NAME);
        assertThat(importFile(whole, mapped("Who", LeadField.NAME)).newCount()).isEqualTo(3);
        assertThat(whoField(whole)).as("saved with the import that succeeded").isEqualTo(LeadField.NAME);
    }

    /** The field the column "Who" gets without corrections: from a saved mapping, else none (no header found). */
    private LeadField whoField(Path file) throws UnusableFileException {
        try {
            ImportPreview preview = hotlist.previewFile(file, SheetOptions.defaults(), AS_OF, 3);
            return preview.fields().get(preview.headers().indexOf("Who"));
        } catch (UnusableFileException e) {
            assertThat(e.key()).isEqualTo("sheet.noHeader");
            return null;
        }
    }

    @Test
    void aRefusedImportNeitherTakesNorPrunesABackup() throws Exception {
        for (int i = 0; i < 5; i++) {
            importFile(newLead(i), SheetOptions.defaults());
        }
        List<Path> backups = hotlist.backups();
        assertThat(backups).hasSize(5);
        Path broken = HostileWorkbooks.breaksAtRow(dir.resolve("broken.xlsx"), HostileWorkbooks.PAST_THE_SAMPLE, "Name");
        for (int i = 0; i < 6; i++) {
            assertThatThrownBy(() -> importFile(broken, SheetOptions.defaults()))
                    .isInstanceOf(UnusableFileException.class);
        }
        assertThat(hotlist.backups()).as("the newest good state is still backed up").isEqualTo(backups);
        try (var files = Files.list(backups.get(0).getParent())) {
            assertThat(files.filter(p -> !p.getFileName().toString().endsWith(".db"))).as("no copy left aside")
                    .isEmpty();
        }
        importFile(newLead(5), SheetOptions.defaults());
        assertThat(hotlist.backups()).hasSize(5).first().isNotIn(backups);
        assertThat(hotlist.backups()).doesNotContain(backups.get(4)).contains(backups.get(0));
    }

    @Test
    void skippedRowsAreCountedByReasonAndOnlyTheFirstAreKept() throws Exception {
        int skipped = ImportReport.LISTED_SKIPS * 3;
        Path file = HostileWorkbooks.skippedRows(dir.resolve("skipped.xlsx"), skipped);
        ImportReport report = importFile(file, SheetOptions.defaults());
        assertThat(report.skippedCount()).isEqualTo(skipped);
        assertThat(report.skipped()).hasSize(ImportReport.LISTED_SKIPS);
        assertThat(report.skipped().get(0).rowNumber()).isEqualTo(3);
        assertThat(report.skipReasons()).singleElement().satisfies(r -> {
            assertThat(r.count()).isEqualTo(skipped);
            assertThat(r.reason()).isEqualTo("The row has no name, company, email, phone or record ID.");
        });
        assertThat(report.summaryLine()).endsWith(", " + skipped + " skipped");
        assertThat(hotlist.imports().get(0).skippedCount()).isEqualTo(skipped);
    }
}
