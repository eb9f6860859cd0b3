package dev.hotlist.domain;

/**
 * What became of an edit made against the version of a lead the user saw: saved, or refused because someone
 * else saved the lead in between (then both versions are at hand, to keep one or the other).
 */
public sealed interface EditOutcome {
    /** The edit is in the database; {@code lead} is the lead as stored now (its new version). */
    record Saved(Lead lead) implements EditOutcome {
    }

    /**
     * Refused: {@code theirs} is the lead as someone else saved it ({@code changedBy}) after the user read it;
     * {@code mine} is the user's edit, unchanged, to save again over {@code theirs} or to drop. {@code theirs} is null
     * when the lead was deleted meanwhile (its import undone).
     */
    record Conflict(Lead mine, Lead theirs, String changedBy) implements EditOutcome {
    }
}
