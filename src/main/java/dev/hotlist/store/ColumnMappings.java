package dev.hotlist.store;

import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;

/** Column mappings the user corrected, keyed by the header row they were made for (header → field name). */
public final class ColumnMappings {
    private ColumnMappings() {
    }

    public static Optional<Map<String, String>> find(Connection c, String signature) throws SQLException {
        try (PreparedStatement st = c.prepareStatement("SELECT mapping FROM column_mapping WHERE signature = ?")) {
            st.setString(1, signature);
            try (ResultSet rs = st.executeQuery()) {
                if (!rs.next()) {
                    return Optional.empty();
                }
                return Optional.of(parse(rs.getString(1)));
            }
        }
    }

    private static Map<String, String> parse(String text) {
        Properties p = new Properties();
        try {
            p.load(new StringReader(text));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Map<String, String> out = new LinkedHashMap<>();
        p.stringPropertyNames().forEach(k -> out.put(k, p.getProperty(k)));
        return out;
    }

    /** Every saved mapping by its signature, newest first. */
    public static Map<String, Map<String, String>> all(Connection c) throws SQLException {
        Map<String, Map<String, String>> out = new LinkedHashMap<>();
        try (PreparedStatement st = c.prepareStatement(
                "SELECT signature, mapping FROM column_mapping ORDER BY updated_at DESC");
             ResultSet rs = st.executeQuery()) {
            while (rs.next()) {
                out.put(rs.getString(1), parse(rs.getString(2)));
            }
        }
        return out;
    }

    public static void save(Connection c, String signature, Map<String, String> mapping, Instant now)
            throws SQLException {
        Properties p = new Properties();
        p.putAll(mapping);
        StringWriter text = new StringWriter();
        try {
            p.store(text, null);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        try (PreparedStatement st = c.prepareStatement(
                "INSERT INTO column_mapping (signature, mapping, updated_at) VALUES (?,?,?) ON CONFLICT (signature) "
                        + "DO UPDATE SET mapping = excluded.mapping, updated_at = excluded.updated_at")) {
            st.setString(1, signature);
            st.setString(2, text.toString());
            st.setString(3, now.toString());
            st.executeUpdate();
        }
    }
}
