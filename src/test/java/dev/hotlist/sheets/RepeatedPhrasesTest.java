package dev.hotlist.sheets;

import static dev.hotlist.sheets.TestWorkbooks.leads;
import static dev.hotlist.sheets.TestWorkbooks.readAll;
import static org.assertj.core.api.Assertions.assertThat;

import dev.hotlist.domain.Lead;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A buying time or closing date written the same way down a column names the same day on every row. */
class RepeatedPhrasesTest {
    @TempDir
    Path dir;

    @Test
    void aPhraseRepeatedDownTheColumnNamesItsDayOnEveryRow() throws Exception {
        // read as of 2026-11-24 (TestWorkbooks.readAll)
        Path file = TestWorkbooks.csv(dir.resolve("t.csv"), """
                Name,Phone,Buying time
                Ann,555 0101,tomorrow
                Ben,555 0102,just looking
                Cy,555 0103,tomorrow
                Di,555 0104,just looking
                Ed,555 0105,2026-12-01
                Flo,555 0106,2026-12-01
                """);
        List<Lead> leads = leads(readAll(file));
        assertThat(leads).extracting(Lead::name).containsExactly("Ann", "Ben", "Cy", "Di", "Ed", "Flo");
        LocalDate tomorrow = LocalDate.of(2026, 11, 25);
        LocalDate december = LocalDate.of(2026, 12, 1);
        assertThat(leads).extracting(Lead::buyingDate)
                .containsExactly(tomorrow, null, tomorrow, null, december, december);
        assertThat(leads).extracting(Lead::buyingStated)
                .containsExactly("tomorrow", "just looking", "tomorrow", "just looking", "2026-12-01", "2026-12-01");
    }
}
