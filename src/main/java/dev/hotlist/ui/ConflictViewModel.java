package dev.hotlist.ui;

import dev.hotlist.domain.EditOutcome;
import dev.hotlist.domain.Lead;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;

/**
 * A refused edit, without a window: the fields where the user's version and the one saved meanwhile differ, and what
 * each choice saves. Keeping mine saves my whole version over theirs (on top of their version number, so it is
 * checked again and a third edit in between is caught too); taking theirs saves nothing.
 */
public final class ConflictViewModel {
    /** One differing field: its message key, my value, theirs. */
    public record Row(String field, String mine, String theirs) {
    }

    public enum Choice { KEEP_MINE, TAKE_THEIRS }

    private static final List<Field> FIELDS = List.of(
            new Field("stage", l -> l.stage().name()),
            new Field("userNotes", Lead::userNotes),
            new Field("snoozedUntil", l -> day(l.snoozedUntil())),
            new Field("nextAction", l -> day(l.nextActionDate())),
            new Field("buyingDate", l -> day(l.buyingDate())),
            new Field("need", Lead::needStated),
            new Field("name", Lead::name),
            new Field("company", Lead::company),
            new Field("email", Lead::email),
            new Field("phone", Lead::phone),
            new Field("notes", Lead::notes),
            new Field("owner", Lead::assignee));

    private record Field(String key, Function<Lead, String> value) {
    }

    /** The fields a conflict may list, by key ({@code conflict.f.KEY} in the bundles). */
    public static List<String> fieldKeys() {
        return FIELDS.stream().map(Field::key).toList();
    }

    private final Lead mine;
    private final Lead theirs;
    private final String changedBy;

    public ConflictViewModel(EditOutcome.Conflict conflict) {
        this.mine = conflict.mine();
        this.theirs = conflict.theirs();
        this.changedBy = conflict.changedBy();
    }

    /** False when the lead was deleted meanwhile (its import undone): there is nothing to keep mine over. */
    public boolean leadStillExists() {
        return theirs != null;
    }

    public String changedBy() {
        return changedBy;
    }

    public String leadName() {
        return mine.displayName();
    }

    /** The fields that differ, in the order a salesperson reads them. */
    public List<Row> rows() {
        List<Row> rows = new ArrayList<>();
        if (theirs == null) {
            return rows;
        }
        for (Field f : FIELDS) {
            String a = f.value().apply(mine);
            String b = f.value().apply(theirs);
            if (!Objects.equals(a, b)) {
                rows.add(new Row(f.key(), a, b));
            }
        }
        return rows;
    }

    /** What to save for {@code choice}: my version on top of theirs, or nothing. */
    public Optional<Lead> toSave(Choice choice) {
        if (choice == Choice.TAKE_THEIRS || theirs == null) {
            return Optional.empty();
        }
        return Optional.of(mine.toBuilder().version(theirs.version()).assignee(theirs.assignee()).build());
    }

    /** The lead to show once the choice is made and saved. */
    public Lead theirs() {
        return theirs;
    }

    private static String day(LocalDate d) {
        return d == null ? "" : d.toString();
    }
}
