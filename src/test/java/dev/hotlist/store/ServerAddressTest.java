package dev.hotlist.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.hotlist.domain.StoreException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Team database addresses: what is parsed from a URL, where a missing password comes from, what is shown. */
class ServerAddressTest {
    @TempDir
    Path dir;

    private Path noPgpass() {
        return dir.resolve("absent.pgpass");
    }

    @Test
    void onlyPostgresSchemesAreServerAddresses() {
        assertThat(ServerAddress.looksLikeUrl("postgresql://h/db")).isTrue();
        assertThat(ServerAddress.looksLikeUrl("postgres://h/db")).isTrue();
        assertThat(ServerAddress.looksLikeUrl("/home/ann/hotlist.db")).isFalse();
        assertThat(ServerAddress.looksLikeUrl("mysql://h/db")).isFalse();
        assertThat(ServerAddress.looksLikeUrl(null)).isFalse();
    }

    @Test
    void everyPartOfAFullAddressIsRead() {
        ServerAddress a = ServerAddress.parse(" postgresql://ann%40acme:s%3Acret@db.acme.com:6543/sales%20team?sslmode=require&x=1 ",
                Map.of("PGPASSWORD", "not this"), noPgpass());
        assertThat(a.user()).isEqualTo("ann@acme");
        assertThat(a.password()).contains("s:cret");
        assertThat(a.host()).isEqualTo("db.acme.com");
        assertThat(a.port()).isEqualTo(6543);
        assertThat(a.database()).isEqualTo("sales team");
        assertThat(a.parameters()).containsExactlyInAnyOrderEntriesOf(Map.of("sslmode", "require", "x", "1"));
        String base = "jdbc:postgresql://db.acme.com:6543/sales team"
                + "?ApplicationName=Hotlist&tcpKeepAlive=true&reWriteBatchedInserts=true";
        // the URL's own parameters follow, in no promised order
        assertThat(a.jdbcUrl()).startsWith(base).hasSize(base.length() + "&sslmode=require&x=1".length())
                .contains("&sslmode=require").contains("&x=1");
    }

    @Test
    void theShownAddressNeverHoldsThePassword() {
        ServerAddress a = ServerAddress.parse("postgresql://ann:secret@h:7000/db?sslmode=require", Map.of(), noPgpass());
        assertThat(a).hasToString("postgresql://ann@h:7000/db?sslmode=require");
        ServerAddress plain = ServerAddress.parse("postgres://ann:secret@h/db", Map.of(), noPgpass());
        assertThat(plain).hasToString("postgresql://ann@h:5432/db");
    }

    @Test
    void aMissingPortIsTheDefaultAndAMissingUserComesFromTheEnvironment() {
        ServerAddress a = ServerAddress.parse("postgresql://h/db", Map.of("PGUSER", "bob"), noPgpass());
        assertThat(a.port()).isEqualTo(ServerAddress.DEFAULT_PORT);
        assertThat(a.user()).isEqualTo("bob");
        assertThat(a.password()).isEmpty();
        assertThat(a.parameters()).isEmpty();
        ServerAddress noEnv = ServerAddress.parse("postgresql://:pw@h/db", Map.of(), noPgpass());
        assertThat(noEnv.user()).isEqualTo(System.getProperty("user.name", ""));
        assertThat(noEnv.password()).contains("pw");
    }

    @Test
    void anIpv6HostInBracketsIsAHost() {
        ServerAddress a = ServerAddress.parse("postgresql://u@[::1]:5433/db", Map.of(), noPgpass());
        assertThat(a.host()).isEqualTo("[::1]");
        assertThat(a.port()).isEqualTo(5433);
    }

    @Test
    void queryPairsWithoutANameAreDroppedAndAnEmptyQueryIsNone() {
        ServerAddress a = ServerAddress.parse("postgresql://u@h/db?=x&flag&a=", Map.of(), noPgpass());
        assertThat(a.parameters()).containsExactlyEntriesOf(Map.of("a", ""));
        ServerAddress empty = ServerAddress.parse("postgresql://u@h/db?", Map.of(), noPgpass());
        assertThat(empty.parameters()).isEmpty();
        assertThat(empty).hasToString("postgresql://u@h:5432/db");
    }

