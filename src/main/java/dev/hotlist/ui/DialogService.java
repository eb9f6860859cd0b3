package dev.hotlist.ui;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * Every question and message the app puts in a window of its own, owned by the main window and sized to its
 * content. Screens ask through this, so a test answers with a fake instead of clicking a button by its label.
 */
public interface DialogService {
    void error(String title, String text);

    void info(String title, String text);

    /** Yes or no; true for yes. */
    boolean confirm(String title, String text);

    /** A line of text, {@code initial} filled in; empty when cancelled or left blank. */
    Optional<String> askText(String title, String header, String initial);

    /** A day, {@code initial} chosen; empty when cancelled. */
    Optional<LocalDate> askDate(String title, String header, LocalDate initial);

    /** A call's note (may be blank) and, for a call back, its day; empty when cancelled. */
    Optional<CallNote> askCallNote(String title, String header, boolean withDay, LocalDate initialDay);

    /** One of {@code choices}, {@code initial} preselected; empty when cancelled. */
    <T> Optional<T> choose(String title, String header, List<T> choices, T initial);

    /**
     * An edit refused because someone saved the lead meanwhile: keep mine or take theirs (empty: closed, which
     * keeps theirs).
     */
    Optional<ConflictViewModel.Choice> resolveConflict(ConflictViewModel conflict);

    /** What the salesperson said about a call. */
    record CallNote(String note, LocalDate day) {
        public CallNote {
            note = note == null ? "" : note.strip();
        }
    }
}
