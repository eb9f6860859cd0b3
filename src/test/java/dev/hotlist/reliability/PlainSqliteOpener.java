package dev.hotlist.reliability;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.Random;

/**
 * Another program on the same database, as the {@code sqlite3} shell would be: a plain connection, no Hotlist code
 * and so none of its protections, that opens the file, reads, and closes. Closing as what it believes is the last
 * connection is when it checkpoints and deletes the WAL. Runs {@code args[1]} times (default once), pausing up to
 * {@code args[2]} ms between; prints "opened N" after each close.
 */
public final class PlainSqliteOpener {
    private PlainSqliteOpener() {
    }

    public static void main(String[] args) throws Exception {
        String url = "jdbc:sqlite:" + args[0];
        int times = args.length > 1 ? Integer.parseInt(args[1]) : 1;
        int maxPauseMs = args.length > 2 ? Integer.parseInt(args[2]) : 0;
        Random random = new Random();
        for (int i = 1; i <= times; i++) {
            try (Connection c = DriverManager.getConnection(url);
                 Statement st = c.createStatement();
                 ResultSet rs = st.executeQuery("SELECT count(*) FROM call_log")) {
                rs.next();
            }
            System.out.println("opened " + i);
            System.out.flush();
            if (maxPauseMs > 0) {
                Thread.sleep(random.nextInt(maxPauseMs));
            }
        }
    }
}
