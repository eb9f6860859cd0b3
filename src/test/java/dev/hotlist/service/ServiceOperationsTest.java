package dev.hotlist.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.hotlist.domain.CallOutcome;
import dev.hotlist.domain.EditOutcome;
import dev.hotlist.domain.FilterChoices;
import dev.hotlist.domain.Lead;
import dev.hotlist.domain.LeadEdit;
import dev.hotlist.domain.LeadEdit.Field;
import dev.hotlist.domain.LeadFilter;
import dev.hotlist.domain.Progress;
import dev.hotlist.domain.RankedLead;
import dev.hotlist.domain.SavedView;
import dev.hotlist.domain.ScoringSettings;
import dev.hotlist.domain.Stage;
import dev.hotlist.domain.UndoneAction;
import dev.hotlist.domain.UnusableFileException;
import dev.hotlist.domain.LeadField;
import dev.hotlist.domain.ParsedRow;
import dev.hotlist.domain.SheetOptions;
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
 * The service's smaller operations on a SQLite file with a fixed clock: what each one stores, reads back or leaves
 * alone (filters' choices, views, preferences, trial scoring, the dry run, the preview's row count, the database's
 * file helpers); and for work on the list: a call back snoozes the lead until its day, an undo names what it undid,
 * the export carries each lead's last call, the first rows show another window's commit, the preview counts only
 * rows that describe a lead, the import report names the headers it did not trust, the open database is never read
 * as a sheet.
 */
class ServiceOperationsTest {
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

    private Lead add(LeadEdit... fields) {
        return hotlist.addLead(List.of(fields), TODAY);
    }

    private Path csv(String name, String text) throws Exception {
        return Files.writeString(dir.resolve(name), text, StandardCharsets.UTF_8);
    }

    @Test
    void theServiceSaysWhereItIsWhoUsesItAndWhatDayItIs() {
        assertThat(hotlist.location()).contains("h.db");
        assertThat(hotlist.isTeamDatabase()).isFalse();
        assertThat(hotlist.user()).isNotBlank();
        assertThat(hotlist.today()).isEqualTo(TODAY);
        assertThat(hotlist.leadCount()).isZero();
        add(new LeadEdit(Field.NAME, "Ann"));
        assertThat(hotlist.leadCount()).isEqualTo(1);
    }

    @Test
    void anotherWindowsCommitMovesTheExternalRevisionAndShowsInTheNextRanking() {
        add(new LeadEdit(Field.NAME, "Ann"));
        assertThat(hotlist.rank(LeadFilter.all(), TODAY)).hasSize(1);
        long before = hotlist.externalRevision();
        try (LocalHotlist other = LocalHotlist.open(file, CLOCK)) {
            other.addLead(List.of(new LeadEdit(Field.NAME, "Ben")), TODAY);
        }
        assertThat(hotlist.externalRevision()).isNotEqualTo(before);
        assertThat(hotlist.rank(LeadFilter.all(), TODAY)).extracting(r -> r.lead().name())
                .containsExactlyInAnyOrder("Ann", "Ben");
    }

    @Test
    void filterChoicesAreTheDistinctSortedValuesOfTheStoredLeadsBlanksLeftOut() {
        add(new LeadEdit(Field.NAME, "Ann"), new LeadEdit(Field.SEGMENT, "SMB"),
                new LeadEdit(Field.CUSTOMER_TYPE, "Reseller"), new LeadEdit(Field.REGION, "West"),
                new LeadEdit(Field.SOURCE, "Fair"), new LeadEdit(Field.OWNER, "Tom"));
        add(new LeadEdit(Field.NAME, "Ben"), new LeadEdit(Field.SEGMENT, "Enterprise"),
                new LeadEdit(Field.CUSTOMER_TYPE, "Direct"), new LeadEdit(Field.REGION, "East"),
                new LeadEdit(Field.SOURCE, "Ads"), new LeadEdit(Field.OWNER, "Ann"));
        add(new LeadEdit(Field.NAME, "Cy"), new LeadEdit(Field.SEGMENT, "SMB"));
        FilterChoices choices = hotlist.filterChoices();
        assertThat(choices.segments()).containsExactly("Enterprise", "SMB");
        assertThat(choices.customerTypes()).containsExactly("Direct", "Reseller");
        assertThat(choices.regions()).containsExactly("East", "West");
        assertThat(choices.sources()).containsExactly("Ads", "Fair");
        assertThat(choices.owners()).containsExactly("Ann", "Tom");
    }

