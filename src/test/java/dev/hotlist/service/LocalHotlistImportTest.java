package dev.hotlist.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.hotlist.domain.CallOutcome;
import dev.hotlist.domain.Lead;
import dev.hotlist.domain.LeadField;
import dev.hotlist.domain.LeadFilter;
import dev.hotlist.domain.Progress;
import dev.hotlist.domain.RankedLead;
import dev.hotlist.domain.SheetOptions;
import dev.hotlist.domain.Stage;
import dev.hotlist.domain.UnusableFileException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CancellationException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import dev.hotlist.store.Store;
import dev.hotlist.team.TeamServer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.api.io.TempDir;

/** Runs on a SQLite file and on a PostgreSQL server: every command works the same on both. */
@ParameterizedClass
@EnumSource(Store.Engine.class)
class LocalHotlistImportTest {
    @Parameter
    Store.Engine engine;

    static final LocalDate AS_OF = LocalDate.of(2026, 11, 24);
    @TempDir
    Path dir;
    LocalHotlist hotlist;

    @BeforeEach
    void open() {
        hotlist = TeamServer.open(engine, dir, "hotlist.db");
    }

    @AfterEach
    void close() {
        hotlist.close();
    }

    @Test
    void importsMergesAndNeverDuplicatesOnReimport() throws Exception {
        Path csv = csv("leads.csv", """
                Name,Company,Email,Phone,Need,Expected purchase,Notes
                Ann Lee,Acme,ann@acme.com,+1 415 555 0101,high,2026-11-25,machine broken
                Ben Ho,Acme,ben@acme.com,+1 415 555 0100,low,2027-06-01,
                ,,,,,,
                ,,,,urgent,,orphan row with nothing to call
                """);
        ImportReport first = importFile(csv);
        assertThat(first.newCount()).isEqualTo(2);
        assertThat(first.updatedCount()).isZero();
        assertThat(first.skipped()).singleElement().satisfies(s -> assertThat(s.rowNumber()).isEqualTo(5));
        assertThat(first.summaryLine()).isEqualTo("imported 2 new, 0 updated, 1 skipped");

        long annId = lead("Ann Lee").id();
        hotlist.setStage(annId, Stage.PROPOSAL);
        hotlist.logCall(annId, CallOutcome.REACHED, null, "asked for a quote");

        ImportReport again = importFile(csv);
        assertThat(again.newCount()).isZero();
        assertThat(again.updatedCount()).as("the same sheet changes nothing").isZero();
        assertThat(again.unchangedCount()).isEqualTo(2);
        assertThat(hotlist.leadCount()).isEqualTo(2);
        assertThat(lead("Ann Lee").stage()).isEqualTo(Stage.PROPOSAL);
        assertThat(hotlist.callLog(annId)).hasSize(1);
    }

    @Test
    void aLeadTwiceInOneFileIsADuplicateMergedNotAnUpdate() throws Exception {
        Path csv = csv("twice.csv", """
                Name,Company,Phone,Need
                Alice,Acme,010-88886666,low
                Bob,Acme,010-88886666,
                Carol,Beta,010 8888 6666,
                Alice,Acme,+86 10 8888 6666,urgent
                """);
        ImportReport first = importFile(csv);
        assertThat(first.newCount()).isEqualTo(3);
        assertThat(first.updatedCount()).isZero();
        assertThat(first.duplicateCount()).isEqualTo(1);
        assertThat(first.summaryLine()).isEqualTo("imported 3 new, 0 updated, 0 skipped");
        assertThat(lead("Alice").needStated()).isEqualTo("urgent");

        ImportReport again = importFile(csv);
        assertThat(again.newCount()).isZero();
        // Alice's first row sets her need back to low, her second to urgent again: in the end nothing changed
        assertThat(again.updatedCount()).isZero();
        assertThat(again.unchangedCount()).isEqualTo(3);
        assertThat(again.duplicateCount()).isEqualTo(1);
        assertThat(hotlist.imports().get(0).updatedCount()).isZero();
        assertThat(lead("Alice").needStated()).isEqualTo("urgent");
    }

    @Test
    void crmExportsWithoutPeopleImportTwiceWithoutDuplicates() throws Exception {
        Path opportunities = csv("sf-opportunities.csv", """
                Opportunity ID,Opportunity Name,Account Name,Amount,Close Date,Stage
                0065g00000AAAA1,Acme - pumps,Acme,"50,000",2027-01-15,Prospecting
                0065g00000AAAA2,Bolt - valves,Bolt,12000,2026-12-20,Negotiation
                """);
        Path names = csv("names-only.csv", """
                Client Name,Company,Need
                Ann Lee,,high
                ,Globex,low
                """);
        assertThat(importFile(opportunities).newCount()).isEqualTo(2);
        assertThat(importFile(names).newCount()).isEqualTo(2);
        ImportReport again = importFile(opportunities);
        assertThat(again.newCount()).isZero();
        assertThat(again.unchangedCount()).isEqualTo(2);
        assertThat(importFile(names).unchangedCount()).isEqualTo(2);
        assertThat(hotlist.leadCount()).isEqualTo(4);
    }

