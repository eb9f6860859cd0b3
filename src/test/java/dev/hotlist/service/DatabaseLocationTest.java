package dev.hotlist.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;

class DatabaseLocationTest {
    @Test
    void explicitPathWinsThenEnvironmentThenHome() {
        assertThat(DatabaseLocation.resolve("x.db", Map.of("HOTLIST_DB", "/env.db"), "/home/u").file())
                .contains(Path.of("x.db"));
        assertThat(DatabaseLocation.resolve(null, Map.of("HOTLIST_DB", "/env.db"), "/home/u").file())
                .contains(Path.of("/env.db"));
        assertThat(DatabaseLocation.resolve(null, Map.of("HOTLIST_DB", " "), "/home/u").file())
                .contains(Path.of("/home/u/.hotlist/hotlist.db"));
        assertThat(DatabaseLocation.resolve(null, Map.of(), "/home/u").file())
                .contains(Path.of("/home/u/.hotlist/hotlist.db"));
    }

    @Test
    void aPostgresqlUrlIsAServerNeverAFileAndItsPasswordIsNeverShown() {
        DatabaseLocation team = DatabaseLocation.resolve(null,
                Map.of("HOTLIST_DB", "postgresql://ann:s3cret@db.example:5433/sales"), "/home/u");
        assertThat(team.isServer()).isTrue();
        assertThat(team.file()).isEmpty();
        assertThat(team.toString()).isEqualTo("postgresql://ann:***@db.example:5433/sales").doesNotContain("s3cret");
        assertThat(DatabaseLocation.resolve("postgres://ann@h/sales", Map.of(), "/home/u").isServer()).isTrue();
        assertThat(DatabaseLocation.resolve("postgresql.db", Map.of(), "/home/u").isServer()).isFalse();
    }
}
