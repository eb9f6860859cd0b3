package dev.hotlist.ui.team;

import static org.assertj.core.api.Assertions.assertThat;

import dev.hotlist.domain.EditOutcome;
import dev.hotlist.domain.Lead;
import dev.hotlist.domain.Stage;
import dev.hotlist.ui.ConflictViewModel;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class ConflictViewModelTest {
    private final Lead base = Lead.builder().id(7).name("Ann Lee").company("Acme").version(3).build();

    @Test
    void listsOnlyTheFieldsThatDifferWithMineBesideTheirs() {
        Lead mine = base.toBuilder().userNotes("call after lunch").snoozedUntil(LocalDate.of(2026, 12, 1)).build();
        Lead theirs = base.toBuilder().stage(Stage.PROPOSAL).version(4).assignee("ben").build();
        ConflictViewModel model = new ConflictViewModel(new EditOutcome.Conflict(mine, theirs, "ben"));
        assertThat(model.rows()).extracting(ConflictViewModel.Row::field)
                .containsExactly("stage", "userNotes", "snoozedUntil", "owner");
        assertThat(model.rows().get(0)).isEqualTo(new ConflictViewModel.Row("stage", "NEW", "PROPOSAL"));
        assertThat(model.changedBy()).isEqualTo("ben");
    }

    @Test
    void keepingMineSavesMyFieldsOnTheirVersionAndTakingTheirsSavesNothing() {
        Lead mine = base.toBuilder().userNotes("mine").build();
        Lead theirs = base.toBuilder().stage(Stage.PROPOSAL).version(4).assignee("ben").build();
        ConflictViewModel model = new ConflictViewModel(new EditOutcome.Conflict(mine, theirs, "ben"));
        Lead saved = model.toSave(ConflictViewModel.Choice.KEEP_MINE).orElseThrow();
        assertThat(saved.version()).as("checked again against their version").isEqualTo(4);
        assertThat(saved.userNotes()).isEqualTo("mine");
        assertThat(saved.stage()).isEqualTo(Stage.NEW);
        assertThat(saved.assignee()).as("a claim is not an edit to undo").isEqualTo("ben");
        assertThat(model.toSave(ConflictViewModel.Choice.TAKE_THEIRS)).isEmpty();
    }

    @Test
    void aLeadDeletedMeanwhileHasNothingToKeepMineOver() {
        ConflictViewModel model = new ConflictViewModel(new EditOutcome.Conflict(base, null, ""));
        assertThat(model.leadStillExists()).isFalse();
        assertThat(model.rows()).isEmpty();
        assertThat(model.toSave(ConflictViewModel.Choice.KEEP_MINE)).isEmpty();
    }
}
