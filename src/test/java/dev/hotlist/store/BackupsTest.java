package dev.hotlist.store;

import static org.assertj.core.api.Assertions.assertThat;

import dev.hotlist.domain.Lead;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Backups taken by two writers at once, and restores over a database that no longer opens. */
class BackupsTest {
    @TempDir
    Path dir;

    @Test
    void twoConnectionsBackingUpAtOnceNeverDeleteEachOthersCopyInProgress() throws Exception {
        Path file = dir.resolve("hotlist.db");
        try (Database setup = Database.open(file)) {
            fill(setup, 4000); // a copy takes long enough for the other writer's clean-up to run meanwhile
        }
        // A copy deleted while being written would make take() fail (VACUUM INTO or the rename throws). A finished
        // copy may rightly be pruned by the other connection at once when the machine is busy, so it is not asked
        // to exist afterwards.
        TwoConnections.atOnce(file, 12, (db, i) -> assertThat(db.backups().take(db, "before-import").getParent())
                .isEqualTo(db.backups().folder()));
        Backups backups = Backups.of(file);
        assertThat(backups.list()).hasSize(Backups.KEEP);
        try (var files = Files.list(backups.folder())) {
            assertThat(files.filter(p -> p.toString().endsWith(".partial")).toList()).isEmpty();
        }
    }

    @Test
    void aPreparedCopyIsKeptAmongTheBackupsOrDiscardedWithoutATrace() throws Exception {
        Path file = dir.resolve("hotlist.db");
        try (Database db = Database.open(file)) {
            fill(db, 10);
            Backups backups = db.backups();
            assertThat(backups.folder()).doesNotExist();
            backups.prepare(db, "before-import").discard();
            assertThat(backups.folder()).as("the folder it made is gone with it").doesNotExist();

            for (int i = 0; i < Backups.KEEP; i++) {
                backups.take(db, "manual");
            }
            java.util.List<Path> five = backups.list();
            Backups.Pending pending = backups.prepare(db, "before-import");
            assertThat(backups.list()).as("not a backup until kept").isEqualTo(five);
            pending.discard();
            assertThat(backups.list()).as("nothing pruned").isEqualTo(five);
            try (var left = Files.list(backups.folder())) {
                assertThat(left).hasSize(Backups.KEEP);
            }
            Path kept = backups.prepare(db, "before-import").keep();
            assertThat(backups.list()).hasSize(Backups.KEEP).first().isEqualTo(kept);
            assertThat(backups.list()).doesNotContain(five.get(Backups.KEEP - 1));
        }
    }

    @Test
    void theJournalCopiesOfAStaleHalfWrittenCopyGoWithItAndNothingElseInTheFolderDoes() throws Exception {
        try (Database db = Database.open(dir.resolve("hotlist.db"))) {
            Path folder = db.backups().folder();
            Files.createDirectories(folder);
            FileTime old = FileTime.from(Instant.now().minus(Backups.STALE_PARTIAL).minusSeconds(60));
            Path wal = Files.writeString(folder.resolve("20261101-000000-000-before-import.db.1-a.partial-wal"), "x");
            Path shm = Files.writeString(folder.resolve("20261101-000000-000-before-import.db.1-a.partial-shm"), "x");
            Path note = Files.writeString(folder.resolve("notes-wal"), "x");
            for (Path p : new Path[] {wal, shm, note}) {
                Files.setLastModifiedTime(p, old);
            }

            db.backups().take(db, "manual");

            assertThat(wal).doesNotExist();
            assertThat(shm).doesNotExist();
            assertThat(note).as("not a copy of Hotlist's").exists();
        }
    }

    @Test
    void onlyStaleHalfWrittenCopiesAreCleanedUp() throws Exception {
        try (Database db = Database.open(dir.resolve("hotlist.db"))) {
            Path folder = db.backups().folder();
            Files.createDirectories(folder);
            Path stale = Files.writeString(folder.resolve("20261101-000000-000-before-import.db.1-a.partial"), "x");
            Files.setLastModifiedTime(stale, FileTime.from(Instant.now().minus(Backups.STALE_PARTIAL).minusSeconds(60)));
            Path live = Files.writeString(folder.resolve("20261124-000000-000-before-import.db.2-b.partial"), "x");

            db.backups().take(db, "manual");

            assertThat(stale).doesNotExist();
            assertThat(live).as("another process may still be writing it").exists();
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"damaged pages", "not a database at all"})
    void restoresOverADatabaseThatNoLongerOpensKeepingItsRawBytes(String damage) throws Exception {
        Path file = dir.resolve("hotlist.db");
        Path backup;
        try (Database db = Database.open(file)) {
            db.write(c -> LeadStore.insert(c, Lead.builder().name("Kept").build(), Instant.now()));
            backup = db.backups().take(db, "manual");
            fill(db, 300);
        }
        byte[] bytes = Files.readAllBytes(file);
        if (damage.equals("damaged pages")) {
            // the header still says SQLite; every page after it is noise
            for (int i = 100; i < bytes.length; i++) {
                bytes[i] = (byte) (i * 31 + 7);
            }
            Files.write(file, bytes);
        } else {
            bytes = "the disk ate it".getBytes(StandardCharsets.US_ASCII);
            Files.write(file, bytes);
        }
        Files.writeString(dir.resolve("hotlist.db-wal"), "stray wal");

        Backups.of(file).restore(backup);

        try (Database db = Database.open(file)) {
            assertThat(db.read(LeadStore::all)).extracting(Lead::name).containsExactly("Kept");
        }
        Path kept = Backups.of(file).list().stream()
                .filter(p -> p.getFileName().toString().contains("before-restore-unreadable")).findFirst()
                .orElseThrow();
        assertThat(Files.readAllBytes(kept)).isEqualTo(bytes);
        assertThat(Files.readString(kept.resolveSibling(kept.getFileName() + "-wal"))).isEqualTo("stray wal");
    }

    static void fill(Database db, int leads) {
        db.write(c -> {
            try (LeadWriter w = new LeadWriter(c, null, Instant.now())) {
                for (int i = 0; i < leads; i++) {
                    w.insert(Lead.builder().name("Lead " + i).email("lead" + i + "@example.com")
                            .notes("a note long enough to give the copy some pages to write " + i).build());
                }
            }
            return null;
        });
    }
}
