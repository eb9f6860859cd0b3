package dev.hotlist.store;

import dev.hotlist.domain.CallLogEntry;
import dev.hotlist.domain.CallOutcome;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** The calls logged against leads. */
public final class CallLog {
    private CallLog() {
    }

    public static CallLogEntry add(Connection c, CallLogEntry entry) throws SQLException {
        long id;
        try (PreparedStatement st = c.prepareStatement(
                "INSERT INTO call_log (lead_id, at, outcome, call_back_on, note) VALUES (?,?,?,?,?) RETURNING id")) {
            st.setLong(1, entry.leadId());
            st.setString(2, entry.at().toString());
            st.setString(3, entry.outcome().name());
            st.setString(4, LeadStore.iso(entry.callBackOn()));
            st.setString(5, entry.note());
            id = Sql.returnedId(st);
        }
        return new CallLogEntry(id, entry.leadId(), entry.at(), entry.outcome(), entry.callBackOn(), entry.note());
    }

    /**
     * Takes a call back (the app's undo): the row stays in the log with the moment it was retracted, and
     * {@link #of}, {@link #latestByLead} and {@link #countSince} leave it out. True when it was standing.
     */
    public static boolean retract(Connection c, long callId, Instant at) throws SQLException {
        try (PreparedStatement st = c.prepareStatement(
                "UPDATE call_log SET retracted_at = ? WHERE id = ? AND retracted_at IS NULL")) {
            st.setString(1, at.toString());
            st.setLong(2, callId);
            return st.executeUpdate() == 1;
        }
    }

    /** Standing calls logged at or after {@code since}, of {@code outcome} or of any outcome when null. */
    public static int countSince(Connection c, Instant since, CallOutcome outcome) throws SQLException {
        // no "? IS NULL" on a parameter: PostgreSQL cannot tell its type
        try (PreparedStatement st = c.prepareStatement("SELECT count(*) FROM call_log WHERE retracted_at IS NULL "
                + "AND at >= ?" + (outcome == null ? "" : " AND outcome = ?"))) {
            st.setString(1, since.toString());
            if (outcome != null) {
                st.setString(2, outcome.name());
            }
            try (ResultSet rs = st.executeQuery()) {
                return rs.next() ? rs.getInt(1) : 0;
            }
        }
    }

    /** A lead's standing calls, newest first. */
    public static List<CallLogEntry> of(Connection c, long leadId) throws SQLException {
        List<CallLogEntry> out = new ArrayList<>();
        try (PreparedStatement st = c.prepareStatement("SELECT id, lead_id, at, outcome, call_back_on, note "
                + "FROM call_log WHERE lead_id = ? AND retracted_at IS NULL ORDER BY at DESC, id DESC")) {
            st.setLong(1, leadId);
            try (ResultSet rs = st.executeQuery()) {
                while (rs.next()) {
                    out.add(read(rs));
                }
            }
        }
        return out;
    }

    /** Every lead's latest standing call, by lead id. */
    public static Map<Long, CallLogEntry> latestByLead(Connection c) throws SQLException {
        Map<Long, CallLogEntry> out = new HashMap<>();
        try (PreparedStatement st = c.prepareStatement("SELECT id, lead_id, at, outcome, call_back_on, note "
                + "FROM call_log WHERE retracted_at IS NULL ORDER BY lead_id, at, id"); ResultSet rs = st.executeQuery()) {
            while (rs.next()) {
                CallLogEntry e = read(rs);
                out.put(e.leadId(), e);
            }
        }
        return out;
    }

    /**
     * When each closed lead's closing call (won, lost, not interested) was logged, the latest by lead id: what dates
     * an outcome for learning.
     */
    public static Map<Long, Instant> closingTimes(Connection c) throws SQLException {
        Map<Long, Instant> out = new HashMap<>();
        try (PreparedStatement st = c.prepareStatement("SELECT lead_id, max(at) FROM call_log "
                + "WHERE outcome IN ('WON', 'LOST', 'NOT_INTERESTED') GROUP BY lead_id");
             ResultSet rs = st.executeQuery()) {
            while (rs.next()) {
                out.put(rs.getLong(1), Instant.parse(rs.getString(2)));
            }
        }
        return out;
    }

    public static long count(Connection c) throws SQLException {
        return Database.longQuery(c, "SELECT count(*) FROM call_log");
    }

    private static CallLogEntry read(ResultSet rs) throws SQLException {
        return new CallLogEntry(rs.getLong(1), rs.getLong(2), Instant.parse(rs.getString(3)),
                CallOutcome.valueOf(rs.getString(4)), LeadStore.date(rs.getString(5)), rs.getString(6));
    }
}
