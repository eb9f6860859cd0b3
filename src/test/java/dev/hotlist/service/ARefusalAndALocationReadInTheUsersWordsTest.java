package dev.hotlist.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * A refused edit speaks the user's language wherever Java asks for its localized message (a dialog, a log line);
 * a database location reads as the path given, or the server without its password, and a blank {@code --db} is no
 * choice at all.
 */
class ARefusalAndALocationReadInTheUsersWordsTest {
    @Test
    void theLocalizedMessageIsInTheDefaultLanguage() {
        Locale before = Locale.getDefault();
        try {
            InvalidEditException e = new InvalidEditException("edit.phone", "call me");
            Locale.setDefault(Locale.SIMPLIFIED_CHINESE);
            assertThat(e.getLocalizedMessage()).contains("call me")
                    .isEqualTo(e.message(Locale.SIMPLIFIED_CHINESE)).isNotEqualTo(e.message(Locale.ENGLISH));
            Locale.setDefault(Locale.ENGLISH);
            assertThat(e.getLocalizedMessage()).isEqualTo(e.message(Locale.ENGLISH));
        } finally {
            Locale.setDefault(before);
        }
    }

    @Test
    void aFileLocationReadsAsItsPathAndAServerWithoutAPasswordAsItsUrl() {
        Path file = Path.of("/data/team/hotlist.db");
        assertThat(DatabaseLocation.of(file).toString()).isEqualTo("/data/team/hotlist.db");
        assertThat(DatabaseLocation.of(file).file()).contains(file);
        assertThat(DatabaseLocation.of("postgresql://ann@db.example/sales").toString())
                .isEqualTo("postgresql://ann@db.example/sales");
    }

    @Test
    void anExplicitLocationWinsOverThisProcesssEnvironment() {
        assertThat(DatabaseLocation.resolve("given.db").file()).contains(Path.of("given.db"));
        assertThat(DatabaseLocation.resolve("postgresql://ann@h/sales").isServer()).isTrue();
    }

    @Test
    void aBlankExplicitLocationFallsBackToTheEnvironment() {
        assertThat(DatabaseLocation.resolve("  ", Map.of("HOTLIST_DB", "/env.db"), "/home/u").file())
                .contains(Path.of("/env.db"));
        assertThat(DatabaseLocation.resolve("", Map.of(), "/home/u").file())
                .contains(Path.of("/home/u/.hotlist/hotlist.db"));
    }
}
