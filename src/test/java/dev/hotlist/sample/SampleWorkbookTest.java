package dev.hotlist.sample;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The committed sample workbook is exactly what its generator writes, so the two can never drift apart. */
class SampleWorkbookTest {
    @TempDir
    Path dir;

    @Test
    void theCommittedSampleMatchesItsGenerator() throws Exception {
        Path fresh = dir.resolve("sample-leads.xlsx");
        SampleWorkbookGenerator.write(fresh);
        assertThat(cells(Path.of("data/sample-leads.xlsx"))).isEqualTo(cells(fresh));
    }

    @Test
    void theSampleHoldsTheSeedCasesUnderATitleRow() throws Exception {
        List<String> cells = cells(Path.of("data/sample-leads.xlsx"));
        assertThat(cells.get(0)).isEqualTo("线索 Leads");
        assertThat(String.join("\n", cells)).contains(SampleWorkbookGenerator.TITLE, "钓鱼-明天", "钓鱼-明年",
                "钓鱼-看电视", "热狗-饿", "热狗-一般", "热狗-不饿", "溺水-救命", "逾期-三天", "逾期-四个月");
    }

    /** Every cell as the user sees it, row by row, with the sheet name first. */
    private static List<String> cells(Path file) throws Exception {
        List<String> out = new ArrayList<>();
        DataFormatter fmt = new DataFormatter();
        try (InputStream in = Files.newInputStream(file); Workbook wb = WorkbookFactory.create(in)) {
            Sheet sheet = wb.getSheetAt(0);
            out.add(sheet.getSheetName());
            out.add("merged: " + sheet.getMergedRegions());
            for (Row row : sheet) {
                StringBuilder line = new StringBuilder(row.getRowNum() + ":");
                row.forEach(c -> line.append(fmt.formatCellValue(c)).append('|'));
                out.add(line.toString());
            }
        }
        return out;
    }
}
