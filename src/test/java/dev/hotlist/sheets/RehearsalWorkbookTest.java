package dev.hotlist.sheets;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.hotlist.domain.Lead;
import dev.hotlist.domain.ParsedRow;
import dev.hotlist.domain.Progress;
import dev.hotlist.domain.SheetOptions;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CancellationException;
import java.util.zip.ZipFile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RehearsalWorkbookTest {
    private static final Path SAMPLE = Path.of("data/sample-leads.xlsx");
    private static final LocalDate DAY = LocalDate.of(2026, 11, 24);

    @TempDir
    Path dir;

    private record Read(int header, List<String> headers, List<ParsedRow> rows) {
    }

    private static Read read(Path file) throws Exception {
        try (LeadSheet sheet = LeadSheets.open(file, SheetOptions.defaults())) {
            List<ParsedRow> rows = new ArrayList<>();
            sheet.read(DAY, rows::add, Progress.NONE);
            return new Read(sheet.headerRowNumber(), sheet.mapping().headers(), rows);
        }
    }

    @Test
    void theSampleIsRepeatedUnderItsOwnHeaderEachCopyAPersonOfItsOwnWithEverythingElseAsTheSampleHasIt()
            throws Exception {
        Read sample = read(SAMPLE);
        int copies = 4;
        int rows = sample.rows().size() * copies + 7;
        Path out = dir.resolve("rehearsal.xlsx");

        assertThat(RehearsalWorkbook.write(SAMPLE, out, rows, Progress.NONE)).isEqualTo(rows);

        Read rehearsal = read(out);
        assertThat(rehearsal.header()).isEqualTo(sample.header());
        assertThat(rehearsal.headers()).isEqualTo(sample.headers());
        assertThat(rehearsal.rows()).hasSize(rows);
        Set<String> sampleEmails = new HashSet<>();
        for (ParsedRow r : sample.rows()) {
            if (r instanceof ParsedRow.LeadRow lr && lr.lead().email() != null) {
                sampleEmails.add(lr.lead().email());
            }
        }
        Set<String> copyEmails = new HashSet<>();
        int n = sample.rows().size();
        for (int i = 0; i < rows; i++) {
            ParsedRow original = sample.rows().get(i % n);
            ParsedRow copy = rehearsal.rows().get(i);
            int number = i / n;
            assertThat(copy.getClass()).as("row %d", i).isEqualTo(original.getClass());
            if (!(original instanceof ParsedRow.LeadRow o)) {
                continue;
            }
            Lead was = o.lead();
            Lead is = ((ParsedRow.LeadRow) copy).lead();
            assertThat(is.needStated()).isEqualTo(was.needStated());
            assertThat(is.buyingStated()).isEqualTo(was.buyingStated());
            assertThat(is.buyingDate()).isEqualTo(was.buyingDate());
            assertThat(is.company()).isEqualTo(was.company());
            assertThat(is.region()).isEqualTo(was.region());
            assertThat(is.owner()).isEqualTo(was.owner());
            if (number == 0) {
                assertThat(is.name()).isEqualTo(was.name());
                assertThat(is.email()).isEqualTo(was.email());
                continue;
            }
            if (was.name() != null) {
                assertThat(is.name()).isEqualTo(was.name() + " " + number);
            }
            if (was.email() != null) {
                assertThat(is.email()).isNotIn(sampleEmails);
                assertThat(copyEmails.add((i % n) + ":" + is.email())).as("each copy of row %d its own e-mail", i % n)
                        .isTrue();
            }
            if (was.phone() != null) {
                assertThat(is.phone()).isNotEqualTo(was.phone());
            }
        }
    }

    @Test
    void itIsWrittenAsExcelWritesStringsInASharedTable() throws Exception {
        Path out = dir.resolve("rehearsal.xlsx");
        RehearsalWorkbook.write(SAMPLE, out, 200, Progress.NONE);
        try (ZipFile zip = new ZipFile(out.toFile())) {
            String sheet = new String(zip.getInputStream(zip.getEntry("xl/worksheets/sheet1.xml")).readAllBytes(),
                    StandardCharsets.UTF_8);
            assertThat(zip.getEntry("xl/sharedStrings.xml")).isNotNull();
            assertThat(sheet).contains("t=\"s\"").doesNotContain("inlineStr");
        }
    }

    @Test
    void aCancelStopsTheWriting() {
        Progress cancelled = Progress.NONE.orStoppedBy(() -> true);
        assertThatThrownBy(() -> RehearsalWorkbook.write(SAMPLE, dir.resolve("r.xlsx"), 500, cancelled))
                .isInstanceOf(CancellationException.class);
        assertThat(dir.resolve("r.xlsx")).doesNotExist();
    }
}
