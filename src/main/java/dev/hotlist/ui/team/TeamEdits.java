package dev.hotlist.ui.team;

import dev.hotlist.domain.EditOutcome;
import dev.hotlist.domain.Lead;
import dev.hotlist.service.Hotlist;
import dev.hotlist.ui.ConflictViewModel;
import dev.hotlist.ui.TaskExecutor;
import java.util.concurrent.Callable;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * Saves a user's edit of a lead against the version they were shown, in the background. When the database refuses
 * it (someone saved the lead meanwhile) the conflict goes to {@code resolve} (the dialog, or a test's choice): keeping
 * mine saves again over their version, which is checked once more; taking theirs keeps what is stored.
 */
public final class TeamEdits {
    private final TaskExecutor runner;
    private final Function<ConflictViewModel, Optional<ConflictViewModel.Choice>> resolve;

    public TeamEdits(TaskExecutor runner, Function<ConflictViewModel, Optional<ConflictViewModel.Choice>> resolve) {
        this.runner = runner;
        this.resolve = resolve;
    }

    /**
     * Saves {@code edited}; {@code done} gets the lead as it ends up stored (mine, or theirs after a conflict),
     * {@code failed} the error (the server out of reach, say: nothing changed, and the caller keeps what was typed).
     */
    public void save(Hotlist hotlist, Lead edited, Consumer<Lead> done, Consumer<Throwable> failed) {
        attempt(hotlist, () -> hotlist.save(edited), done, failed);
    }

    /**
     * As {@link #save}, the first attempt being {@code first} (an edit the service builds from the lead shown, say:
     * {@link Hotlist#editLead}); a conflict is resolved the same way.
     */
    public void attempt(Hotlist hotlist, Callable<EditOutcome> first, Consumer<Lead> done, Consumer<Throwable> failed) {
        runner.later(first, outcome -> {
            if (outcome instanceof EditOutcome.Saved saved) {
                done.accept(saved.lead());
            } else if (outcome instanceof EditOutcome.Conflict conflict) {
                ConflictViewModel model = new ConflictViewModel(conflict);
                ConflictViewModel.Choice choice = resolve.apply(model).orElse(ConflictViewModel.Choice.TAKE_THEIRS);
                Optional<Lead> again = model.toSave(choice);
                if (again.isPresent()) {
                    save(hotlist, again.get(), done, failed);
                } else {
                    done.accept(model.theirs());
                }
            }
        }, failed);
    }
}
