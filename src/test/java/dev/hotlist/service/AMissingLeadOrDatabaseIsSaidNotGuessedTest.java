package dev.hotlist.service;

import static dev.hotlist.service.FixedDay.CLOCK;
import static dev.hotlist.service.FixedDay.TODAY;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.hotlist.domain.CallOutcome;
import dev.hotlist.domain.LeadEdit;
import dev.hotlist.domain.LeadFilter;
import dev.hotlist.domain.Progress;
import dev.hotlist.domain.SheetOptions;
import dev.hotlist.domain.Stage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Work on a lead that is not in the database (an id from a script, a lead another window or an undone import
 * removed) is refused with a sentence that says so, and changes nothing; a command that only reads opens an existing
 * database and never makes a new one.
 */
class AMissingLeadOrDatabaseIsSaidNotGuessedTest {
    private static final long NOBODY = 4242;
    @TempDir
    Path dir;

    @Test
    void callsStagesSnoozesAndClaimsOfANonexistentLeadAreRefusedAndChangeNothing() {
        try (LocalHotlist h = FixedDay.service(dir)) {
            h.addLead(List.of(new LeadEdit(LeadEdit.Field.NAME, "Ann Lee")), TODAY);

            assertThatThrownBy(() -> h.logCall(NOBODY, CallOutcome.REACHED, null, "hello"))
                    .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("No lead with id " + NOBODY);
            assertThatThrownBy(() -> h.setStage(NOBODY, Stage.WON)).isInstanceOf(InvalidEditException.class)
                    .satisfies(e -> assertThat(((InvalidEditException) e).key()).isEqualTo("edit.noLead"));
            assertThatThrownBy(() -> h.snooze(NOBODY, TODAY.plusDays(2))).isInstanceOf(InvalidEditException.class)
                    .hasMessageContaining("no longer in the database");
            assertThatThrownBy(() -> h.claim(NOBODY)).isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("No lead with id " + NOBODY);

            assertThat(h.callLog(NOBODY)).isEmpty();
            assertThat(h.undoLastAction()).as("nothing was done, so nothing to undo").isEmpty();
            assertThat(h.rank(LeadFilter.all(), TODAY)).singleElement()
                    .satisfies(r -> assertThat(r.lead().stage()).isEqualTo(Stage.NEW));
        }
    }

    @Test
    void anUndoOfWorkOnALeadAnUndoneImportRemovedSaysTheLeadIsGone() throws Exception {
        try (LocalHotlist h = FixedDay.service(dir)) {
            h.importFile(FixedDay.csv(dir, "one.csv", "Name,Email\nBen Ho,ben@x.com\n"), SheetOptions.defaults(), TODAY,
                    Progress.NONE, Locale.ENGLISH);
            long ben = h.rank(LeadFilter.all(), TODAY).get(0).lead().id();
            h.snooze(ben, TODAY.plusDays(3));
            assertThat(h.undoLastImport()).isPresent();

            assertThatThrownBy(h::undoLastAction).isInstanceOf(InvalidEditException.class)
                    .satisfies(e -> assertThat(((InvalidEditException) e).key()).isEqualTo("edit.noLead"));
            assertThat(h.leadCount()).isZero();
        }
    }

    @Test
    void aReadingCommandOpensAnExistingDatabaseAndRefusesAMissingOne() throws Exception {
        Path file = dir.resolve("h.db");
        try (LocalHotlist h = LocalHotlist.open(file, CLOCK)) {
            h.addLead(List.of(new LeadEdit(LeadEdit.Field.NAME, "Ann Lee")), TODAY);
        }
        try (LocalHotlist existing = LocalHotlist.openExisting(DatabaseLocation.of(file))) {
            assertThat(existing.leadCount()).isEqualTo(1);
            assertThat(existing.rank(LeadFilter.all(), TODAY)).extracting(r -> r.lead().name())
                    .containsExactly("Ann Lee");
        }
        Path missing = dir.resolve("none.db");
        assertThat(LocalHotlist.exists(DatabaseLocation.of(missing))).isFalse();
        assertThatThrownBy(() -> LocalHotlist.openExisting(DatabaseLocation.of(missing)).close())
                .isInstanceOf(RuntimeException.class);
        assertThat(Files.exists(missing)).as("no new database made").isFalse();
        assertThat(LocalHotlist.exists(DatabaseLocation.of(file))).isTrue();
    }
}