    @Test
    void aBadAddressIsOneSentenceWithThePasswordHidden() {
        assertThatThrownBy(() -> ServerAddress.parse("postgresql://ann:secret@h", Map.of(), noPgpass()))
                .isInstanceOf(StoreException.class)
                .hasMessage("'postgresql://ann:***@h' is not a team database address; use "
                        + "postgresql://user[:password]@host[:port]/dbname.")
                .satisfies(e -> assertThat(((StoreException) e).key()).isEqualTo("db.badUrl"));
    }

    @Test
    void thePasswordComesFromTheUrlThenPgpasswordThenThePasswordFile() throws Exception {
        Path pgpass = Files.writeString(dir.resolve("pgpass"), "h:5432:db:u:fromfile\n");
        assertThat(ServerAddress.parse("postgresql://u:fromurl@h/db", Map.of("PGPASSWORD", "env"), pgpass).password())
                .contains("fromurl");
        assertThat(ServerAddress.parse("postgresql://u@h/db", Map.of("PGPASSWORD", "env"), pgpass).password())
                .contains("env");
        assertThat(ServerAddress.parse("postgresql://u@h/db", Map.of(), pgpass).password()).contains("fromfile");
        Path other = Files.writeString(dir.resolve("other"), "*:*:*:*:elsewhere\n");
        assertThat(ServerAddress.parse("postgresql://u@h/db", Map.of("PGPASSFILE", other.toString()), pgpass)
                .password()).contains("elsewhere");
    }

    @Test
    void thePasswordFileIsReadAsLibpqReadsIt() throws Exception {
        Path file = Files.writeString(dir.resolve("pgpass"), String.join("\n",
                "#:*:*:*:commented",
                "",
                "h:5432:db",
                "other:5432:db:u:wronghost",
                "h:5433:db:u:wrongport",
                "h:5432:otherdb:u:wrongdb",
                "h:5432:db:someone:wronguser",
                "h:*:d\\:b:u:pa\\:ss\\\\word:with:colons",
                "*:*:*:*:fallback"));
        assertThat(ServerAddress.fromPgpass(file, "h", 5432, "d:b", "u")).contains("pa:ss\\word:with:colons");
        assertThat(ServerAddress.fromPgpass(file, "h", 5432, "db", "u")).contains("fallback");
        assertThat(ServerAddress.fromPgpass(file, "#", 5432, "db", "u")).contains("fallback");
        assertThat(ServerAddress.fromPgpass(file, "h", 5433, "db", "u")).contains("wrongport");
        assertThat(ServerAddress.fromPgpass(file, "other", 5432, "db", "u")).contains("wronghost");
        assertThat(ServerAddress.fromPgpass(file, "h", 5432, "otherdb", "u")).contains("wrongdb");
        assertThat(ServerAddress.fromPgpass(file, "h", 5432, "db", "someone")).contains("wronguser");
    }

    @Test
    void aPasswordFileWithNoMatchingLineOrNoFileGivesNoPassword() throws Exception {
        Path file = Files.writeString(dir.resolve("pgpass"), "h:5432:db:u:pw\nshort:line\n");
        assertThat(ServerAddress.fromPgpass(file, "h", 5432, "db", "v")).isEmpty();
        assertThat(ServerAddress.fromPgpass(file, "h", 5432, "db", "u")).contains("pw");
        assertThat(ServerAddress.fromPgpass(null, "h", 5432, "db", "u")).isEmpty();
        assertThat(ServerAddress.fromPgpass(dir, "h", 5432, "db", "u")).isEmpty();
        assertThat(ServerAddress.fromPgpass(dir.resolve("none"), "h", 5432, "db", "u")).isEmpty();
        Path trailing = Files.writeString(dir.resolve("trailing"), "h:5432:db:u:end\\");
        assertThat(ServerAddress.fromPgpass(trailing, "h", 5432, "db", "u")).contains("end\\");
        Path fourFields = Files.writeString(dir.resolve("four"), "h:5432:db:u\n");
        assertThat(ServerAddress.fromPgpass(fourFields, "h", 5432, "db", "u")).isEmpty();
    }

    @Test
    void theParametersAreACopy() {
        java.util.Map<String, String> params = new java.util.HashMap<>(Map.of("a", "1"));
        ServerAddress a = new ServerAddress("u", Optional.empty(), "h", 1, "db", params);
        params.put("b", "2");
        assertThat(a.parameters()).containsOnlyKeys("a");
    }
}
