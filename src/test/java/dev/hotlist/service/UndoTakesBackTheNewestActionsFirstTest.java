package dev.hotlist.service;

import static dev.hotlist.service.FixedDay.TODAY;
import static org.assertj.core.api.Assertions.assertThat;

import dev.hotlist.domain.Lead;
import dev.hotlist.domain.LeadEdit;
import dev.hotlist.domain.UndoneAction;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Ctrl+Z takes back the actions made through the service newest first, each putting back what the one before it
 * left; the history is bounded, so after a long day the oldest actions are no longer remembered (and undoing stops
 * there, leaving the lead as the oldest remembered action found it).
 */
class UndoTakesBackTheNewestActionsFirstTest {
    private static final int ACTIONS = 150;
    @TempDir
    Path dir;

    @Test
    void eachUndoPutsBackTheSnoozeBeforeItAndTheOldestActionsAreForgotten() {
        try (LocalHotlist h = FixedDay.service(dir)) {
            Lead ann = h.addLead(List.of(new LeadEdit(LeadEdit.Field.NAME, "Ann Lee")), TODAY);
            for (int i = 1; i <= ACTIONS; i++) {
                h.snooze(ann.id(), TODAY.plusDays(i));
            }
            int undone = 0;
            for (Optional<UndoneAction> u = h.undoLastAction(); u.isPresent(); u = h.undoLastAction()) {
                assertThat(u.get().kind()).isEqualTo(UndoneAction.Kind.SNOOZE);
                undone++;
                LocalDate back = h.lead(ann.id()).orElseThrow().snoozedUntil();
                assertThat(back).as("undo %d", undone)
                        .isEqualTo(ACTIONS - undone == 0 ? null : TODAY.plusDays(ACTIONS - undone));
                if (undone > ACTIONS) {
                    break;
                }
            }
            assertThat(undone).as("a long history is kept").isGreaterThanOrEqualTo(50);
            assertThat(undone).as("but not without bound").isLessThan(ACTIONS);
            assertThat(h.lead(ann.id()).orElseThrow().snoozedUntil()).isEqualTo(TODAY.plusDays(ACTIONS - undone));
        }
    }
}
