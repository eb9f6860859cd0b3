package dev.hotlist.store;

import dev.hotlist.domain.Lead;
import dev.hotlist.domain.LeadKeys;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.util.Optional;

/**
 * Edits of one lead made by a person, each checked by the database against the version they were made from
 * ({@code UPDATE ... WHERE id = ? AND version = ?}, row count checked): of two people saving one lead, the second is
 * told, never silently overwritten, whatever the timing, since the check and the write are one statement. Claims
 * work the same way on the owner column.
 */
public final class LeadEdits {
    private static final String SAVE = "UPDATE lead SET " + LeadStore.SHEET_COLUMNS.replace(",", " = ?,")
            + " = ?, stage = ?, user_notes = ?, snoozed_until = ?, next_action_date = ?, "
            + "version = version + 1, updated_by = ?, updated_at = ? WHERE id = ? AND version = ?";

    private LeadEdits() {
    }

    /**
     * Saves {@code edited} (sheet fields, buying date, stage, own notes, snooze, next action) over the stored lead if
     * that is still at {@code edited.version()}; false, changing nothing, when someone saved it since.
     */
    public static boolean save(Connection c, Lead edited, String user, Instant now) throws SQLException {
        try (PreparedStatement st = c.prepareStatement(SAVE)) {
            int i = LeadWriter.bindSheetFields(st, 1, edited, LeadKeys.of(edited));
            st.setString(i++, edited.stage().name());
            st.setString(i++, edited.userNotes());
            setDate(st, i++, edited.snoozedUntil());
            setDate(st, i++, edited.nextActionDate());
            st.setString(i++, user);
            st.setString(i++, now.toString());
            st.setLong(i++, edited.id());
            st.setLong(i, edited.version());
            return st.executeUpdate() == 1;
        }
    }

    /**
     * Makes {@code user} the lead's owner if nobody is (or they already are); false when someone else owns it. One
     * conditional UPDATE: of two people claiming at once, exactly one changes the row.
     */
    public static boolean claim(Connection c, long id, String user, Instant now) throws SQLException {
        try (PreparedStatement st = c.prepareStatement("UPDATE lead SET assignee = ?, version = version + 1, "
                + "updated_by = ?, updated_at = ? WHERE id = ? AND (assignee = '' OR assignee = ?)")) {
            st.setString(1, user);
            st.setString(2, user);
            st.setString(3, now.toString());
            st.setLong(4, id);
            st.setString(5, user);
            return st.executeUpdate() == 1;
        }
    }

    /** Gives a lead of {@code user}'s back to the unassigned; false when it is not theirs. */
    public static boolean release(Connection c, long id, String user, Instant now) throws SQLException {
        try (PreparedStatement st = c.prepareStatement("UPDATE lead SET assignee = '', version = version + 1, "
                + "updated_by = ?, updated_at = ? WHERE id = ? AND assignee = ?")) {
            st.setString(1, user);
            st.setString(2, now.toString());
            st.setLong(3, id);
            st.setString(4, user);
            return st.executeUpdate() == 1;
        }
    }

    /** Who saved the lead last (empty for a lead only imports have written). */
    public static Optional<String> changedBy(Connection c, long id) throws SQLException {
        try (PreparedStatement st = c.prepareStatement("SELECT updated_by FROM lead WHERE id = ?")) {
            st.setLong(1, id);
            try (ResultSet rs = st.executeQuery()) {
                return rs.next() ? Optional.of(rs.getString(1)) : Optional.empty();
            }
        }
    }

    private static void setDate(PreparedStatement st, int i, java.time.LocalDate d) throws SQLException {
        if (d == null) {
            st.setNull(i, Types.VARCHAR);
        } else {
            st.setString(i, d.toString());
        }
    }
}
