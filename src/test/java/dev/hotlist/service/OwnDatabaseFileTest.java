package dev.hotlist.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.hotlist.domain.CallOutcome;
import dev.hotlist.domain.LeadFilter;
import dev.hotlist.domain.Progress;
import dev.hotlist.domain.SheetOptions;
import dev.hotlist.domain.UnusableFileException;
import dev.hotlist.sheets.export.ExportException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The app never opens its own database file as a sheet (dropped on the window, chosen in the import dialog) nor
 * writes an export over it: reading it with anything but SQLite would release SQLite's locks (issue 12).
 */
class OwnDatabaseFileTest {
    static final LocalDate AS_OF = LocalDate.of(2026, 11, 24);
    @TempDir
    Path dir;

    @ParameterizedTest
    @ValueSource(strings = {"hotlist.db", "hotlist.db-wal", "hotlist.db-shm"})
    void importingOrPreviewingTheOpenDatabaseIsRefusedBeforeTheFileIsOpened(String name) throws Exception {
        try (LocalHotlist hotlist = LocalHotlist.open(dir.resolve("hotlist.db"))) {
            hotlist.importSample(AS_OF, Progress.NONE, Locale.ENGLISH);
            long leads = hotlist.leadCount();
            Path file = dir.resolve(name);
            assertThatThrownBy(() -> hotlist.importFile(file, SheetOptions.defaults(), AS_OF, Progress.NONE,
                    Locale.ENGLISH)).isInstanceOf(UnusableFileException.class)
                    .satisfies(e -> assertThat(((UnusableFileException) e).key()).isEqualTo("file.isOpenDatabase"));
            assertThatThrownBy(() -> hotlist.previewFile(file, SheetOptions.defaults(), AS_OF, 10))
                    .isInstanceOf(UnusableFileException.class);
            assertThat(hotlist.leadCount()).isEqualTo(leads);
            long id = hotlist.rank(LeadFilter.all(), AS_OF).get(0).lead().id();
            assertThat(hotlist.logCall(id, CallOutcome.REACHED, null, "still works").id()).isPositive();
        }
    }

    @Test
    void anExportOverTheOpenDatabaseIsRefusedAndTheDatabaseKept() throws Exception {
        // a database whose name an export would accept
        Path db = dir.resolve("leads.xlsx");
        try (LocalHotlist hotlist = LocalHotlist.open(db)) {
            hotlist.importSample(AS_OF, Progress.NONE, Locale.ENGLISH);
            assertThatThrownBy(() -> hotlist.export(db, LeadFilter.all(), AS_OF, Progress.NONE, Locale.ENGLISH))
                    .isInstanceOf(ExportException.class)
                    .satisfies(e -> assertThat(((ExportException) e).problem())
                            .isEqualTo(ExportException.Problem.IS_DATABASE))
                    .hasMessageContaining("Hotlist database");
            assertThat(hotlist.leadCount()).isPositive();
        }
        try (LocalHotlist reopened = LocalHotlist.open(db)) {
            assertThat(reopened.leadCount()).isPositive();
        }
    }
}
