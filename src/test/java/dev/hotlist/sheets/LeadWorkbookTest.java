package dev.hotlist.sheets;

import dev.hotlist.domain.LeadField;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.hotlist.domain.ParsedRow;
import dev.hotlist.domain.SheetOptions;
import dev.hotlist.domain.UnusableFileException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LeadWorkbookTest {
    private static final LocalDate AS_OF = LocalDate.of(2026, 11, 24);
    @TempDir
    Path dir;

    @Test
    void oneOpenedFileServesSeveralLooksAtItsSheetsAndStaysOpenUntilClosed() throws Exception {
        Path file = TestWorkbooks.xlsx(dir.resolve("leads.xlsx"), new Object[][] {
            {"Who", "Company", "Mood"},
            {"Ann Lee", "Acme", "urgent"},
            {"Bo Chen", "Beta", "low"},
        });
        try (LeadWorkbook workbook = LeadWorkbook.open(file)) {
            assertThat(workbook.fileName()).isEqualTo("leads.xlsx");
            // "Who" and "Mood" are not known headers: without a correction the sheet has no header row
            assertThatThrownBy(() -> workbook.sheet(SheetOptions.defaults()))
                    .isInstanceOfSatisfying(UnusableFileException.class, e -> assertThat(e.key()).isEqualTo("sheet.noHeader"));
            SheetOptions corrected = new SheetOptions(null, Map.of("Who", LeadField.NAME, "Mood", LeadField.NEED));
            for (int pass = 0; pass < 2; pass++) {
                try (LeadSheet sheet = workbook.sheet(corrected)) {
                    List<ParsedRow> rows = new ArrayList<>();
                    sheet.read(AS_OF, rows::add, dev.hotlist.domain.Progress.NONE);
                    assertThat(TestWorkbooks.leads(rows)).extracting(l -> l.name() + "/" + l.needStated())
                            .containsExactly("Ann Lee/urgent", "Bo Chen/low");
                }
            }
        }
    }

    @Test
    void anUnusableFileIsRefusedWhenOpened() throws Exception {
        Path text = TestWorkbooks.text(dir.resolve("notes.xlsx"), "just some notes", java.nio.charset.StandardCharsets.UTF_8, false);
        assertThatThrownBy(() -> LeadWorkbook.open(text)).isInstanceOf(UnusableFileException.class);
        assertThatThrownBy(() -> LeadWorkbook.open(dir.resolve("missing.xlsx")))
                .isInstanceOfSatisfying(UnusableFileException.class, e -> assertThat(e.key()).isEqualTo("file.notFound"));
    }
}
