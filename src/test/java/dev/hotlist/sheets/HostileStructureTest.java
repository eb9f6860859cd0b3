package dev.hotlist.sheets;

import static dev.hotlist.sheets.TestWorkbooks.leads;
import static dev.hotlist.sheets.TestWorkbooks.readAll;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.hotlist.domain.Lead;
import dev.hotlist.domain.ParsedRow;
import dev.hotlist.domain.SheetOptions;
import dev.hotlist.domain.UnusableFileException;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * Workbooks whose structure claims far more work than they hold: thousands of sheet entries over one part, merged
 * ranges that all overlap. They are read in the time their real content takes.
 */
class HostileStructureTest {
    @TempDir
    Path dir;

    @Test
    @Timeout(value = 60, unit = TimeUnit.SECONDS)
    void twentyThousandSheetEntriesOverOnePartOfBlankRowsAreReadOnce() throws IOException {
        // 0.16 s a sheet, about an hour, when every entry was read again
        Path file = HostileWorkbooks.manySheets(dir.resolve("sheets.xlsx"), 20_000, 200_000);
        assertThatThrownBy(() -> LeadSheets.open(file, SheetOptions.defaults()))
                .isInstanceOfSatisfying(UnusableFileException.class, e -> assertThat(e.key()).isEqualTo("sheet.noData"));
    }

    @Test
    void aPartListedTwiceIsOneSheet() throws IOException, UnusableFileException {
        Map<String, HostileWorkbooks.Part> parts = HostileWorkbooks.parts(HostileWorkbooks.rows(2));
        parts.put(HostileWorkbooks.WORKBOOK, HostileWorkbooks.text(HostileWorkbooks.workbook(3, 1)));
        try (LeadSheet sheet = LeadSheets.open(HostileWorkbooks.write(dir.resolve("twice.xlsx"), parts),
                SheetOptions.defaults())) {
            assertThat(sheet.sheetNames()).containsExactly("Leads");
        }
    }

    /** {@code sheets} sheets, each its own part holding {@code sheetData}. */
    private Path sheets(String name, int sheets, String sheetData) throws IOException {
        Map<String, HostileWorkbooks.Part> parts = HostileWorkbooks.parts(sheetData);
        parts.put(HostileWorkbooks.CONTENT_TYPES, HostileWorkbooks.text(HostileWorkbooks.contentTypes(sheets)));
        parts.put(HostileWorkbooks.WORKBOOK, HostileWorkbooks.text(HostileWorkbooks.workbook(sheets, sheets)));
        parts.put(HostileWorkbooks.WORKBOOK_RELS, HostileWorkbooks.text(HostileWorkbooks.workbookRels(sheets)));
        for (int i = 2; i <= sheets; i++) {
            parts.put("xl/worksheets/sheet" + i + ".xml", HostileWorkbooks.text(HostileWorkbooks.sheet(sheetData)));
        }
        return HostileWorkbooks.write(dir.resolve(name), parts);
    }

    @Test
    void aPackageOfMoreFilesThanAllowedIsRefusedAsALimitNotAsDamage() throws IOException {
        Path file = sheets("many.xlsx", (int) org.apache.poi.openxml4j.util.ZipSecureFile.getMaxFileCount(), "");
        assertThatThrownBy(() -> LeadSheets.open(file, SheetOptions.defaults()))
                .isInstanceOfSatisfying(UnusableFileException.class, e -> {
                    assertThat(e.key()).isEqualTo("file.limit.entries");
                    assertThat(e.message(java.util.Locale.ENGLISH)).startsWith("This workbook asks for more memory");
                });
    }

    @Test
    void aMessageListsTwentySheetNamesAndCountsTheRest() throws IOException {
        Path file = sheets("thirty.xlsx", 30, HostileWorkbooks.rows(1));
        assertThatThrownBy(() -> LeadSheets.open(file, new SheetOptions("Nope", Map.of())))
                .isInstanceOfSatisfying(UnusableFileException.class, e -> assertThat(e.message(java.util.Locale.ENGLISH))
                        .contains("Leads, S1, S2").contains("S19 … (+10)").doesNotContain("S20"));
    }

    @Test
    @Timeout(value = 30, unit = TimeUnit.SECONDS)
    void overlappingMergesCostASortNotASquare() throws IOException, UnusableFileException {
        // each row looped over every merge still open: 100,000 took 466 s in a 256 MB heap, 42 s here; now a few
        int merges = 150_000;
        List<ParsedRow> rows = readAll(HostileWorkbooks.overlappingMerges(dir.resolve("merges.xlsx"), merges));
        assertThat(leads(rows)).hasSize(merges);
        assertThat(leads(rows)).extracting(Lead::name).startsWith("Lead 2", "Lead 3").endsWith("Lead " + (merges + 1));
    }

    @Test
    void overlappingMergesAreDroppedAsExcelDropsThem() {
        MergedRegions.Range region = new MergedRegions.Range(2, 4, 0, 0);
        MergedRegions.Range overlapping = new MergedRegions.Range(3, 6, 0, 1);
        MergedRegions.Range beside = new MergedRegions.Range(3, 6, 1, 2);
        MergedRegions.Range below = new MergedRegions.Range(5, 9, 0, 0);
        MergedRegions merges = new MergedRegions(List.of(below, overlapping, beside, region));
        assertThat(merges.ranges()).containsExactly(region, beside, below);
    }

    @Test
    void aMergeOverlappingAKeptOneFillsNothing() throws IOException, UnusableFileException {
        String data = "<row r=\"1\">" + HostileWorkbooks.inline("A1", "Region") + HostileWorkbooks.inline("B1", "Name")
                + "</row>";
        StringBuilder sb = new StringBuilder(data);
        sb.append("<row r=\"2\">").append(HostileWorkbooks.inline("A2", "North"))
                .append(HostileWorkbooks.inline("B2", "Ann")).append("</row>");
        // A3:A6 overlaps A2:A4, so it is dropped: its value stays in A3 and does not spread to rows 5 and 6
        sb.append("<row r=\"3\">").append(HostileWorkbooks.inline("A3", "South"))
                .append(HostileWorkbooks.inline("B3", "P3")).append("</row>");
        for (int r = 4; r <= 6; r++) {
            sb.append("<row r=\"").append(r).append("\">").append(HostileWorkbooks.inline("B" + r, "P" + r))
                    .append("</row>");
        }
        String sheet = HostileWorkbooks.sheet(sb.toString()).replace("</worksheet>",
                "<mergeCells><mergeCell ref=\"A2:A4\"/><mergeCell ref=\"A3:A6\"/></mergeCells></worksheet>");
        Path file = HostileWorkbooks.withPart(dir.resolve("overlap.xlsx"), HostileWorkbooks.SHEET, sheet);
        assertThat(leads(readAll(file))).extracting(Lead::region).containsExactly("North", "South", "North", "", "");
    }
}