    @Test
    void viewsAreRenamedUpdatedAndDeleted() {
        SavedView hot = hotlist.saveView("Hot", LeadFilter.all().withText("acme"));
        SavedView cold = hotlist.saveView("Cold", LeadFilter.all());
        hotlist.renameView(hot.id(), "Very hot");
        hotlist.updateView(cold.id(), LeadFilter.all().withText("bolt"));
        assertThat(hotlist.views()).extracting(SavedView::name).containsExactlyInAnyOrder("Very hot", "Cold");
        SavedView updated = hotlist.views().stream().filter(v -> v.id() == cold.id()).findFirst().orElseThrow();
        assertThat(updated.filter().text()).isEqualTo("bolt");
        hotlist.deleteView(hot.id());
        assertThat(hotlist.views()).extracting(SavedView::name).containsExactly("Cold");
    }

    @Test
    void aPreferenceIsStoredInTheDatabase() {
        assertThat(hotlist.preference("lastView")).isEmpty();
        hotlist.savePreference("lastView", "Hot");
        try (LocalHotlist again = LocalHotlist.open(file, CLOCK)) {
            assertThat(again.preference("lastView")).contains("Hot");
        }
    }

    @Test
    void savedSettingsAreUsedByTheNextRankingAndATrialSavesNothing() {
        ScoringSettings defaults = hotlist.settings();
        ScoringSettings needHeavy = new ScoringSettings(0.9, defaults.hotNeed(), defaults.hotTiming(),
                defaults.timingMidpointDays(), defaults.timingSteepness(), defaults.overdueGraceDays(),
                defaults.staleAfterDays());
        Lead ann = add(new LeadEdit(Field.NAME, "Ann"), new LeadEdit(Field.NEED, "low"),
                new LeadEdit(Field.BUYING_TIME, "tomorrow"));
        double stored = hotlist.rank(LeadFilter.all(), TODAY).get(0).score().priority();
        List<RankedLead> trial = hotlist.rescore(List.of(ann), needHeavy, TODAY);
        assertThat(trial).singleElement().satisfies(r -> {
            assertThat(r.lead().id()).isEqualTo(ann.id());
            // a low need weighs more: the lead falls
            assertThat(r.score().priority()).isLessThan(stored);
        });
        assertThat(hotlist.settings()).isEqualTo(defaults);
        assertThat(hotlist.rank(LeadFilter.all(), TODAY).get(0).score().priority()).isEqualTo(stored);
        hotlist.saveSettings(needHeavy);
        assertThat(hotlist.settings()).isEqualTo(needHeavy);
        assertThat(hotlist.rank(LeadFilter.all(), TODAY).get(0).score().priority())
                .isEqualTo(trial.get(0).score().priority());
        try (LocalHotlist again = LocalHotlist.open(file, CLOCK)) {
            assertThat(again.settings()).isEqualTo(needHeavy);
        }
        assertThat(hotlist.resetSettings()).isEqualTo(ScoringSettings.defaults());
        assertThat(hotlist.settings()).isEqualTo(ScoringSettings.defaults());
        assertThat(hotlist.rank(LeadFilter.all(), TODAY).get(0).score().priority()).isEqualTo(stored);
    }

    @Test
    void settingsChangedByAnotherWindowAreReadBeforeTheNextRanking() {
        add(new LeadEdit(Field.NAME, "Ann"), new LeadEdit(Field.NEED, "low"), new LeadEdit(Field.BUYING_TIME,
                "tomorrow"));
        double before = hotlist.rank(LeadFilter.all(), TODAY).get(0).score().priority();
        ScoringSettings d = ScoringSettings.defaults();
        ScoringSettings needHeavy = new ScoringSettings(0.9, d.hotNeed(), d.hotTiming(), d.timingMidpointDays(),
                d.timingSteepness(), d.overdueGraceDays(), d.staleAfterDays());
        try (LocalHotlist other = LocalHotlist.open(file, CLOCK)) {
            other.saveSettings(needHeavy);
        }
        assertThat(hotlist.rank(LeadFilter.all(), TODAY).get(0).score().priority()).isLessThan(before);
        assertThat(hotlist.settings()).isEqualTo(needHeavy);
    }

