package dev.hotlist.store;

import dev.hotlist.domain.Lead;
import dev.hotlist.domain.Outcome;
import dev.hotlist.domain.Stage;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Reads and writes leads and their extra columns. Every method runs on a connection inside the caller's work. */
public final class LeadStore {
    static final String SHEET_COLUMNS = "external_id, name, company, email, phone, email_key, phone_key, name_key, "
            + "need_stated, need_scale, buying_stated, buying_date, budget, source, segment, customer_type, region, "
            + "size, owner, notes, outcome, closed_on, do_not_call";
    private static final String ALL_COLUMNS = "id, " + SHEET_COLUMNS
            + ", stage, user_notes, snoozed_until, next_action_date, batch_id, created_at, updated_at, assignee, version";
    static final String SELECT_ALL = "SELECT " + ALL_COLUMNS + " FROM lead";
    static final String FIND_BY_ID = SELECT_ALL + " WHERE id = ?";
    static final String EXTRAS_BY_ID = "SELECT key, value FROM lead_extra WHERE lead_id = ? ORDER BY position";

    private static final int MAX_SHARED_VALUE = 64;
    private static final int MAX_SHARED_VALUES = 200_000;

    private LeadStore() {
    }

    public static long count(Connection c) throws SQLException {
        return Database.longQuery(c, "SELECT count(*) FROM lead");
    }

    /** Every lead with its extra columns, in id order. */
    public static List<Lead> all(Connection c) throws SQLException {
        Map<Long, Map<String, String>> extras = new HashMap<>();
        // A sheet's headers repeat on every lead: one copy of each, which also makes a lookup by header an identity
        // check (the learned need reads every extra column of every lead).
        Map<String, String> headers = new HashMap<>();
        // Picklist values repeat too ("Yes", "Google", "Mumbai"): short ones are kept once each, up to a bound.
        Map<String, String> values = new HashMap<>();
        try (PreparedStatement st = c.prepareStatement(
                "SELECT lead_id, key, value FROM lead_extra ORDER BY lead_id, position")) {
            try (ResultSet rs = st.executeQuery()) {
                while (rs.next()) {
                    String key = headers.computeIfAbsent(rs.getString(2), k -> k);
                    String value = rs.getString(3);
                    if (value.length() <= MAX_SHARED_VALUE) {
                        String known = values.get(value);
                        if (known != null) {
                            value = known;
                        } else if (values.size() < MAX_SHARED_VALUES) {
                            values.put(value, value);
                        }
                    }
                    extras.computeIfAbsent(rs.getLong(1), k -> new LinkedHashMap<>()).put(key, value);
                }
            }
        }
        List<Lead> leads = new ArrayList<>();
        try (PreparedStatement st = c.prepareStatement("SELECT " + ALL_COLUMNS + " FROM lead ORDER BY id");
             ResultSet rs = st.executeQuery()) {
            while (rs.next()) {
                leads.add(read(rs, extras.getOrDefault(rs.getLong("id"), Map.of())));
            }
        }
        return leads;
    }

    public static Optional<Lead> find(Connection c, long id) throws SQLException {
        try (PreparedStatement byId = c.prepareStatement(FIND_BY_ID);
             PreparedStatement extras = c.prepareStatement(EXTRAS_BY_ID)) {
            return find(byId, extras, id);
        }
    }

    /** {@link #find(Connection, long)} with statements prepared from {@link #FIND_BY_ID} and {@link #EXTRAS_BY_ID}. */
    static Optional<Lead> find(PreparedStatement byId, PreparedStatement extras, long id) throws SQLException {
        byId.setLong(1, id);
        try (ResultSet rs = byId.executeQuery()) {
            if (!rs.next()) {
                return Optional.empty();
            }
            return Optional.of(read(rs, extrasOf(extras, id)));
        }
    }

    /** Adds a lead typed in by hand (no import batch); returns its id. */
    public static long insert(Connection c, Lead lead, Instant now) throws SQLException {
        try (LeadWriter writer = new LeadWriter(c, null, now)) {
            return writer.insert(lead);
        }
    }

    public static void setStage(Connection c, long id, Stage stage, Instant now) throws SQLException {
        update(c, "UPDATE lead SET stage = ?, updated_at = ?, version = version + 1 WHERE id = ?", stage.name(), now.toString(), id);
    }

    public static void setSnoozedUntil(Connection c, long id, LocalDate until, Instant now) throws SQLException {
        update(c, "UPDATE lead SET snoozed_until = ?, updated_at = ?, version = version + 1 WHERE id = ?", iso(until), now.toString(), id);
    }

    public static void setNextAction(Connection c, long id, LocalDate day, Instant now) throws SQLException {
        update(c, "UPDATE lead SET next_action_date = ?, updated_at = ?, version = version + 1 WHERE id = ?", iso(day), now.toString(), id);
    }

    public static void setUserNotes(Connection c, long id, String notes, Instant now) throws SQLException {
        update(c, "UPDATE lead SET user_notes = ?, updated_at = ?, version = version + 1 WHERE id = ?", notes, now.toString(), id);
    }

    private static Map<String, String> extrasOf(PreparedStatement st, long id) throws SQLException {
        Map<String, String> extra = new LinkedHashMap<>();
        st.setLong(1, id);
        try (ResultSet rs = st.executeQuery()) {
            while (rs.next()) {
                extra.put(rs.getString(1), rs.getString(2));
            }
        }
        return extra;
    }

    static Lead read(ResultSet rs, Map<String, String> extra) throws SQLException {
        int scale = rs.getInt("need_scale");
        Integer needScale = rs.wasNull() || scale <= 0 ? null : scale;
        long batch = rs.getLong("batch_id");
        Long batchId = rs.wasNull() ? null : batch;
        return new Lead(rs.getLong("id"), rs.getString("external_id"), rs.getString("name"),
                rs.getString("company"), rs.getString("email"), rs.getString("phone"), rs.getString("need_stated"),
                needScale, rs.getString("buying_stated"), date(rs.getString("buying_date")), rs.getString("budget"),
                rs.getString("source"), rs.getString("segment"), rs.getString("customer_type"),
                rs.getString("region"), rs.getString("size"), rs.getString("owner"), rs.getString("notes"), extra,
                outcome(rs.getString("outcome")), date(rs.getString("closed_on")), rs.getInt("do_not_call") != 0,
                Stage.valueOf(rs.getString("stage")), rs.getString("user_notes"),
                date(rs.getString("snoozed_until")), date(rs.getString("next_action_date")), batchId,
                Instant.parse(rs.getString("created_at")), Instant.parse(rs.getString("updated_at")),
                rs.getString("assignee"), rs.getLong("version"));
    }

    static Outcome outcome(String stored) {
        return stored == null || stored.isEmpty() ? null : Outcome.valueOf(stored);
    }

    static String stored(Outcome outcome) {
        return outcome == null ? "" : outcome.name();
    }

    static LocalDate date(String iso) {
        return iso == null || iso.isEmpty() ? null : LocalDate.parse(iso);
    }

    static String iso(LocalDate d) {
        return d == null ? null : d.toString();
    }

    private static void update(Connection c, String sql, String a, String b, long id) throws SQLException {
        try (PreparedStatement st = c.prepareStatement(sql)) {
            if (a == null) {
                st.setNull(1, Types.VARCHAR);
            } else {
                st.setString(1, a);
            }
            st.setString(2, b);
            st.setLong(3, id);
            if (st.executeUpdate() != 1) {
                throw new SQLException("No lead with id " + id);
            }
        }
    }
}
