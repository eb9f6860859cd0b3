package dev.hotlist.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The version bookkeeping around Flyway: script names to versions, their order, and what a database already has. */
class MigrationsTest {
    @TempDir
    Path dir;

    @Test
    void aScriptsVersionIsItsNumberWithPointsForUnderscores() {
        assertThat(Migrations.versionOf("postgresql/V9_1__uniqueness_and_change_feed")).isEqualTo("9.1");
        assertThat(Migrations.versionOf("common/V10__call_retraction")).isEqualTo("10");
        assertThat(Migrations.versionOf("V6__schema")).isEqualTo("6");
    }

    @Test
    void versionsAreOrderedByTheirNumbersNotTheirText() {
        assertThat(Migrations.compare("9", "10")).isNegative();
        assertThat(Migrations.compare("10", "9")).isPositive();
        assertThat(Migrations.compare("9.1", "9")).isPositive();
        assertThat(Migrations.compare("9", "9.1")).isNegative();
        assertThat(Migrations.compare("9.0", "9")).isZero();
        assertThat(Migrations.compare("9.1", "9.1")).isZero();
        assertThat(Migrations.compare("9.2", "10")).isNegative();
        List<String> sorted = new ArrayList<>(List.of("10", "9.1", "2", "9", "1"));
        sorted.sort(Migrations::compare);
        assertThat(sorted).containsExactly("1", "2", "9", "9.1", "10");
    }

    @Test
    void theVersionListsAreInOrderAndEndAtTheLatest() {
        for (Store.Engine engine : Store.Engine.values()) {
            List<String> versions = Migrations.versions(engine);
            List<String> sorted = new ArrayList<>(versions);
            sorted.sort(Migrations::compare);
            assertThat(versions).isEqualTo(sorted);
            assertThat(versions.get(versions.size() - 1)).isEqualTo(Integer.toString(Migrations.LATEST));
        }
        assertThat(Migrations.POSTGRESQL).contains("9.1");
        assertThat(Migrations.SQLITE).doesNotContain("9.1");
    }

    @Test
    void aFileWithoutHistoryHasEveryVersionUpToItsUserVersion() throws Exception {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + dir.resolve("old.db"))) {
            assertThat(Migrations.hasHistory(c, Store.Engine.SQLITE)).isFalse();
            assertThat(Migrations.applied(c, Store.Engine.SQLITE, 0)).isEmpty();
            Set<String> upToFive = Migrations.applied(c, Store.Engine.SQLITE, 5);
            assertThat(upToFive).isEqualTo(Set.copyOf(Migrations.SQLITE.stream()
                    .filter(v -> Migrations.compare(v, "5") <= 0).toList())).contains("5").doesNotContain("6");
            assertThat(Migrations.current(upToFive, Store.Engine.SQLITE)).isFalse();
            assertThat(Migrations.current(Migrations.applied(c, Store.Engine.SQLITE, Migrations.LATEST),
                    Store.Engine.SQLITE)).isTrue();
        }
    }

    @Test
    void aBaselineStandsForEveryVersionBeforeItAndFailedRowsCountForNothing() throws Exception {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + dir.resolve("h.db"));
             Statement st = c.createStatement()) {
            st.execute("CREATE TABLE " + Migrations.HISTORY + " (version TEXT, type TEXT, success BOOLEAN)");
            assertThat(Migrations.hasHistory(c, Store.Engine.SQLITE)).isTrue();
            assertThat(Migrations.applied(c, Store.Engine.SQLITE, 9)).as("the history decides, not user_version")
                    .isEmpty();
            st.execute("INSERT INTO " + Migrations.HISTORY + " VALUES ('4', 'BASELINE', 1), ('5', 'SQL', 1), "
                    + "('6', 'SQL', 0), (NULL, 'SQL', 1), ('99', 'SQL', 1)");
            Set<String> applied = Migrations.applied(c, Store.Engine.SQLITE, 0);
            assertThat(applied).contains("1", "2", "3", "4", "5", "99").doesNotContain("6", "7");
            assertThat(Migrations.unknown(applied, Store.Engine.SQLITE)).containsExactly("99");
            assertThat(Migrations.unknown(Set.of("1", "2"), Store.Engine.SQLITE)).isEmpty();
        }
    }
}