    @Test
    void aDryRunListsTheMergesAndTheReportAndWritesNothing() throws Exception {
        Path first = csv("first.csv", "Name,Email,Need\nAnn Lee,ann@acme.com,high\n");
        hotlist.importFile(first, SheetOptions.defaults(), TODAY, Progress.NONE, Locale.ENGLISH);
        Path sheet = csv("second.csv", """
                Name,Email,Need
                Ann Lee,ann@acme.com,urgent
                Ben Ho,ben@bolt.io,low
                Ben Ho,ben@bolt.io,low
                ,,
                """);
        long revision = hotlist.externalRevision();
        DryRun dry = LocalHotlist.dryRun(DatabaseLocation.of(file), sheet, SheetOptions.defaults(), TODAY,
                Locale.ENGLISH);
        assertThat(dry.sheetName()).isNotBlank();
        assertThat(dry.headerRowNumber()).isEqualTo(1);
        assertThat(dry.mapping().fieldOf(1)).isEqualTo(LeadField.EMAIL);
        assertThat(dry.firstRows()).hasSize(3);
        assertThat(dry.mergeCount()).isEqualTo(2);
        assertThat(dry.merges()).containsExactly(new DryRun.Merge(2, 0, "Ann Lee", 'e'),
                new DryRun.Merge(4, 3, "Ben Ho", 'e'));
        assertThat(dry.report().newCount()).isEqualTo(1);
        assertThat(dry.report().updatedCount()).isEqualTo(1);
        assertThat(dry.report().duplicateCount()).isEqualTo(1);
        // nothing was written: not the leads, not a commit, not a new file for a database that is not there
        assertThat(hotlist.externalRevision()).isEqualTo(revision);
        assertThat(hotlist.leadCount()).isEqualTo(1);
        assertThat(hotlist.lead(hotlist.rank(LeadFilter.all(), TODAY).get(0).lead().id()).orElseThrow().needStated())
                .isEqualTo("high");
        Path missing = dir.resolve("none.db");
        DryRun intoNothing = LocalHotlist.dryRun(DatabaseLocation.of(missing), sheet, SheetOptions.defaults(), TODAY,
                Locale.ENGLISH);
        assertThat(intoNothing.report().newCount()).isEqualTo(2);
        assertThat(intoNothing.merges()).containsExactly(new DryRun.Merge(4, 3, "Ben Ho", 'e'));
        assertThat(missing).doesNotExist();
        assertThat(LocalHotlist.exists(DatabaseLocation.of(missing))).isFalse();
        assertThat(LocalHotlist.exists(DatabaseLocation.of(file))).isTrue();
    }

    @Test
    void aDryRunListsTwentyMergesAndCountsTheRest() throws Exception {
        StringBuilder sheet = new StringBuilder("Name,Email\n");
        for (int i = 0; i < 26; i++) {
            sheet.append("Ann Lee,ann@acme.com\n");
        }
        DryRun dry = LocalHotlist.dryRun(DatabaseLocation.of(dir.resolve("none.db")), csv("many.csv",
                sheet.toString()), SheetOptions.defaults(), TODAY, Locale.ENGLISH);
        assertThat(dry.mergeCount()).isEqualTo(25);
        assertThat(dry.merges()).hasSize(ImportRun.LISTED_MERGES);
        assertThat(dry.merges()).allSatisfy(m -> assertThat(m.intoRow()).isEqualTo(2));
        assertThat(dry.firstRows()).hasSize(DryRun.FIRST_ROWS);
    }

