package dev.hotlist.store;

import dev.hotlist.domain.ScoringSettings;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.Map;

/** Scoring settings and other preferences as key/value rows; missing keys fall back to the defaults. */
public final class Settings {
    private Settings() {
    }

    public static ScoringSettings scoring(Connection c) throws SQLException {
        Map<String, String> kv = all(c);
        ScoringSettings d = ScoringSettings.defaults();
        try {
            return new ScoringSettings(
                    dbl(kv, "scoring.needWeight", d.needWeight()),
                    (int) dbl(kv, "scoring.hotNeed", d.hotNeed()),
                    (int) dbl(kv, "scoring.hotTiming", d.hotTiming()),
                    dbl(kv, "scoring.timingMidpointDays", d.timingMidpointDays()),
                    dbl(kv, "scoring.timingSteepness", d.timingSteepness()),
                    (int) dbl(kv, "scoring.overdueGraceDays", d.overdueGraceDays()),
                    (int) dbl(kv, "scoring.staleAfterDays", d.staleAfterDays()));
        } catch (IllegalArgumentException e) {
            return d; // values edited out of range by hand: the defaults are the safe reading
        }
    }

    public static void saveScoring(Connection c, ScoringSettings s) throws SQLException {
        put(c, "scoring.needWeight", Double.toString(s.needWeight()));
        put(c, "scoring.hotNeed", Integer.toString(s.hotNeed()));
        put(c, "scoring.hotTiming", Integer.toString(s.hotTiming()));
        put(c, "scoring.timingMidpointDays", Double.toString(s.timingMidpointDays()));
        put(c, "scoring.timingSteepness", Double.toString(s.timingSteepness()));
        put(c, "scoring.overdueGraceDays", Integer.toString(s.overdueGraceDays()));
        put(c, "scoring.staleAfterDays", Integer.toString(s.staleAfterDays()));
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
