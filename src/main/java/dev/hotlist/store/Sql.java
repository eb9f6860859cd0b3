package dev.hotlist.store;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;

/** The few statements whose SQL is not the same on SQLite and PostgreSQL. */
final class Sql {
    /** The key of the import lock: "HOTL". */
    static final long IMPORT_LOCK = 0x484F544CL;

    private Sql() {
    }

    /** Runs an {@code INSERT ... RETURNING id} (both engines have it) and gives the new row's id. */
    static long returnedId(java.sql.PreparedStatement st) throws SQLException {
        try (java.sql.ResultSet rs = st.executeQuery()) {
            rs.next();
            return rs.getLong(1);
        }
    }

    static boolean isPostgres(Connection c) throws SQLException {
        return c.isWrapperFor(org.postgresql.PGConnection.class);
    }

    /**
     * Makes this transaction the only one matching and inserting leads until it ends. On SQLite every write
     * transaction already is ({@code BEGIN IMMEDIATE}); on PostgreSQL a transaction-scoped advisory lock does it, so
     * a second import waits for the first to commit, then matches its rows against the first one's leads.
     */
    static void lockForImport(Connection c) throws SQLException {
        if (isPostgres(c)) {
            try (Statement st = c.createStatement()) {
                st.execute("SELECT pg_advisory_xact_lock(" + IMPORT_LOCK + ")");
            }
        }
    }
}
