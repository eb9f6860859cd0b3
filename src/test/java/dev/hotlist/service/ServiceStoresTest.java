package dev.hotlist.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.hotlist.domain.CallOutcome;
import dev.hotlist.domain.EditOutcome;
import dev.hotlist.domain.Lead;
import dev.hotlist.domain.LeadEdit;
import dev.hotlist.domain.LeadEdit.Field;
import dev.hotlist.domain.LeadFilter;
import dev.hotlist.domain.Progress;
import dev.hotlist.domain.SheetOptions;
import dev.hotlist.domain.Stage;
import dev.hotlist.domain.UndoneAction;
import dev.hotlist.domain.UnusableFileException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What the service stores and shows for work on the list, on a SQLite file with a fixed clock: a call back snoozes
 * the lead until its day, an undo names what it undid, the export carries each lead's last call, the first rows
 * show another window's commit, the preview counts only rows that describe a lead, the import report names the
 * headers it did not trust, and the open database is never read as a sheet.
 */
class ServiceStoresTest {
    static final LocalDate TODAY = LocalDate.of(2026, 11, 24);
    static final Clock CLOCK = Clock.fixed(TODAY.atTime(9, 30).toInstant(ZoneOffset.UTC), ZoneOffset.UTC);
    @TempDir
    Path dir;
    private Path file;
    private LocalHotlist hotlist;

    @BeforeEach
    void open() {
        file = dir.resolve("h.db");
        hotlist = LocalHotlist.open(file, CLOCK);
    }

    @AfterEach
    void close() {
        hotlist.close();
    }

    private Lead add(String name) {
        return hotlist.addLead(List.of(new LeadEdit(Field.NAME, name)), TODAY);
    }

    private List<String> names(List<dev.hotlist.domain.RankedLead> ranked) {
        return ranked.stream().map(r -> r.lead().name()).toList();
    }

    @Test
    void aCallBackSetsTheNextActionAndSnoozesTheLeadOffTheListUntilItsDay() {
        Lead ann = add("Ann");
        add("Ben");
        LocalDate friday = TODAY.plusDays(4);
        hotlist.logCall(ann.id(), CallOutcome.CALL_BACK, friday, "after the fair");
        Lead stored = hotlist.lead(ann.id()).orElseThrow();
        assertThat(stored.stage()).isEqualTo(Stage.CONTACTED);
        assertThat(stored.nextActionDate()).isEqualTo(friday);
        assertThat(stored.snoozedUntil()).isEqualTo(friday);
        assertThat(names(hotlist.rank(LeadFilter.all(), TODAY))).containsExactly("Ben");
        assertThat(names(hotlist.rank(LeadFilter.all(), friday))).contains("Ann", "Ben");
    }

    @Test
    void anUndoAfterSavingNamesWhatItUndidAndPutsItBack() {
        Lead ann = add("Ann");
        Lead shown = hotlist.lead(ann.id()).orElseThrow();
        assertThat(hotlist.save(shown.toBuilder().snoozedUntil(TODAY.plusDays(7)).build()))
                .isInstanceOf(EditOutcome.Saved.class);
        assertThat(hotlist.undoLastAction()).hasValueSatisfying(u -> {
            assertThat(u.kind()).isEqualTo(UndoneAction.Kind.SNOOZE);
            assertThat(u.leadId()).isEqualTo(ann.id());
        });
        assertThat(hotlist.lead(ann.id()).orElseThrow().snoozedUntil()).isNull();

        shown = hotlist.lead(ann.id()).orElseThrow();
        assertThat(hotlist.save(shown.toBuilder().stage(Stage.PROPOSAL).build()))
                .isInstanceOf(EditOutcome.Saved.class);
        assertThat(hotlist.undoLastAction()).hasValueSatisfying(u ->
                assertThat(u.kind()).isEqualTo(UndoneAction.Kind.STAGE));
        assertThat(hotlist.lead(ann.id()).orElseThrow().stage()).isEqualTo(shown.stage());
    }

