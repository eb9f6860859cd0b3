package dev.hotlist.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;

class DatabaseLocationTest {
    @Test
    void explicitPathWinsThenEnvironmentThenHome() {
        assertThat(DatabaseLocation.resolve(Path.of("x.db"), Map.of("HOTLIST_DB", "/env.db"), "/home/u"))
                .isEqualTo(Path.of("x.db"));
        assertThat(DatabaseLocation.resolve(null, Map.of("HOTLIST_DB", "/env.db"), "/home/u"))
                .isEqualTo(Path.of("/env.db"));
        assertThat(DatabaseLocation.resolve(null, Map.of("HOTLIST_DB", " "), "/home/u"))
                .isEqualTo(Path.of("/home/u/.hotlist/hotlist.db"));
        assertThat(DatabaseLocation.resolve(null, Map.of(), "/home/u")).isEqualTo(Path.of("/home/u/.hotlist/hotlist.db"));
    }
}
