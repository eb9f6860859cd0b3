package dev.hotlist.store;

import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;

/**
 * The schema of both engines, migrated by Flyway from {@code resources/dev/hotlist/store/migrations}: {@code common/}
 * holds the migrations whose SQL both engines run, {@code sqlite/} and {@code postgresql/} those that must differ.
 *
 * <p>Flyway runs only when something is to be done: opening a current database asks its history table which
 * versions it has (one query of a few rows) and never loads Flyway (which costs a few hundred milliseconds of class
 * loading and classpath scanning on a cold JVM). A SQLite file of an older build has no history table, only its
 * {@code PRAGMA user_version}: Flyway is baselined at that version and applies what follows.
 */
final class Migrations {
    static final String ROOT = "dev/hotlist/store/migrations/";
    static final String HISTORY = "flyway_schema_history";
    /**
     * Every migration of each engine, in order, by its file under {@link #ROOT}; add a new one here too (a test checks
     * the folders and these lists agree). SQLite's 1-6 came before Flyway; PostgreSQL starts at 6, the same schema.
     */
    static final List<String> SQLITE_SCRIPTS = List.of("sqlite/V1__leads_calls_imports_settings",
            "sqlite/V2__saved_views_and_mappings", "sqlite/V3__created_batch", "sqlite/V4__weak_name_keys",
            "sqlite/V5__drop_unused_indexes", "sqlite/V6__write_mark", "common/V7__outcome_close_date_do_not_call",
            "sqlite/V8__learned_model", "common/V9__team", "common/V10__call_retraction", "common/V11__sheet_print");
    static final List<String> POSTGRESQL_SCRIPTS = List.of("postgresql/V6__schema",
            "common/V7__outcome_close_date_do_not_call", "postgresql/V8__learned_model", "common/V9__team",
            "postgresql/V9_1__uniqueness_and_change_feed", "common/V10__call_retraction",
            "common/V11__sheet_print");
    static final List<String> SQLITE = versionsOf(SQLITE_SCRIPTS);
    static final List<String> POSTGRESQL = versionsOf(POSTGRESQL_SCRIPTS);
    /** The whole number of the newest version: SQLite files are stamped with it ({@code PRAGMA user_version}). */
    static final int LATEST = 11;

    private Migrations() {
    }

    /** "sqlite/V9_1__what" → "9.1". */
    static String versionOf(String script) {
        String name = script.substring(script.lastIndexOf('/') + 2);
        return name.substring(0, name.indexOf("__")).replace('_', '.');
    }

    private static List<String> versionsOf(List<String> scripts) {
        return scripts.stream().map(Migrations::versionOf).toList();
    }

    static List<String> versions(Store.Engine engine) {
        return engine == Store.Engine.SQLITE ? SQLITE : POSTGRESQL;
    }

    /**
     * The versions the database has: those in its history table, where a baseline row stands for itself and every
     * version before it; else, for a SQLite file from before Flyway, every version up to {@code userVersion}.
     */
    static Set<String> applied(Connection c, Store.Engine engine, int userVersion) throws SQLException {
        Set<String> applied = new HashSet<>();
        if (!hasHistory(c, engine)) {
            for (String v : versions(engine)) {
                if (compare(v, Integer.toString(userVersion)) <= 0) {
                    applied.add(v);
                }
            }
            return applied;
        }
        String baseline = null;
        try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery(
                "SELECT version, type FROM " + HISTORY + " WHERE success AND version IS NOT NULL")) {
            while (rs.next()) {
                applied.add(rs.getString(1));
                if ("BASELINE".equals(rs.getString(2))) {
                    baseline = rs.getString(1);
                }
            }
        }
        if (baseline != null) {
            for (String v : versions(engine)) {
                if (compare(v, baseline) <= 0) {
                    applied.add(v);
                }
            }
        }
        return applied;
    }

    /** Versions in the database that this build does not know: it was migrated by a newer Hotlist. */
    static Set<String> unknown(Set<String> applied, Store.Engine engine) {
        Set<String> out = new HashSet<>(applied);
        out.removeAll(versions(engine));
        return out;
    }

    static boolean current(Set<String> applied, Store.Engine engine) {
        return applied.containsAll(versions(engine));
    }

    static boolean hasHistory(Connection c, Store.Engine engine) throws SQLException {
        String sql = engine == Store.Engine.SQLITE
                ? "SELECT count(*) FROM sqlite_schema WHERE type = 'table' AND name = '" + HISTORY + "'"
                : "SELECT count(*) FROM pg_catalog.pg_tables WHERE tablename = '" + HISTORY
                        + "' AND schemaname = current_schema()";
        try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery(sql)) {
            return rs.next() && rs.getLong(1) > 0;
        }
    }

    /**
     * Applies the pending migrations on {@code c}. {@code baseline} is the version an older SQLite file already has
     * (its {@code user_version}, with no history table), or 0 for none.
     */
    static void migrate(Connection c, Store.Engine engine, int baseline) {
        var config = Flyway.configure(Migrations.class.getClassLoader())
                .dataSource(onlyThis(c))
                .locations("classpath:" + ROOT + "common", "classpath:" + ROOT + engine.migrationFolder())
                // 7 and 8 may land after 9 on a database made in between: they are applied when they come
                .outOfOrder(true)
                .validateOnMigrate(false)
                .cleanDisabled(true);
        if (baseline > 0) {
            config = config.baselineOnMigrate(true).baselineVersion(Integer.toString(baseline))
                    .baselineDescription("Hotlist schema " + baseline + " (before Flyway)");
        }
        config.load().migrate();
    }

    /** Orders versions such as "6", "9" and "9.1" by their numbers. */
    static int compare(String a, String b) {
        String[] pa = a.split("\\.");
        String[] pb = b.split("\\.");
        for (int i = 0; i < Math.max(pa.length, pb.length); i++) {
            long x = i < pa.length ? Long.parseLong(pa[i]) : 0;
            long y = i < pb.length ? Long.parseLong(pb[i]) : 0;
            if (x != y) {
                return Long.compare(x, y);
            }
        }
        return 0;
    }

    /**
     * A data source that hands Flyway the one connection the store opened and checked (on SQLite, a second
     * connection opened and closed by Flyway would be one more chance to drop locks; decision 0002), never closing it.
     */
    private static DataSource onlyThis(Connection c) {
        Connection kept = (Connection) Proxy.newProxyInstance(Migrations.class.getClassLoader(),
                new Class<?>[] {Connection.class}, (proxy, method, args) -> {
                    if (method.getName().equals("close")) {
                        return null;
                    }
                    try {
                        return method.invoke(c, args);
                    } catch (java.lang.reflect.InvocationTargetException e) {
                        throw e.getCause();
                    }
                });
        return (DataSource) Proxy.newProxyInstance(Migrations.class.getClassLoader(),
                new Class<?>[] {DataSource.class}, (proxy, method, args) -> switch (method.getName()) {
                    case "getConnection" -> kept;
                    case "unwrap" -> null;
                    case "isWrapperFor" -> false;
                    case "getLoginTimeout" -> 0;
                    case "getLogWriter", "getParentLogger" -> null;
                    case "hashCode" -> System.identityHashCode(proxy);
                    case "equals" -> proxy == args[0];
                    case "toString" -> "Hotlist's connection";
                    default -> null;
                });
    }
}
