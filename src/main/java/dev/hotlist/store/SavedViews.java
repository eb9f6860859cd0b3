package dev.hotlist.store;

import dev.hotlist.domain.BuyingWindow;
import dev.hotlist.domain.LeadFilter;
import dev.hotlist.domain.SavedView;
import dev.hotlist.domain.Stage;
import dev.hotlist.domain.StoreException;
import dev.hotlist.domain.Tier;
import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/** Named filters, stored as {@link Properties} text so older rows still read after the filter grows a field. */
public final class SavedViews {
    private static final String SEP = "\u001f";
    /** How "unassigned" (an empty owner) is written in a saved filter, where an empty value means "none" (no NUL: PostgreSQL text cannot hold it). */
    private static final String UNASSIGNED = "(unassigned)";

    private SavedViews() {
    }

    public static List<SavedView> all(Connection c) throws SQLException {
        List<SavedView> out = new ArrayList<>();
        try (PreparedStatement st = c.prepareStatement("SELECT id, name, filter FROM saved_view ORDER BY name");
             ResultSet rs = st.executeQuery()) {
            while (rs.next()) {
                out.add(new SavedView(rs.getLong(1), rs.getString(2), decode(rs.getString(3))));
            }
        }
        return out;
    }

    /** Saves under {@code name}, replacing a view of the same name. */
    public static SavedView save(Connection c, String name, LeadFilter filter, Instant now) throws SQLException {
        SavedView view = new SavedView(0, name, filter);
        try (PreparedStatement st = c.prepareStatement("INSERT INTO saved_view (name, filter, updated_at) VALUES (?,?,?) "
                + "ON CONFLICT (name) DO UPDATE SET filter = excluded.filter, updated_at = excluded.updated_at")) {
            st.setString(1, view.name());
            st.setString(2, encode(filter));
            st.setString(3, now.toString());
            st.executeUpdate();
        }
        try (PreparedStatement st = c.prepareStatement("SELECT id FROM saved_view WHERE name = ?")) {
            st.setString(1, view.name());
            try (ResultSet rs = st.executeQuery()) {
                rs.next();
                return new SavedView(rs.getLong(1), view.name(), filter);
            }
        }
    }

    /** Gives a view another name; refused (a one-line message) when another view has that name. */
    public static void rename(Connection c, long id, String name, Instant now) throws SQLException {
        String stripped = new SavedView(id, name, LeadFilter.all()).name();
        try (PreparedStatement st = c.prepareStatement("SELECT count(*) FROM saved_view WHERE name = ? AND id <> ?")) {
            st.setString(1, stripped);
            st.setLong(2, id);
            try (ResultSet rs = st.executeQuery()) {
                if (rs.next() && rs.getInt(1) > 0) {
                    throw new StoreException("view.nameTaken", null, stripped);
                }
            }
        }
        try (PreparedStatement st = c.prepareStatement("UPDATE saved_view SET name = ?, updated_at = ? WHERE id = ?")) {
            st.setString(1, stripped);
            st.setString(2, now.toString());
            st.setLong(3, id);
            st.executeUpdate();
        }
    }

    /** Replaces a view's filter with {@code filter}, keeping its name. */
    public static void update(Connection c, long id, LeadFilter filter, Instant now) throws SQLException {
        try (PreparedStatement st = c.prepareStatement("UPDATE saved_view SET filter = ?, updated_at = ? WHERE id = ?")) {
            st.setString(1, encode(filter));
            st.setString(2, now.toString());
            st.setLong(3, id);
            st.executeUpdate();
        }
    }

    public static void delete(Connection c, long id) throws SQLException {
        try (PreparedStatement st = c.prepareStatement("DELETE FROM saved_view WHERE id = ?")) {
            st.setLong(1, id);
            st.executeUpdate();
        }
    }

    static String encode(LeadFilter f) {
        Properties p = new Properties();
        p.setProperty("tiers", join(f.tiers(), Tier::name));
        p.setProperty("stages", join(f.stages(), Stage::name));
        p.setProperty("segments", join(f.segments(), s -> s));
        p.setProperty("customerTypes", join(f.customerTypes(), s -> s));
        p.setProperty("regions", join(f.regions(), s -> s));
        p.setProperty("sources", join(f.sources(), s -> s));
        p.setProperty("owners", join(f.owners(), s -> s));
        p.setProperty("windows", join(f.windows(), BuyingWindow::name));
        p.setProperty("needMin", Integer.toString(f.needMin()));
        p.setProperty("needMax", Integer.toString(f.needMax()));
        p.setProperty("timingMin", Integer.toString(f.timingMin()));
        p.setProperty("timingMax", Integer.toString(f.timingMax()));
        p.setProperty("priorityMin", Integer.toString(f.priorityMin()));
        p.setProperty("text", f.text());
        p.setProperty("includeSnoozed", Boolean.toString(f.includeSnoozed()));
        p.setProperty("includeClosed", Boolean.toString(f.includeClosed()));
        p.setProperty("snoozedOnly", Boolean.toString(f.snoozedOnly()));
        p.setProperty("dueToday", Boolean.toString(f.dueToday()));
        p.setProperty("assignees", join(f.assignees(), s -> s.isEmpty() ? UNASSIGNED : s));
        StringWriter out = new StringWriter();
        try {
            p.store(out, null);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }

    static LeadFilter decode(String text) {
        Properties p = new Properties();
        try {
            p.load(new StringReader(text));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        LeadFilter d = LeadFilter.all();
        return new LeadFilter(split(p, "tiers", Tier::valueOf), split(p, "stages", Stage::valueOf),
                split(p, "segments", s -> s), split(p, "customerTypes", s -> s), split(p, "regions", s -> s),
                split(p, "sources", s -> s),
                split(p, "owners", s -> s), split(p, "windows", BuyingWindow::valueOf),
                num(p, "needMin", d.needMin()), num(p, "needMax", d.needMax()), num(p, "timingMin", d.timingMin()),
                num(p, "timingMax", d.timingMax()), num(p, "priorityMin", d.priorityMin()),
                p.getProperty("text", ""), Boolean.parseBoolean(p.getProperty("includeSnoozed", "false")),
                Boolean.parseBoolean(p.getProperty("includeClosed", "false")),
                Boolean.parseBoolean(p.getProperty("snoozedOnly", "false")),
                Boolean.parseBoolean(p.getProperty("dueToday", "false")),
                split(p, "assignees", s -> s.equals(UNASSIGNED) ? "" : s));
    }

    private static <T> String join(Set<T> values, Function<T, String> name) {
        return values.stream().map(name).sorted().collect(Collectors.joining(SEP));
    }

    private static <T> Set<T> split(Properties p, String key, Function<String, T> parse) {
        String v = p.getProperty(key, "");
        if (v.isEmpty()) {
            return Set.of();
        }
        Set<T> out = new LinkedHashSet<>();
        for (String part : Arrays.asList(v.split(SEP))) {
            try {
                out.add(parse.apply(part));
            } catch (IllegalArgumentException e) {
                // a value this version no longer knows (e.g. a renamed tier) is dropped, not fatal
            }
        }
        return out;
    }

    private static int num(Properties p, String key, int fallback) {
        try {
            return Integer.parseInt(p.getProperty(key, Integer.toString(fallback)));
        } catch (NumberFormatException e) {
            return fallback;
        }
    }
}
