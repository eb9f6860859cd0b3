package dev.hotlist.store;

import dev.hotlist.scoring.learning.Bin;
import dev.hotlist.scoring.learning.Exclusion;
import dev.hotlist.scoring.learning.Factor;
import dev.hotlist.scoring.learning.LeadColumn;
import dev.hotlist.scoring.learning.Learned;
import dev.hotlist.scoring.learning.LearningReport;
import dev.hotlist.scoring.learning.NeedModel;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The learned need as the database keeps it (schema V8): the last fit's report, its factors and its left-out
 * columns, replaced whole by each fit; and whether the user switched it off.
 */
public final class LearnedModels {
    static final String OFF = "learning.off";
    private static final char FIELD_SEP = '\u001f';
    private static final char RECORD_SEP = '\u001e';

    private LearnedModels() {
    }

    /** Replaces the stored fit with {@code learned}. */
    public static void save(Connection c, Learned learned) throws SQLException {
        try (Statement st = c.createStatement()) {
            st.execute("DELETE FROM learned_factor");
            st.execute("DELETE FROM learned_exclusion");
            st.execute("DELETE FROM learned_model");
        }
        LearningReport r = learned.report();
        try (PreparedStatement st = c.prepareStatement("INSERT INTO learned_model (id, fitted_at, outcomes, won, lost, "
                + "validation, held_out, model_auc, rules_auc, margin, verdict, scale, has_model) "
                + "VALUES (1,?,?,?,?,?,?,?,?,?,?,?,?)")) {
            st.setString(1, r.fittedAt().toString());
            st.setString(2, r.outcomes());
            st.setInt(3, r.won());
            st.setInt(4, r.lost());
            st.setString(5, r.validation().name());
            st.setInt(6, r.heldOut());
            real(st, 7, r.modelAuc());
            real(st, 8, r.rulesAuc());
            real(st, 9, r.margin());
            st.setString(10, r.verdict().name());
            st.setDouble(11, learned.model() == null ? 0 : learned.model().scale());
            st.setInt(12, learned.model() == null ? 0 : 1);
            st.executeUpdate();
        }
        try (PreparedStatement st = c.prepareStatement("INSERT INTO learned_factor (position, field, header, bin, "
                + "value_key, value_text, lo, hi, weight, points, won, seen) VALUES (?,?,?,?,?,?,?,?,?,?,?,?)")) {
            int position = 0;
            for (Factor f : r.factors()) {
                st.setInt(1, position++);
                st.setString(2, f.column().field().name());
                st.setString(3, f.column().header());
                st.setString(4, f.bin().kind().name());
                st.setString(5, f.bin().key());
                st.setString(6, f.bin().text());
                real(st, 7, f.bin().lo());
                real(st, 8, f.bin().hi());
                st.setDouble(9, f.weight());
                st.setInt(10, f.points());
                st.setInt(11, f.won());
                st.setInt(12, f.seen());
                st.addBatch();
            }
            st.executeBatch();
        }
        try (PreparedStatement st = c.prepareStatement(
                "INSERT INTO learned_exclusion (position, field, header, why, examples) VALUES (?,?,?,?,?)")) {
            int position = 0;
            for (Exclusion e : r.exclusions()) {
                st.setInt(1, position++);
                st.setString(2, e.column().field().name());
                st.setString(3, e.column().header());
                st.setString(4, e.why().name());
                st.setString(5, examples(e.examples()));
                st.addBatch();
            }
            st.executeBatch();
        }
    }

    /** The stored fit, if there is one. */
    public static Optional<Learned> load(Connection c) throws SQLException {
        List<Factor> factors = new ArrayList<>();
        try (PreparedStatement st = c.prepareStatement("SELECT field, header, bin, value_key, value_text, lo, hi, "
                + "weight, points, won, seen FROM learned_factor ORDER BY position"); ResultSet rs = st.executeQuery()) {
            while (rs.next()) {
                Bin bin = new Bin(Bin.Kind.valueOf(rs.getString(3)), rs.getString(4), rs.getString(5), real(rs, 6),
                        real(rs, 7));
                factors.add(new Factor(column(rs.getString(1), rs.getString(2)), bin, rs.getDouble(8), rs.getInt(10),
                        rs.getInt(11), rs.getInt(9)));
            }
        }
        List<Exclusion> exclusions = new ArrayList<>();
        try (PreparedStatement st = c.prepareStatement(
                "SELECT field, header, why, examples FROM learned_exclusion ORDER BY position");
             ResultSet rs = st.executeQuery()) {
            while (rs.next()) {
                exclusions.add(new Exclusion(column(rs.getString(1), rs.getString(2)),
                        Exclusion.Why.valueOf(rs.getString(3)), examples(rs.getString(4))));
            }
        }
        try (PreparedStatement st = c.prepareStatement("SELECT fitted_at, outcomes, won, lost, validation, held_out, "
                + "model_auc, rules_auc, margin, verdict, scale, has_model FROM learned_model WHERE id = 1");
             ResultSet rs = st.executeQuery()) {
            if (!rs.next()) {
                return Optional.empty();
            }
            LearningReport report = new LearningReport(Instant.parse(rs.getString(1)), rs.getString(2), rs.getInt(3),
                    rs.getInt(4), LearningReport.Validation.valueOf(rs.getString(5)), rs.getInt(6), real(rs, 7),
                    real(rs, 8), real(rs, 9), LearningReport.Verdict.valueOf(rs.getString(10)), factors, exclusions);
            NeedModel model = rs.getInt(12) == 1 ? NeedModel.restore(factors, rs.getDouble(11)) : null;
            return Optional.of(new Learned(report, model));
        }
    }

    /** Whether the user switched the learned need off ({@code learn --off}, or the app's switch). */
    public static boolean isOff(Connection c) throws SQLException {
        return "true".equals(Settings.all(c).get(OFF));
    }

    public static void setOff(Connection c, boolean off) throws SQLException {
        Settings.put(c, OFF, Boolean.toString(off));
    }

    private static LeadColumn column(String field, String header) {
        return new LeadColumn(LeadColumn.Field.valueOf(field), header);
    }

    private static String examples(List<Exclusion.Example> examples) {
        StringBuilder sb = new StringBuilder();
        for (Exclusion.Example e : examples) {
            if (!sb.isEmpty()) {
                sb.append(RECORD_SEP);
            }
            sb.append(e.value().replace(FIELD_SEP, ' ').replace(RECORD_SEP, ' ')).append(FIELD_SEP).append(e.won())
                    .append(FIELD_SEP).append(e.seen());
        }
        return sb.toString();
    }

    private static List<Exclusion.Example> examples(String text) {
        List<Exclusion.Example> out = new ArrayList<>();
        if (text == null || text.isEmpty()) {
            return out;
        }
        for (String record : text.split(String.valueOf(RECORD_SEP))) {
            String[] f = record.split(String.valueOf(FIELD_SEP), -1);
            out.add(new Exclusion.Example(f[0], Integer.parseInt(f[1]), Integer.parseInt(f[2])));
        }
        return out;
    }

    /** NaN and the infinities of open ranges are stored as NULL and as SQLite's own ±1e999. */
    private static void real(PreparedStatement st, int i, double v) throws SQLException {
        if (Double.isNaN(v)) {
            st.setNull(i, Types.REAL);
        } else {
            st.setDouble(i, v);
        }
    }

    private static double real(ResultSet rs, int i) throws SQLException {
        double v = rs.getDouble(i);
        return rs.wasNull() ? Double.NaN : v;
    }
}
