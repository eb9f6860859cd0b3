package dev.hotlist.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.hotlist.domain.Lead;
import dev.hotlist.domain.StoreException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What the process knows of the database files it has open, and what happens when they are swapped under it. */
class OpenFilesTest {
    @TempDir
    Path dir;

    @Test
    void theOpenDatabaseAndItsJournalFilesAreKnownAsOpenHereByAnyPathUntilClosed() throws Exception {
        Path db = dir.resolve("hotlist.db");
        Path link = dir.resolve("same-file.db");
        try (Database d = Database.open(db)) {
            Files.createLink(link, db);
            assertThat(Database.isOpenHere(db)).isTrue();
            assertThat(Database.isOpenHere(dir.resolve("./hotlist.db"))).isTrue();
            assertThat(Database.isOpenHere(link)).as("a hard link is the same file").isTrue();
            assertThat(Database.isOpenHere(dir.resolve("hotlist.db-wal"))).isTrue();
            assertThat(Database.isOpenHere(dir.resolve("hotlist.db-shm"))).isTrue();
            assertThat(Database.isOpenHere(dir.resolve("leads.xlsx"))).isFalse();
        }
        assertThat(Database.isOpenHere(db)).isFalse();
        assertThat(Database.isOpenHere(link)).isFalse();
    }

    @Test
    void onLinuxTheConnectionIsGuardedAndTheGuardIsSharedByConnectionsOfOneFile() {
        assumeTrue(System.getProperty("os.name").toLowerCase().contains("linux"), "open-file-description locks");
        Path db = dir.resolve("hotlist.db");
        try (Database first = Database.open(db)) {
            assertThat(first.guarded()).isTrue();
            try (Database second = Database.open(db)) {
                assertThat(second.guarded()).isTrue();
            }
            assertThat(first.guarded()).as("closing the second connection keeps the first one's guard").isTrue();
            first.write(c -> LeadStore.insert(c, Lead.builder().name("Still writes").build(), Instant.now()));
        }
    }

    @Test
    void aDatabaseReplacedUnderTheConnectionIsRetiredWithItsCommitsInItsOwnFileAndTheNewFileUntouched()
            throws Exception {
        Path db = dir.resolve("hotlist.db");
        Path aside = dir.resolve("hotlist-old.db");
        Path replacement = dir.resolve("replacement.db");
        try (Database other = Database.open(replacement)) {
            other.write(c -> LeadStore.insert(c, Lead.builder().name("In the replacement").build(), Instant.now()));
        }
        byte[] replacementBytes = Files.readAllBytes(replacement);
        try (Database d = Database.open(db)) {
            d.write(c -> LeadStore.insert(c, Lead.builder().name("Before").build(), Instant.now()));
            // as a sync tool or a restore by hand would: the file moved aside, another moved into its place, while
            // the old file's -wal and -shm stay at the path
            Files.move(db, aside, StandardCopyOption.ATOMIC_MOVE);
            Files.move(replacement, db, StandardCopyOption.ATOMIC_MOVE);

            assertThatThrownBy(() -> d.write(c -> LeadStore.insert(c, Lead.builder().name("After").build(),
                    Instant.now()))).isInstanceOf(StoreException.class)
                    .satisfies(e -> assertThat(((StoreException) e).key()).isEqualTo("db.replaced"));
            assertThatThrownBy(() -> d.read(LeadStore::count)).isInstanceOf(StoreException.class);
        }
        assertThat(Files.readAllBytes(db)).as("the new file is not written to").isEqualTo(replacementBytes);
        assertThat(db.resolveSibling("hotlist.db-wal")).satisfies(wal -> assertThat(
                !Files.exists(wal) || Files.size(wal) == 0).as("no journal of the old file left to pair with the new")
                .isTrue());
        try (Database reread = Database.openExisting(db)) {
            assertThat(reread.read(LeadStore::all)).extracting(Lead::name).containsExactly("In the replacement");
        }
        try (Database old = Database.openExisting(aside)) {
            assertThat(old.read(LeadStore::all)).as("the commits folded into the file moved aside")
                    .extracting(Lead::name).containsExactly("Before");
        }
    }

    @Test
    void aDatabaseDeletedUnderTheConnectionIsNeverRecreatedEmpty() throws Exception {
        Path db = dir.resolve("hotlist.db");
        try (Database d = Database.open(db)) {
            Database.delete(db);
            assertThatThrownBy(() -> d.read(LeadStore::count))
                    .isInstanceOf(StoreException.class)
                    .satisfies(e -> assertThat(((StoreException) e).key()).isEqualTo("db.gone"));
        }
        assertThat(db).doesNotExist();
    }
}
