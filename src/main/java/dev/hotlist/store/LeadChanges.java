package dev.hotlist.store;

import dev.hotlist.domain.Lead;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The leads written or deleted since a mark, on a store that {@link Store#tracksChanges tracks changes} (PostgreSQL,
 * by the transaction stamps of its V9.1): an open app refreshes its copy from these instead of reading every lead.
 *
 * @param changed leads inserted or updated since the mark (some may be ones already seen: applying is idempotent)
 * @param gone    ids of leads deleted since the mark
 * @param mark    where the next question starts: the oldest transaction still running when this one was read
 */
public record LeadChanges(List<Lead> changed, Set<Long> gone, long mark) {
    /** Where a full read of the leads, in the same read transaction, leaves off. */
    public static long mark(Connection c) throws SQLException {
        return Database.longQuery(c, "SELECT pg_snapshot_xmin(pg_current_snapshot())::text::bigint");
    }

    /** What changed from {@code mark} on; run inside one read transaction (the store's reads are). */
    public static LeadChanges since(Connection c, long mark) throws SQLException {
        long next = mark(c);
        Map<Long, Map<String, String>> extras = new HashMap<>();
        try (PreparedStatement st = c.prepareStatement("SELECT e.lead_id, e.key, e.value FROM lead_extra e "
                + "JOIN lead l ON l.id = e.lead_id WHERE l.changed_in >= ?::text::xid8 ORDER BY e.lead_id, e.position")) {
            st.setString(1, Long.toString(mark));
            try (ResultSet rs = st.executeQuery()) {
                while (rs.next()) {
                    extras.computeIfAbsent(rs.getLong(1), k -> new LinkedHashMap<>()).put(rs.getString(2),
                            rs.getString(3));
                }
            }
        }
        List<Lead> changed = new ArrayList<>();
        try (PreparedStatement st = c.prepareStatement(LeadStore.SELECT_ALL + " WHERE changed_in >= ?::text::xid8 ORDER BY id")) {
            st.setString(1, Long.toString(mark));
            try (ResultSet rs = st.executeQuery()) {
                while (rs.next()) {
                    changed.add(LeadStore.read(rs, extras.getOrDefault(rs.getLong("id"), Map.of())));
                }
            }
        }
        Set<Long> gone = new HashSet<>();
        try (PreparedStatement st = c.prepareStatement("SELECT lead_id FROM lead_gone g WHERE changed_in >= ?::text::xid8 "
                + "AND NOT EXISTS (SELECT 1 FROM lead l WHERE l.id = g.lead_id)")) {
            st.setString(1, Long.toString(mark));
            try (ResultSet rs = st.executeQuery()) {
                while (rs.next()) {
                    gone.add(rs.getLong(1));
                }
            }
        }
        return new LeadChanges(changed, gone, next);
    }
}
