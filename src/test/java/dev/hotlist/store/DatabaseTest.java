package dev.hotlist.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.hotlist.domain.Lead;
import dev.hotlist.domain.StoreException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Statement;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DatabaseTest {
    @TempDir
    Path dir;

    @Test
    void createsAFreshDatabaseAtTheCurrentVersionInWalMode() {
        Path file = dir.resolve("nested/folder/hotlist.db");
        try (Database db = Database.open(file)) {
            assertThat(scalar(db, "PRAGMA user_version")).isEqualTo(Database.SCHEMA_VERSION);
            assertThat(scalar(db, "PRAGMA application_id")).isEqualTo(Database.APPLICATION_ID);
            assertThat(text(db, "PRAGMA journal_mode")).isEqualTo("wal");
            assertThat(scalar(db, "PRAGMA foreign_keys")).isEqualTo(1);
        }
        assertThat(file).exists();
    }

    @Test
    void aNewFileIsMigratedByFlywayThroughEveryVersionOfItsEngine() {
        try (Database db = Database.open(dir.resolve("fresh.db"))) {
            List<String> versions = db.read(c -> {
                List<String> out = new java.util.ArrayList<>();
                try (Statement st = c.createStatement(); var rs = st.executeQuery(
                        "SELECT version FROM flyway_schema_history WHERE success ORDER BY installed_rank")) {
                    while (rs.next()) {
                        out.add(rs.getString(1));
                    }
                }
                return out;
            });
            assertThat(versions).isEqualTo(Migrations.versions(Store.Engine.SQLITE));
            assertThat(db.backups().list()).as("nothing to back up in a new file").isEmpty();
        }
    }

    @Test
    void theListOfVersionsMatchesTheMigrationFolders() throws Exception {
        for (Store.Engine engine : Store.Engine.values()) {
            List<String> found = new java.util.ArrayList<>();
            for (String folder : List.of("common", engine.migrationFolder())) {
                Path dirOf = Path.of(Database.class.getResource("/" + Migrations.ROOT + folder).toURI());
                try (var files = Files.list(dirOf)) {
                    files.map(p -> p.getFileName().toString()).filter(n -> n.matches("V[0-9_]+__.*\\.sql"))
                            .map(n -> n.substring(1, n.indexOf("__")).replace('_', '.')).forEach(found::add);
                }
            }
            found.sort(Migrations::compare);
            assertThat(found).as(engine.name()).isEqualTo(Migrations.versions(engine));
        }
    }

    @Test
    void dataSurvivesReopening() {
        Path file = dir.resolve("hotlist.db");
        try (Database db = Database.open(file)) {
            db.write(c -> LeadStore.insert(c, Lead.builder().name("张伟").company("明达机械").build(), Instant.now()));
        }
        try (Database db = Database.open(file)) {
            assertThat(db.read(LeadStore::all)).extracting(Lead::name).containsExactly("张伟");
        }
    }

    @Test
    void migratesFromEveryEarlierVersionKeepingDataAndTakingABackup() {
        for (int version = 1; version <= Database.PRE_FLYWAY.size(); version++) {
            Path file = dir.resolve("v" + version + ".db");
            Database.createAtVersion(file, version);
            try (Database old = openRaw(file)) {
                // a row as every version since V1 can hold it
                old.write(c -> {
                    try (Statement st = c.createStatement()) {
                        st.execute("INSERT INTO lead (name, email, created_at, updated_at) "
                                + "VALUES ('Ann', 'ann@x.com', '2026-11-24T00:00:00Z', '2026-11-24T00:00:00Z')");
                    }
                    return null;
                });
            }
            try (Database db = Database.open(file)) {
                assertThat(scalar(db, "PRAGMA user_version")).isEqualTo(Database.SCHEMA_VERSION);
                assertThat(db.read(LeadStore::all)).extracting(Lead::email).containsExactly("ann@x.com");
                assertThat(db.read(SavedViews::all)).isEmpty();
                assertThat(db.backups().list()).hasSize(1);
                assertThat(db.backups().list().get(0).getFileName().toString())
                        .contains("before-migration-v" + version);
                // baselined at the file's own version, then Flyway applied what came after it
                assertThat(text(db, "SELECT version FROM flyway_schema_history WHERE type = 'BASELINE'"))
                        .isEqualTo(Integer.toString(version));
                assertThat(text(db, "SELECT max(CAST(version AS INTEGER)) FROM flyway_schema_history WHERE success"))
                        .isEqualTo(Integer.toString(Database.SCHEMA_VERSION));
                assertThat(db.read(LeadStore::all)).extracting(Lead::version, Lead::assignee)
                        .containsExactly(org.assertj.core.groups.Tuple.tuple(1L, ""));
            }
            try (Database again = Database.open(file)) {
                assertThat(again.backups().list()).as("a current file is not migrated again").hasSize(1);
            }
        }
    }

    @Test
    void refusesAFileThatIsNotSqliteAndLeavesItUntouched() throws Exception {
        Path file = dir.resolve("notes.db");
        Files.writeString(file, "shopping list: milk, eggs", StandardCharsets.UTF_8);
        byte[] before = Files.readAllBytes(file);
        assertThatThrownBy(() -> Database.open(file)).isInstanceOf(StoreException.class)
                .satisfies(e -> assertThat(((StoreException) e).message(Locale.ENGLISH))
                        .contains("is not a Hotlist database"));
        assertThat(Files.readAllBytes(file)).isEqualTo(before);
    }

    @Test
    void refusesAnotherApplicationsSqliteDatabaseAndLeavesItUntouched() throws Exception {
        Path file = dir.resolve("other.db");
        try (var c = java.sql.DriverManager.getConnection("jdbc:sqlite:" + file); Statement st = c.createStatement()) {
            st.execute("CREATE TABLE invoices (id INTEGER PRIMARY KEY, total REAL)");
            st.execute("INSERT INTO invoices VALUES (1, 9.5)");
        }
        byte[] before = Files.readAllBytes(file);
        assertThatThrownBy(() -> Database.open(file)).isInstanceOf(StoreException.class)
                .hasMessageContaining("not a Hotlist database");
        assertThat(Files.readAllBytes(file)).isEqualTo(before);
        assertThat(dir.resolve("other.db-wal")).doesNotExist();
    }

    @Test
    void refusesAnotherApplicationsEmptyDatabaseAndLeavesItUntouched() throws Exception {
        Path file = dir.resolve("other-empty.db");
        try (var c = java.sql.DriverManager.getConnection("jdbc:sqlite:" + file); Statement st = c.createStatement()) {
            st.execute("PRAGMA application_id=1234");
            st.execute("PRAGMA user_version=" + Database.SCHEMA_VERSION);
        }
        byte[] before = Files.readAllBytes(file);
        assertThatThrownBy(() -> Database.open(file)).isInstanceOf(StoreException.class)
                .satisfies(e -> assertThat(((StoreException) e).key()).isEqualTo("db.notHotlist"));
        assertThat(Files.readAllBytes(file)).isEqualTo(before);
    }

    @Test
    void openingAnExistingDatabaseOnlyRefusesAMissingFileWithoutCreatingIt() {
        Path typo = dir.resolve("typo.db");
        assertThatThrownBy(() -> Database.openExisting(typo)).isInstanceOf(StoreException.class)
                .satisfies(e -> {
                    StoreException se = (StoreException) e;
                    assertThat(se.key()).isEqualTo("db.notFound");
                    assertThat(se.message(Locale.ENGLISH)).contains("There is no database at").contains("typo.db");
                    assertThat(se.message(Locale.SIMPLIFIED_CHINESE)).contains("没有数据库");
                });
        assertThat(typo).doesNotExist();
        assertThat(dir.resolve("typo-backups")).doesNotExist();

        Path real = dir.resolve("hotlist.db");
        try (Database db = Database.open(real)) {
            db.write(c -> LeadStore.insert(c, Lead.builder().name("Ann").build(), Instant.now()));
        }
        try (Database db = Database.openExisting(real)) {
            assertThat(db.read(LeadStore::all)).extracting(Lead::name).containsExactly("Ann");
        }
    }

    @Test
    void migratingToVersionFourKeysLeadsWithOnlyANameOrOnlyACompany() {
        Path file = dir.resolve("v3.db");
        Database.createAtVersion(file, 3);
        try (Database old = openRaw(file)) {
            old.write(c -> {
                try (Statement st = c.createStatement()) {
                    st.execute("INSERT INTO lead (name, company, created_at, updated_at) VALUES "
                            + "('Ann Lee', '', '2026-11-24T00:00:00Z', '2026-11-24T00:00:00Z'), "
                            + "('', 'Ａｃｍｅ Ltd.', '2026-11-24T00:00:00Z', '2026-11-24T00:00:00Z')");
                }
                return null;
            });
        }
        try (Database db = Database.open(file)) {
            List<String> nameKeys = db.read(c -> {
                List<String> keys = new java.util.ArrayList<>();
                try (Statement st = c.createStatement(); var rs = st.executeQuery("SELECT name_key FROM lead ORDER BY id")) {
                    while (rs.next()) {
                        keys.add(rs.getString(1));
                    }
                }
                return keys;
            });
            assertThat(nameKeys).containsExactly("annlee|", "|acmeltd");
        }
    }

    @Test
    void refusesADatabaseFromANewerVersion() throws Exception {
        Path file = dir.resolve("future.db");
        try (Database db = Database.open(file)) {
            db.write(c -> {
                try (Statement st = c.createStatement()) {
                    st.execute("PRAGMA user_version=" + (Database.SCHEMA_VERSION + 1));
                }
                return null;
            });
        }
        byte[] before = Files.readAllBytes(file);
        assertThatThrownBy(() -> Database.open(file)).isInstanceOf(StoreException.class)
                .satisfies(e -> assertThat(((StoreException) e).message(Locale.SIMPLIFIED_CHINESE)).contains("更新版本"));
        assertThat(Files.readAllBytes(file)).isEqualTo(before);
    }

    @Test
    void aFailedTransactionLeavesNothingBehind() {
        try (Database db = Database.open(dir.resolve("hotlist.db"))) {
            assertThatThrownBy(() -> db.write(c -> {
                LeadStore.insert(c, Lead.builder().name("Half").build(), Instant.now());
                throw new IllegalStateException("boom");
            })).hasMessage("boom");
            assertThat(scalar(db, "SELECT count(*) FROM lead")).isZero();
        }
    }

    @Test
    void keepsOnlyTheNewestBackups() {
        try (Database db = Database.open(dir.resolve("hotlist.db"))) {
            for (int i = 0; i < Backups.KEEP + 3; i++) {
                db.backups().take(db, "test-" + i);
            }
            assertThat(db.backups().list()).hasSize(Backups.KEEP);
            assertThat(db.backups().list().get(0).getFileName().toString()).contains("test-" + (Backups.KEEP + 2));
        }
    }

    @Test
    void restoresABackup() {
        Path file = dir.resolve("hotlist.db");
        Path backup;
        try (Database db = Database.open(file)) {
            db.write(c -> LeadStore.insert(c, Lead.builder().name("Kept").build(), Instant.now()));
            backup = db.backups().take(db, "manual");
            db.write(c -> LeadStore.insert(c, Lead.builder().name("Later").build(), Instant.now()));
        }
        Backups.of(file).restore(backup);
        try (Database db = Database.open(file)) {
            assertThat(db.read(LeadStore::all)).extracting(Lead::name).containsExactly("Kept");
            assertThat(db.backups().list()).anySatisfy(p -> assertThat(p.toString()).contains("before-restore"));
        }
    }

    static long scalar(Database db, String sql) {
        long v = db.read(c -> Database.longQuery(c, sql));
        return v;
    }

    static String text(Database db, String sql) {
        String v = db.read(c -> {
            try (Statement st = c.createStatement(); var rs = st.executeQuery(sql)) {
                rs.next();
                return rs.getString(1);
            }
        });
        return v;
    }

    private static Database openRaw(Path file) {
        // An old-version file opened without migrating, to put data in it as the old version would.
        return Database.openWithoutMigrating(file);
    }
}
