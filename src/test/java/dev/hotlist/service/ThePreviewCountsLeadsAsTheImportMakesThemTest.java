package dev.hotlist.service;

import static dev.hotlist.service.FixedDay.TODAY;
import static org.assertj.core.api.Assertions.assertThat;

import dev.hotlist.domain.Progress;
import dev.hotlist.domain.SheetOptions;
import java.nio.file.Path;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@link ImportPreview#sampledLeads}: "how many leads those rows make once merged (by the import's own rules)", so
 * for a small sheet it is the number of leads the import of it into an empty database makes, also when an address
 * many rows share is no match key (a row with only that address and a phone is a lead of its own).
 */
class ThePreviewCountsLeadsAsTheImportMakesThemTest {
    @TempDir
    Path dir;

    @Test
    void thePreviewsLeadsAreTheLeadsTheImportMakes() throws Exception {
        Path sheet = FixedDay.csv(dir, "shared.csv", """
                Name,Email,Phone
                Ben Ho,info@acme.com,
                ,info@acme.com,+1 415 555 0199
                Cy Wu,info@acme.com,
                Dee Park,info@acme.com,
                Eve Stone,eve@acme.com,+1 415 555 0123
                Eve Stone,eve@acme.com,
                """);
        try (LocalHotlist h = FixedDay.service(dir)) {
            ImportPreview preview = h.previewFile(sheet, SheetOptions.defaults(), TODAY, 10);
            assertThat(preview.sampledRows()).isEqualTo(6);
            ImportReport report = h.importFile(sheet, SheetOptions.defaults(), TODAY, Progress.NONE, Locale.ENGLISH);
            assertThat(preview.sampledLeads()).isEqualTo(report.newCount()).isEqualTo((int) h.leadCount());
        }
    }
}
