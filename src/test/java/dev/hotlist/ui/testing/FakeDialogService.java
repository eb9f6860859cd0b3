package dev.hotlist.ui.testing;

import dev.hotlist.ui.ConflictViewModel;
import dev.hotlist.ui.DialogService;
import java.time.LocalDate;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Optional;

/** Answers the app's questions from a script and records its messages: no test clicks "OK" by its label. */
public final class FakeDialogService implements DialogService {
    private final Deque<Object> answers = new ArrayDeque<>();
    private final List<String> shown = new ArrayList<>();

    /** The next question gets {@code answer} (a String, a LocalDate, a CallNote, a Boolean or a choice). */
    public FakeDialogService answer(Object answer) {
        answers.add(answer);
        return this;
    }

    public List<String> shown() {
        return shown;
    }

    @Override
    public void error(String title, String text) {
        shown.add(text);
    }

    @Override
    public void info(String title, String text) {
        shown.add(text);
    }

    @Override
    public boolean confirm(String title, String text) {
        shown.add(text);
        return answers.isEmpty() || Boolean.TRUE.equals(answers.poll());
    }

    @Override
    public Optional<String> askText(String title, String header, String initial) {
        return Optional.ofNullable((String) answers.poll());
    }

    @Override
    public Optional<LocalDate> askDate(String title, String header, LocalDate initial) {
        return Optional.ofNullable((LocalDate) answers.poll());
    }

    @Override
    public Optional<CallNote> askCallNote(String title, String header, boolean withDay, LocalDate initialDay) {
        return Optional.ofNullable((CallNote) answers.poll());
    }

    /** A conflict gets the next answer when it is a {@link ConflictViewModel.Choice}, else keeps theirs. */
    @Override
    public Optional<ConflictViewModel.Choice> resolveConflict(ConflictViewModel conflict) {
        shown.add(conflict.leadName());
        if (answers.peek() instanceof ConflictViewModel.Choice choice) {
            answers.poll();
            return Optional.of(choice);
        }
        return Optional.of(ConflictViewModel.Choice.TAKE_THEIRS);
    }

    @Override
    @SuppressWarnings("unchecked")
    public <T> Optional<T> choose(String title, String header, List<T> choices, T initial) {
        Object a = answers.poll();
        return Optional.ofNullable(a == null ? initial : (T) a);
    }
}
