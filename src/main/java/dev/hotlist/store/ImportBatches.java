package dev.hotlist.store;

import dev.hotlist.domain.ImportBatch;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** The record of imports, and undoing the latest one. */
public final class ImportBatches {
    private static final String COLUMNS = "id, file_name, sheet_name, imported_at, as_of, new_count, updated_count, "
            + "skipped_count, undone_at";

    private ImportBatches() {
    }

    public static long start(Connection c, String fileName, String sheetName, Instant at, LocalDate asOf)
            throws SQLException {
        try (PreparedStatement st = c.prepareStatement(
                "INSERT INTO import_batch (file_name, sheet_name, imported_at, as_of) VALUES (?,?,?,?) RETURNING id")) {
            st.setString(1, fileName);
            st.setString(2, sheetName);
            st.setString(3, at.toString());
            st.setString(4, asOf.toString());
            return Sql.returnedId(st);
        }
    }

    public static void finish(Connection c, long id, int added, int updated, int skipped) throws SQLException {
        try (PreparedStatement st = c.prepareStatement(
                "UPDATE import_batch SET new_count = ?, updated_count = ?, skipped_count = ? WHERE id = ?")) {
            st.setInt(1, added);
            st.setInt(2, updated);
            st.setInt(3, skipped);
            st.setLong(4, id);
            st.executeUpdate();
        }
    }

    /** All imports, newest first. */
    public static List<ImportBatch> all(Connection c) throws SQLException {
        List<ImportBatch> out = new ArrayList<>();
        try (PreparedStatement st = c.prepareStatement("SELECT " + COLUMNS + " FROM import_batch ORDER BY id DESC");
             ResultSet rs = st.executeQuery()) {
            while (rs.next()) {
                out.add(read(rs));
            }
        }
        return out;
    }

    /**
     * Undoes the newest import that still stands: leads it created are deleted (with their call log), leads it
     * updated get back the sheet fields they had before it. The salesperson's own work fields stay as they are.
     */
    public static Optional<ImportBatch> undoLatest(Connection c, Instant now) throws SQLException {
        Optional<ImportBatch> latest = all(c).stream().filter(b -> !b.isUndone()).findFirst();
        if (latest.isEmpty()) {
            return Optional.empty();
        }
        long id = latest.get().id();
        exec(c, "DELETE FROM lead WHERE created_batch = ?", id);
        String restored = LeadStore.SHEET_COLUMNS.replace(" ", "");
        StringBuilder set = new StringBuilder();
        for (String col : restored.split(",")) {
            set.append(col).append(" = b.").append(col).append(", ");
        }
        exec(c, "UPDATE lead SET " + set + "batch_id = b.batch_id_before, updated_at = b.updated_at, version = version + 1 "
                + "FROM (SELECT * FROM lead_before WHERE batch_id = ?) AS b WHERE lead.id = b.lead_id", id);
        exec(c, "DELETE FROM lead_extra WHERE lead_id IN (SELECT lead_id FROM lead_before WHERE batch_id = ?)", id);
        exec(c, "INSERT INTO lead_extra (lead_id, position, key, value) "
                + "SELECT lead_id, position, key, value FROM lead_extra_before WHERE batch_id = ?", id);
        exec(c, "DELETE FROM lead_before WHERE batch_id = ?", id);
        exec(c, "DELETE FROM lead_extra_before WHERE batch_id = ?", id);
        exec(c, "DELETE FROM import_change WHERE batch_id = ?", id);
        try (PreparedStatement st = c.prepareStatement("UPDATE import_batch SET undone_at = ? WHERE id = ?")) {
            st.setString(1, now.toString());
            st.setLong(2, id);
            st.executeUpdate();
        }
        return all(c).stream().filter(b -> b.id() == id).findFirst();
    }

    private static void exec(Connection c, String sql, long id) throws SQLException {
        try (PreparedStatement st = c.prepareStatement(sql)) {
            st.setLong(1, id);
            st.executeUpdate();
        }
    }

    private static ImportBatch read(ResultSet rs) throws SQLException {
        String undone = rs.getString("undone_at");
        return new ImportBatch(rs.getLong("id"), rs.getString("file_name"), rs.getString("sheet_name"),
                Instant.parse(rs.getString("imported_at")), LocalDate.parse(rs.getString("as_of")),
                rs.getInt("new_count"), rs.getInt("updated_count"), rs.getInt("skipped_count"),
                undone == null ? null : Instant.parse(undone));
    }
}
