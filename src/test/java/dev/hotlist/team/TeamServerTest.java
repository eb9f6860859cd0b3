package dev.hotlist.team;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The test server keeps a test's databases while its folder exists, and drops them once the test has ended. */
class TeamServerTest {
    @TempDir
    Path dir;

    private static String name(String url) {
        return url.substring(url.lastIndexOf('/') + 1);
    }

    private static Set<String> databases() throws SQLException {
        Set<String> names = new HashSet<>();
        try (Connection c = TeamServer.server().getPostgresDatabase().getConnection();
                Statement st = c.createStatement();
                ResultSet rs = st.executeQuery("SELECT datname FROM pg_database")) {
            while (rs.next()) {
                names.add(rs.getString(1));
            }
        }
        return names;
    }

    private static void deleteTree(Path folder) throws IOException {
        try (var paths = Files.walk(folder)) {
            for (Path p : paths.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }

    @Test
    void anEndedTestsDatabaseIsDroppedWhileARunningTestsStays() throws Exception {
        Path ended = Files.createDirectory(dir.resolve("ended"));
        Path running = Files.createDirectory(dir.resolve("running"));
        String endedDb = name(TeamServer.url(ended, "team"));
        String runningDb = name(TeamServer.url(running, "team"));
        assertThat(databases()).contains(endedDb, runningDb);
        assertThat(TeamServer.url(running, "team")).endsWith("/" + runningDb);

        deleteTree(ended); // what JUnit does with a @TempDir when its test ends
        String next = name(TeamServer.url(Files.createDirectory(dir.resolve("next")), "team"));

        assertThat(databases()).doesNotContain(endedDb).contains(runningDb, next);
    }

    @Test
    void aFolderTheTestHasNotMadeYetKeepsItsDatabaseWhileTheTestRuns() throws Exception {
        String db = name(TeamServer.url(dir.resolve("not-made"), "team"));
        TeamServer.dropEnded();
        assertThat(databases()).contains(db);
        assertThat(TeamServer.url(dir.resolve("not-made"), "team")).endsWith("/" + db);
    }

    @Test
    void testsRunOverAndOverLeaveTheNumberOfDatabasesBounded() throws Exception {
        int before = databases().size();
        for (int i = 0; i < 30; i++) {
            Path test = Files.createDirectory(dir.resolve("run-" + i));
            TeamServer.url(test, "team");
            TeamServer.url(test, "shared");
            deleteTree(test);
        }
        TeamServer.dropEnded();
        assertThat(databases()).hasSizeLessThanOrEqualTo(before);
    }
}
