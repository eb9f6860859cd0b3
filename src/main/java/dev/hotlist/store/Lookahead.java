package dev.hotlist.store;

import dev.hotlist.domain.Lead;
import dev.hotlist.domain.LeadKeys;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.function.Predicate;

/**
 * The stored leads the next batch of an import's rows point at, fetched with a few queries per batch instead of
 * three per row (a round trip each on a server). A kind of key (record id, email, phone, name) is fetched for the
 * whole batch the first time a row of it asks for one, so a re-import whose rows all match by email never fetches
 * by phone. What it holds is what the writer's own queries would return at the time of the fetch; the writer
 * {@linkplain #forget forgets} every key and lead it writes, and those go back to a query each.
 */
final class Lookahead {
    /** Parameters per {@code IN (...)} list: well under SQLite's and PostgreSQL's limits. */
    private static final int CHUNK = 500;
    private static final String KINDS = "xepn";
    private static final String[] COLUMNS = {"external_id", "email_key", "phone_key", "name_key"};

    /**
     * A lead sharing a key, with the columns {@link LeadWriter} judges a candidate by, and the print of the last row
     * merged into it while still current ({@link SheetPrint}; 0 when none or stale).
     */
    record Candidate(long id, String email, String name, String phoneKey, String externalId, String company,
                     long print) {
        /** The columns {@link #of} reads, in order. */
        static final String COLUMNS = "id, email, name, phone_key, external_id, company, "
                + "CASE WHEN print_version = version THEN coalesce(sheet_print, 0) ELSE 0 END";

        /** The candidate in the current row of a query selecting {@link #COLUMNS} first. */
        static Candidate of(ResultSet rs) throws SQLException {
            return new Candidate(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5),
                    rs.getString(6), rs.getLong(7));
        }
    }

    private final Connection c;
    private final int limit;
    private List<LeadKeys.Keys> upcoming = List.of();
    /** The upcoming rows' prints ({@link SheetPrint}). */
    private java.util.Set<Long> prints = java.util.Set.of();
    private final boolean[] fetched = new boolean[KINDS.length()];
    /** Kind + key to the ids of the leads carrying it, ascending, at most {@link #limit}; empty when none. */
    private final Map<String, List<Long>> byKey = new HashMap<>();
    private final Map<Long, Candidate> candidates = new HashMap<>();
    private final Map<Long, Lead> leads = new HashMap<>();

    Lookahead(Connection c, int limit) {
        this.c = c;
        this.limit = limit;
    }

    /**
     * Starts a new batch: forgets the last one's leads; keys are fetched when first asked for. A candidate whose
     * current print is one of the rows' {@code prints} is not read whole: the row that carries that print changes
     * nothing, and the writer needs no more than the candidate to tell so.
     */
    void next(List<LeadKeys.Keys> rows, long[] rowPrints) {
        upcoming = rows;
        prints = new java.util.HashSet<>(rowPrints.length * 2);
        for (long p : rowPrints) {
            prints.add(p);
        }
        byKey.clear();
        candidates.clear();
        leads.clear();
        java.util.Arrays.fill(fetched, false);
    }

    /** Whether {@link #fetch} of this kind is still to come in this batch. */
    boolean unfetched(char kind) {
        int k = KINDS.indexOf(kind);
        return !upcoming.isEmpty() && !fetched[k];
    }

    /**
     * Fetches the leads carrying the upcoming rows' keys of this kind that {@code wanted} accepts. The caller
     * flushes its queued writes first, so the fetch sees them.
     */
    void fetch(char kind, Predicate<String> wanted) throws SQLException {
        int k = KINDS.indexOf(kind);
        fetched[k] = true;
        TreeSet<String> keys = new TreeSet<>();
        for (LeadKeys.Keys row : upcoming) {
            String key = keyOf(row, kind);
            if (!key.isEmpty() && !byKey.containsKey(kind + key) && wanted.test(key)) {
                keys.add(key);
            }
        }
        if (keys.isEmpty()) {
            return;
        }
        Map<String, TreeSet<Long>> ids = new HashMap<>();
        Map<Long, Candidate> found = new HashMap<>();
        List<String> all = new ArrayList<>(keys);
        String column = COLUMNS[k];
        for (int from = 0; from < all.size(); from += CHUNK) {
            List<String> chunk = all.subList(from, Math.min(all.size(), from + CHUNK));
            try (PreparedStatement st = c.prepareStatement("SELECT " + Candidate.COLUMNS + ", " + column
                    + " FROM lead WHERE " + column + " IN (" + marks(chunk.size()) + ") AND " + column + " <> ''")) {
                for (int i = 0; i < chunk.size(); i++) {
                    st.setString(i + 1, chunk.get(i));
                }
                try (ResultSet rs = st.executeQuery()) {
                    while (rs.next()) {
                        Candidate candidate = Candidate.of(rs);
                        found.putIfAbsent(candidate.id(), candidate);
                        ids.computeIfAbsent(rs.getString(8), x -> new TreeSet<>()).add(candidate.id());
                    }
                }
            }
        }
        List<Long> missing = new ArrayList<>();
        for (String key : keys) {
            TreeSet<Long> carrying = ids.get(key);
            List<Long> first = new ArrayList<>(Math.min(limit, carrying == null ? 0 : carrying.size()));
            if (carrying != null) {
                for (Long id : carrying) {
                    if (first.size() == limit) {
                        break;
                    }
                    first.add(id);
                    Candidate candidate = candidates.computeIfAbsent(id, found::get);
                    if (!leads.containsKey(id) && !prints.contains(candidate.print())) {
                        missing.add(id);
                    }
                }
            }
            byKey.put(kind + key, first.isEmpty() ? List.of() : Collections.unmodifiableList(first));
        }
        load(missing);
    }

    /** Reads the leads with these ids, with their extra fields. */
    private void load(List<Long> ids) throws SQLException {
        List<Long> distinct = new ArrayList<>(new TreeSet<>(ids));
        for (int from = 0; from < distinct.size(); from += CHUNK) {
            List<Long> chunk = distinct.subList(from, Math.min(distinct.size(), from + CHUNK));
            Map<Long, Map<String, String>> extras = new HashMap<>();
            try (PreparedStatement st = c.prepareStatement("SELECT lead_id, key, value FROM lead_extra WHERE lead_id IN ("
                    + marks(chunk.size()) + ") ORDER BY lead_id, position")) {
                bind(st, chunk);
                try (ResultSet rs = st.executeQuery()) {
                    while (rs.next()) {
                        extras.computeIfAbsent(rs.getLong(1), x -> new LinkedHashMap<>())
                                .put(rs.getString(2), rs.getString(3));
                    }
                }
            }
            try (PreparedStatement st = c.prepareStatement("SELECT id, " + LeadStore.SHEET_COLUMNS
                    + " FROM lead WHERE id IN (" + marks(chunk.size()) + ")")) {
                bind(st, chunk);
                try (ResultSet rs = st.executeQuery()) {
                    while (rs.next()) {
                        long id = rs.getLong(1);
                        leads.put(id, LeadStore.readSheetFields(rs, extras.getOrDefault(id, new LinkedHashMap<>())));
                    }
                }
            }
        }
    }

    /**
     * The candidates carrying this key as the writer's query would list them, or null when this batch did not
     * fetch the key (or forgot it): then the writer asks the database.
     */
    List<Candidate> candidates(char kind, String key) {
        List<Long> ids = byKey.get(kind + key);
        if (ids == null) {
            return null;
        }
        List<Candidate> out = new ArrayList<>(ids.size());
        for (Long id : ids) {
            Candidate candidate = candidates.get(id);
            if (candidate == null) {
                return null;
            }
            out.add(candidate);
        }
        return out;
    }

    /**
     * The stored lead with this id as fetched, or null (not fetched, or left unread for its print): its sheet fields only ({@link LeadStore#readSheetFields}),
     * which is all a merge reads and writes.
     */
    Lead lead(long id) {
        return leads.get(id);
    }

    /** The writer changed or added a lead with these keys: they, and the lead, are asked of the database again. */
    void forget(long id, LeadKeys.Keys keys) {
        leads.remove(id);
        candidates.remove(id);
        forget(keys);
    }

    void forget(LeadKeys.Keys keys) {
        if (byKey.isEmpty()) {
            return;
        }
        for (int k = 0; k < KINDS.length(); k++) {
            String key = keyOf(keys, KINDS.charAt(k));
            if (!key.isEmpty()) {
                byKey.remove(KINDS.charAt(k) + key);
            }
        }
    }

    private static String keyOf(LeadKeys.Keys keys, char kind) {
        return switch (kind) {
            case 'x' -> keys.externalId();
            case 'e' -> keys.email();
            case 'p' -> keys.phone();
            default -> keys.name();
        };
    }

    private static String marks(int n) {
        return "?" + ",?".repeat(n - 1);
    }

    private static void bind(PreparedStatement st, List<Long> ids) throws SQLException {
        for (int i = 0; i < ids.size(); i++) {
            st.setLong(i + 1, ids.get(i));
        }
    }
}