    @Test
    void theExportCarriesEachLeadsLastCallAndWhen() throws Exception {
        Lead ann = add("Ann");
        add("Ben");
        hotlist.logCall(ann.id(), CallOutcome.NO_ANSWER, null, "");
        Path out = dir.resolve("list.csv");
        assertThat(hotlist.export(out, LeadFilter.all(), TODAY, Progress.NONE, Locale.ENGLISH)).isEqualTo(2);
        List<String> lines = Files.readAllLines(out, StandardCharsets.UTF_8);
        String annLine = lines.stream().filter(l -> l.contains("Ann")).findFirst().orElseThrow();
        String benLine = lines.stream().filter(l -> l.contains("Ben")).findFirst().orElseThrow();
        // the outcome in words, then the minute it was logged (the clock's 09:30)
        assertThat(annLine).contains(",no answer,2026-11-24T09:30,");
        assertThat(benLine).doesNotContain("no answer").doesNotContain("2026-11-24T09:30");
    }

    @Test
    void theFirstRowsShowAnotherWindowsCommitAfterTheListWasRanked() {
        add("Ann");
        assertThat(names(hotlist.rank(LeadFilter.all(), TODAY))).containsExactly("Ann");
        assertThat(names(hotlist.firstRows(LeadFilter.all(), TODAY, 10))).containsExactly("Ann");
        try (LocalHotlist other = LocalHotlist.open(file, CLOCK)) {
            other.addLead(List.of(new LeadEdit(Field.NAME, "Ben")), TODAY);
        }
        assertThat(names(hotlist.firstRows(LeadFilter.all(), TODAY, 10))).containsExactlyInAnyOrder("Ann", "Ben");
    }

    @Test
    void thePreviewCountsOnlyTheRowsThatDescribeALead() throws Exception {
        Path sheet = Files.writeString(dir.resolve("p.csv"), """
                Name,Email,Notes
                Ann Lee,ann@acme.com,
                ,,only a note
                Ben Ho,ben@bolt.io,
                """, StandardCharsets.UTF_8);
        ImportPreview preview = hotlist.previewFile(sheet, SheetOptions.defaults(), TODAY, 10);
        assertThat(preview.rows()).hasSize(3);
        assertThat(preview.sampledRows()).isEqualTo(2);
        assertThat(preview.sampledLeads()).isEqualTo(2);
    }

    @Test
    void theOpenDatabaseIsNeverPreviewedAsASheet() {
        add("Ann");
        assertThatThrownBy(() -> hotlist.previewFile(file, SheetOptions.defaults(), TODAY, 10))
                .isInstanceOfSatisfying(UnusableFileException.class,
                        e -> assertThat(e.key()).isEqualTo("file.isOpenDatabase"));
    }

    @Test
    void theImportReportSaysWhichHeaderItDidNotTrust() throws Exception {
        Path sheet = Files.writeString(dir.resolve("o.csv"), """
                Name,Email,HasOptedOutOfEmail
                Ann Lee,ann@acme.com,true
                Ben Ho,ben@bolt.io,false
                """, StandardCharsets.UTF_8);
        ImportReport report = hotlist.importFile(sheet, SheetOptions.defaults(), TODAY, Progress.NONE,
                Locale.ENGLISH);
        assertThat(report.newCount()).isEqualTo(2);
        assertThat(report.notes()).containsExactly("'HasOptedOutOfEmail' holds true/false: not an email");
    }

    @Test
    void theSampleImportsItsLeadsAndReportsThem() throws Exception {
        ImportReport report = hotlist.importSample(TODAY, Progress.NONE, Locale.ENGLISH);
        assertThat(report.newCount()).isPositive().isEqualTo(hotlist.leadCount());
        assertThat(report.fileName()).isEqualTo("sample-leads.xlsx");
    }
}
