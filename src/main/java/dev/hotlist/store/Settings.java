package dev.hotlist.store;

import dev.hotlist.domain.ScoringSettings;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Scoring settings and other preferences as key/value rows; missing keys fall back to the defaults. */
public final class Settings {
    private Settings() {
    }

    private static final List<String> SCORING_KEYS = List.of("scoring.needWeight", "scoring.hotNeed",
            "scoring.hotTiming", "scoring.timingMidpointDays", "scoring.timingSteepness", "scoring.overdueGraceDays",
            "scoring.staleAfterDays");

    public static ScoringSettings scoring(Connection c) throws SQLException {
        try {
            return read(all(c));
        } catch (IllegalArgumentException e) {
            return ScoringSettings.defaults(); // values edited out of range by hand: the defaults are the safe reading
        }
    }

    public static void saveScoring(Connection c, ScoringSettings s) throws SQLException {
        for (Map.Entry<String, String> e : values(s).entrySet()) {
            put(c, e.getKey(), e.getValue());
        }
    }

    /**
     * Saves what changed between {@code from} (the settings a form started from) and {@code to} (what it shows
     * now), key by key: a setting changed meanwhile by someone else (the command line, another window) and not
     * touched in the form keeps its newer value. When the two together make no valid settings (a grace period
     * past the new stale limit, say), {@code to} is saved whole. Returns the settings as stored.
     */
    public static ScoringSettings updateScoring(Connection c, ScoringSettings from, ScoringSettings to)
            throws SQLException {
        Map<String, String> before = values(from);
        Map<String, String> after = values(to);
        Map<String, String> merged = new HashMap<>(all(c));
        for (String key : SCORING_KEYS) {
            if (!before.get(key).equals(after.get(key))) {
                merged.put(key, after.get(key));
            }
        }
        ScoringSettings result;
        try {
            result = read(merged);
        } catch (IllegalArgumentException clash) {
            result = to;
        }
        Map<String, String> stored = all(c);
        for (Map.Entry<String, String> e : values(result).entrySet()) {
            if (!e.getValue().equals(stored.get(e.getKey()))) {
                put(c, e.getKey(), e.getValue());
            }
        }
        return result;
    }

    /** A preference of the app (the last view shown, say); empty when never set. */
    public static Optional<String> get(Connection c, String key) throws SQLException {
        try (PreparedStatement st = c.prepareStatement("SELECT value FROM setting WHERE key = ?")) {
            st.setString(1, key);
            try (ResultSet rs = st.executeQuery()) {
                return rs.next() ? Optional.of(rs.getString(1)) : Optional.empty();
            }
        }
    }

    private static Map<String, String> values(ScoringSettings s) {
        Map<String, String> kv = new LinkedHashMap<>();
        kv.put(SCORING_KEYS.get(0), Double.toString(s.needWeight()));
        kv.put(SCORING_KEYS.get(1), Integer.toString(s.hotNeed()));
        kv.put(SCORING_KEYS.get(2), Integer.toString(s.hotTiming()));
        kv.put(SCORING_KEYS.get(3), Double.toString(s.timingMidpointDays()));
        kv.put(SCORING_KEYS.get(4), Double.toString(s.timingSteepness()));
        kv.put(SCORING_KEYS.get(5), Integer.toString(s.overdueGraceDays()));
        kv.put(SCORING_KEYS.get(6), Integer.toString(s.staleAfterDays()));
        return kv;
    }

    /** The settings the rows hold, missing keys at their defaults; throws when they make no valid settings. */
    private static ScoringSettings read(Map<String, String> kv) {
        ScoringSettings d = ScoringSettings.defaults();
        return new ScoringSettings(
                dbl(kv, SCORING_KEYS.get(0), d.needWeight()),
                (int) dbl(kv, SCORING_KEYS.get(1), d.hotNeed()),
                (int) dbl(kv, SCORING_KEYS.get(2), d.hotTiming()),
                dbl(kv, SCORING_KEYS.get(3), d.timingMidpointDays()),
                dbl(kv, SCORING_KEYS.get(4), d.timingSteepness()),
                (int) dbl(kv, SCORING_KEYS.get(5), d.overdueGraceDays()),
                (int) dbl(kv, SCORING_KEYS.get(6), d.staleAfterDays()));
    }

    public static void put(Connection c, String key, String value) throws SQLException {
        try (PreparedStatement st = c.prepareStatement("INSERT INTO setting (key, value) VALUES (?, ?) "
                + "ON CONFLICT (key) DO UPDATE SET value = excluded.value")) {
            st.setString(1, key);
            st.setString(2, value);
            st.executeUpdate();
        }
    }

    static Map<String, String> all(Connection c) throws SQLException {
        Map<String, String> kv = new HashMap<>();
        try (PreparedStatement st = c.prepareStatement("SELECT key, value FROM setting");
             ResultSet rs = st.executeQuery()) {
            while (rs.next()) {
                kv.put(rs.getString(1), rs.getString(2));
            }
        }
        return kv;
    }

    private static double dbl(Map<String, String> kv, String key, double fallback) {
        String v = kv.get(key);
        if (v == null) {
            return fallback;
        }
        try {
            return Double.parseDouble(v);
        } catch (NumberFormatException e) {
            return fallback;
        }
    }
}