    @Test
    void thePreviewShowsRejectedProposalsAndWarnsWhenTheSheetWouldCollapse() throws Exception {
        // rows told apart by nothing but a shared address: one lead, which the preview warns about
        StringBuilder rows = new StringBuilder("Lead Source,Email,Do Not Email\n");
        for (int i = 0; i < 30; i++) {
            rows.append("Web ").append(i).append(",orders@wholesaler.com,").append(i % 2 == 0 ? "Yes" : "No")
                    .append('\n');
        }
        Path csv = csv("collapse.csv", rows.toString());
        ImportPreview preview = hotlist.previewFile(csv, SheetOptions.defaults(), AS_OF, 5);
        assertThat(preview.rows()).hasSize(5);
        assertThat(preview.sampledRows()).isEqualTo(30);
        assertThat(preview.sampledLeads()).isEqualTo(1);
        assertThat(preview.collapses()).isTrue();
        assertThat(preview.rejected()).singleElement().satisfies(r -> assertThat(r.reason(java.util.Locale.ENGLISH))
                .isEqualTo("'Do Not Email' holds Yes/No: not an email"));
        assertThat(hotlist.leadCount()).as("a preview writes nothing").isZero();

        Path fine = csv("fine.csv", "Name,Email\nAnn,ann@x.com\nBob,bob@x.com\n");
        assertThat(hotlist.previewFile(fine, SheetOptions.defaults(), AS_OF, 5).collapses()).isFalse();
    }

    @Test
    void aCancelledImportChangesNothing() throws Exception {
        importFile(csv("base.csv", "Name,Email\nKept,kept@x.com\n"));
        StringBuilder rows = new StringBuilder("Name,Email\n");
        for (int i = 0; i < 5000; i++) {
            rows.append("Lead ").append(i).append(",l").append(i).append("@x.com\n");
        }
        Path big = csv("big.csv", rows.toString());
        Progress cancelSoon = new Progress() {
            long updates;

            @Override
            public void update(long done, long total) {
                updates++;
            }

            @Override
            public boolean isCancelled() {
                return updates > 2;
            }
        };
        assertThatThrownBy(() -> hotlist.importFile(big, SheetOptions.defaults(), AS_OF, cancelSoon, Locale.ENGLISH))
                .isInstanceOf(CancellationException.class);
        assertThat(hotlist.leadCount()).isEqualTo(1);
        assertThat(hotlist.imports()).hasSize(1);
    }

    @Test
    void anUnusableFileIsRefusedWithOneSentenceAndTheDatabaseIsUntouched() throws Exception {
        org.junit.jupiter.api.Assumptions.assumeTrue(engine == Store.Engine.SQLITE, "compares the file's bytes");
        importFile(csv("base.csv", "Name,Email\nKept,kept@x.com\n"));
        hotlist.close();
        byte[] before = Files.readAllBytes(dir.resolve("hotlist.db"));
        hotlist = TeamServer.open(engine, dir, "hotlist.db");
        Path fake = dir.resolve("report.xlsx");
        Files.writeString(fake, "this is not a workbook at all", StandardCharsets.UTF_8);
        assertThatThrownBy(() -> importFile(fake)).isInstanceOf(UnusableFileException.class)
                .satisfies(e -> assertThat(e.getLocalizedMessage()).doesNotContain("Exception").doesNotContain("\n"));
        hotlist.close();
        assertThat(Files.readAllBytes(dir.resolve("hotlist.db"))).isEqualTo(before);
        hotlist = TeamServer.open(engine, dir, "hotlist.db");
    }

    @Test
    void undoTakesBackTheLastImport() throws Exception {
        importFile(csv("a.csv", "Name,Email,Need\nAnn,ann@x.com,low\n"));
        importFile(csv("b.csv", "Name,Email,Need\nAnn,ann@x.com,urgent\nBen,ben@x.com,high\n"));
        assertThat(hotlist.leadCount()).isEqualTo(2);
        assertThat(hotlist.undoLastImport()).isPresent();
        assertThat(hotlist.leadCount()).isEqualTo(1);
        assertThat(lead("Ann").needStated()).isEqualTo("low");
    }

    @Test
    void aCorrectedMappingIsRememberedForTheNextSheetWithTheSameHeaders() throws Exception {
        Path csv = csv("odd.csv", "Who,Mood,Email\nAnn,urgent,ann@x.com\n");
        hotlist.importFile(csv, new SheetOptions(null, Map.of("Who", LeadField.NAME, "Mood", LeadField.NEED)), AS_OF,
                Progress.NONE, Locale.ENGLISH);
        assertThat(lead("Ann").needStated()).isEqualTo("urgent");
        Path next = csv("odd2.csv", "Who,Mood,Email\nBen,low,ben@x.com\n");
        importFile(next);
        assertThat(lead("Ben").needStated()).isEqualTo("low");
    }

    @Test
    void bareNumberNeedsAreReadOnTheirColumnsScale() throws Exception {
        importFile(csv("scale.csv", "Name,Email,Need\nFour,four@x.com,4\nOne,one@x.com,1\n"));
        assertThat(lead("Four").needScale()).isEqualTo(5);
        List<RankedLead> ranked = hotlist.rank(LeadFilter.all(), AS_OF);
        assertThat(ranked.get(0).lead().name()).isEqualTo("Four");
    }

    private ImportReport importFile(Path file) throws UnusableFileException {
        return hotlist.importFile(file, SheetOptions.defaults(), AS_OF, Progress.NONE, Locale.ENGLISH);
    }

    private Path csv(String name, String content) throws Exception {
        Path p = dir.resolve(name);
        Files.writeString(p, content, StandardCharsets.UTF_8);
        return p;
    }

    private Lead lead(String name) {
        return hotlist.rank(LeadFilter.all().withClosedAndSnoozed(true, true), AS_OF).stream()
                .map(RankedLead::lead).filter(l -> l.name().equals(name)).findFirst().orElseThrow();
    }
}
