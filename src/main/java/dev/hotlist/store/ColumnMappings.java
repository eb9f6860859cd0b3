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
                Properties p = new Properties();
                p.load(new StringReader(rs.getString(1)));
                Map<String, String> out = new LinkedHashMap<>();
                p.stringPropertyNames().forEach(k -> out.put(k, p.getProperty(k)));
                return Optional.of(out);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
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
                "INSERT OR REPLACE INTO column_mapping (signature, mapping, updated_at) VALUES (?,?,?)")) {
            st.setString(1, signature);
            st.setString(2, text.toString());
            st.setString(3, now.toString());
            st.executeUpdate();
        }
    }
}