    @Test
    void thePreviewShowsAsManyRowsAsAskedAndCountsTheSampledLeads() throws Exception {
        Path sheet = csv("p.csv", """
                Name,Email
                Ann Lee,ann@acme.com
                Ben Ho,ben@bolt.io
                Ann Lee,ann@acme.com
                Cy Wu,
                """);
        ImportPreview two = hotlist.previewFile(sheet, SheetOptions.defaults(), TODAY, 2);
        assertThat(two.rows()).hasSize(2);
        assertThat(two.headers()).containsExactly("Name", "Email");
        assertThat(two.fields()).containsExactly(LeadField.NAME, LeadField.EMAIL);
        assertThat(two.sampledRows()).isEqualTo(4);
        assertThat(two.sampledLeads()).isEqualTo(3);
        assertThat(two.sheetNames()).containsExactly(two.sheetName());
        assertThat(hotlist.previewFile(sheet, SheetOptions.defaults(), TODAY, 50).rows()).hasSize(4)
                .allSatisfy(r -> assertThat(r).isInstanceOf(ParsedRow.LeadRow.class));
        assertThat(hotlist.previewFile(sheet, SheetOptions.defaults(), TODAY, -1).rows()).isEmpty();
        assertThat(hotlist.leadCount()).isZero();
    }

    @Test
    void stagesAndSnoozesAreStoredOnTheLeadAndImportsCanBeListedAndUndone() throws Exception {
        Lead ann = add(new LeadEdit(Field.NAME, "Ann"));
        hotlist.setStage(ann.id(), Stage.PROPOSAL);
        hotlist.snooze(ann.id(), TODAY.plusDays(3));
        Lead stored = hotlist.lead(ann.id()).orElseThrow();
        assertThat(stored.stage()).isEqualTo(Stage.PROPOSAL);
        assertThat(stored.snoozedUntil()).isEqualTo(TODAY.plusDays(3));
        assertThat(hotlist.rank(LeadFilter.all(), TODAY)).isEmpty();
        hotlist.snooze(ann.id(), null);
        assertThat(hotlist.rank(LeadFilter.all(), TODAY)).hasSize(1);

        ImportReport report = hotlist.importFile(csv("i.csv", "Name,Email\nBen Ho,ben@bolt.io\n"),
                SheetOptions.defaults(), TODAY, Progress.NONE, Locale.ENGLISH);
        assertThat(hotlist.imports()).singleElement().satisfies(b -> assertThat(b.id()).isEqualTo(report.batchId()));
        assertThat(hotlist.undoLastImport()).hasValueSatisfying(b -> assertThat(b.id()).isEqualTo(report.batchId()));
        assertThat(hotlist.rank(LeadFilter.all(), TODAY)).extracting(r -> r.lead().name()).containsExactly("Ann");
    }

    @Test
    void aClosedDatabaseCanBeRestoredFromItsBackupsAndDeleted() throws Exception {
        hotlist.addLead(List.of(new LeadEdit(Field.NAME, "Ann")), TODAY);
        hotlist.importFile(csv("i.csv", "Name,Email\nBen Ho,ben@bolt.io\n"), SheetOptions.defaults(), TODAY,
                Progress.NONE, Locale.ENGLISH);
        assertThat(hotlist.leadCount()).isEqualTo(2);
        List<Path> backups = hotlist.backups();
        assertThat(backups).isNotEmpty();
        hotlist.close();
        assertThat(LocalHotlist.backupsOf(file)).isEqualTo(backups);
        LocalHotlist.restoreInto(file, backups.get(0));
        hotlist = LocalHotlist.open(file, CLOCK);
        assertThat(hotlist.leadCount()).isEqualTo(1);
        hotlist.close();
        LocalHotlist.deleteDatabase(file);
        assertThat(file).doesNotExist();
        hotlist = LocalHotlist.open(dir.resolve("other.db"), CLOCK);
    }

    private List<String> names(List<RankedLead> ranked) {
        return ranked.stream().map(r -> r.lead().name()).toList();
    }

    @Test
    void aCallBackSetsTheNextActionAndSnoozesTheLeadOffTheListUntilItsDay() {
        Lead ann = add(new LeadEdit(Field.NAME, "Ann"));
        add(new LeadEdit(Field.NAME, "Ben"));
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
        Lead ann = add(new LeadEdit(Field.NAME, "Ann"));
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
        Lead ann = add(new LeadEdit(Field.NAME, "Ann"));
        add(new LeadEdit(Field.NAME, "Ben"));
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
        add(new LeadEdit(Field.NAME, "Ann"));
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
        add(new LeadEdit(Field.NAME, "Ann"));
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
