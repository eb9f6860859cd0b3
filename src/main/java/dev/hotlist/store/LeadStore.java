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
            Stamps stamps = new Stamps();
            while (rs.next()) {
                leads.add(read(rs, extras.getOrDefault(rs.getLong(1), Map.of()), stamps));
            }
        }
        return leads;
    }

    /** What the rules' need, timing and every filter but the search box read: see {@link #forRanking}. */
    private static final String RANKING_COLUMNS = "id, need_stated, need_scale, buying_stated, buying_date, budget, "
            + "source, notes, user_notes, outcome, closed_on, do_not_call, stage, snoozed_until, next_action_date, "
            + "segment, customer_type, region, owner, assignee";
    /** What the search box reads besides (notes and source are read already). */
    private static final String SEARCH_COLUMNS = ", name, company, email, phone";

    /**
     * Every lead with only the fields the rules' need, the timing and the filters read (with {@code search}, the
     * contact fields the search box reads too), in id order: no extra columns, keys, stamps or version, so such a
     * lead is ranked, never shown or saved: 20 of the 33 columns and no query of the extra fields, what a window's
     * first rows are picked from before the full leads are read.
     */
    public static List<Lead> forRanking(Connection c, boolean search) throws SQLException {
        List<Lead> leads = new ArrayList<>();
        try (PreparedStatement st = c.prepareStatement("SELECT " + RANKING_COLUMNS + (search ? SEARCH_COLUMNS : "")
                + " FROM lead ORDER BY id");
             ResultSet rs = st.executeQuery()) {
            while (rs.next()) {
                int scale = rs.getInt(3);
                Integer needScale = rs.wasNull() || scale <= 0 ? null : scale;
                leads.add(new Lead(rs.getLong(1), null, search ? rs.getString(21) : null,
                        search ? rs.getString(22) : null, search ? rs.getString(23) : null,
                        search ? rs.getString(24) : null, rs.getString(2), needScale, rs.getString(4),
                        date(rs.getString(5)), rs.getString(6), rs.getString(7), rs.getString(16), rs.getString(17),
                        rs.getString(18), null, rs.getString(19), rs.getString(8), Map.of(), outcome(rs.getString(10)),
                        date(rs.getString(11)), rs.getInt(12) != 0, Stage.valueOf(rs.getString(13)),
                        rs.getString(9), date(rs.getString(14)), date(rs.getString(15)), null, null, null,
                        rs.getString(20), 0));
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
        return read(rs, extra, null);
    }

    /**
     * The lead in the current row of a query that selects {@link #ALL_COLUMNS} first. Columns are read by position
     * (by name, sqlite-jdbc fetches every column's name anew for each result set); {@code stamps}, when given,
     * keeps the last timestamps parsed, since the leads of one import share theirs.
     */
    static Lead read(ResultSet rs, Map<String, String> extra, Stamps stamps) throws SQLException {
        Stamps parsed = stamps == null ? new Stamps() : stamps;
        int scale = rs.getInt(11);
        Integer needScale = rs.wasNull() || scale <= 0 ? null : scale;
        long batch = rs.getLong(29);
        Long batchId = rs.wasNull() ? null : batch;
        return new Lead(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5),
                rs.getString(6), rs.getString(10), needScale, rs.getString(12), date(rs.getString(13)),
                rs.getString(14), rs.getString(15), rs.getString(16), rs.getString(17), rs.getString(18),
                rs.getString(19), rs.getString(20), rs.getString(21), extra, outcome(rs.getString(22)),
                date(rs.getString(23)), rs.getInt(24) != 0, Stage.valueOf(rs.getString(25)), rs.getString(26),
                date(rs.getString(27)), date(rs.getString(28)), batchId, parsed.created(rs.getString(30)),
                parsed.updated(rs.getString(31)), rs.getString(32), rs.getLong(33));
    }

    /**
     * A lead's sheet fields only, from a query that selects {@code id, } {@link #SHEET_COLUMNS} first: what an import
     * compares a row with and merges it into. Stage, notes, dates, owner and version are left at their defaults, so
     * such a lead is never shown or saved whole.
     */
    static Lead readSheetFields(ResultSet rs, Map<String, String> extra) throws SQLException {
        int scale = rs.getInt(11);
        Integer needScale = rs.wasNull() || scale <= 0 ? null : scale;
        return new Lead(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5),
                rs.getString(6), rs.getString(10), needScale, rs.getString(12), date(rs.getString(13)),
                rs.getString(14), rs.getString(15), rs.getString(16), rs.getString(17), rs.getString(18),
                rs.getString(19), rs.getString(20), rs.getString(21), extra, outcome(rs.getString(22)),
                date(rs.getString(23)), rs.getInt(24) != 0, null, null, null, null, null, null, null, null, 0);
    }

    /** The last created and updated times parsed, kept while a query's leads are read. */
    static final class Stamps {
        private String createdText;
        private Instant created;
        private String updatedText;
        private Instant updated;

        Instant created(String text) {
            if (!text.equals(createdText)) {
                created = Instant.parse(text);
                createdText = text;
            }
            return created;
        }

        Instant updated(String text) {
            if (!text.equals(updatedText)) {
                updated = Instant.parse(text);
                updatedText = text;
            }
            return updated;
        }
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
