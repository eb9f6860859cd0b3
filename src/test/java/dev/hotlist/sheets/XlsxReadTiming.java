package dev.hotlist.sheets;

import dev.hotlist.domain.Progress;
import dev.hotlist.domain.SheetOptions;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/**
 * Times reading a generated 100,000 × 12 .xlsx (not a unit test; run by hand):
 * {@code java -cp target/classes:target/test-classes:$(cat cp.txt) dev.hotlist.sheets.XlsxReadTiming DIR [rows [runs]]}.
 * It writes one file with shared strings (as Excel does) and one with inline strings (as streaming writers do),
 * unless they exist, then opens and reads each {@code runs} times (default 5) and prints the times; run 0 of a
 * fresh JVM is the cold time a one-shot command line import pays.
 */
public final class XlsxReadTiming {
    private XlsxReadTiming() {
    }

    public static void main(String[] args) throws Exception {
        Path dir = Path.of(args.length > 0 ? args[0] : System.getProperty("java.io.tmpdir"));
        int rows = args.length > 1 ? Integer.parseInt(args[1]) : 100_000;
        int runs = args.length > 2 ? Integer.parseInt(args[2]) : 5;
        for (boolean shared : new boolean[] {true, false}) {
            Path file = dir.resolve("leads-" + rows + (shared ? "-sst" : "-inline") + ".xlsx");
            if (!Files.exists(file)) {
                generate(file, rows, shared);
            }
            System.out.printf("%s: %,d bytes%n", file.getFileName(), Files.size(file));
            for (int run = 0; run < runs; run++) {
                long t0 = System.nanoTime();
                int[] leads = {0};
                SheetSummary summary;
                try (LeadSheet sheet = LeadSheets.open(file, SheetOptions.defaults())) {
                    summary = sheet.read(LocalDate.of(2026, 11, 24), r -> leads[0]++, Progress.NONE);
                }
                long ms = (System.nanoTime() - t0) / 1_000_000;
                System.out.printf("  run %d: %d rows in %d ms (need scale %s)%n", run, summary.rowsRead(), ms,
                        summary.needScale());
            }
        }
    }

    static void generate(Path file, int rows, boolean sharedStrings) throws Exception {
        try (SXSSFWorkbook wb = new SXSSFWorkbook(null, 200, true, sharedStrings)) {
            Sheet sheet = wb.createSheet("Leads");
            CellStyle date = wb.createCellStyle();
            date.setDataFormat(wb.getCreationHelper().createDataFormat().getFormat("yyyy-mm-dd"));
            String[] headers = {"Name", "Company", "Phone", "Email", "Need", "Buying time", "Budget", "Source",
                    "Segment", "Region", "Owner", "Notes"};
            Row h = sheet.createRow(0);
            for (int c = 0; c < headers.length; c++) {
                h.createCell(c).setCellValue(headers[c]);
            }
            String[] sources = {"Web", "Referral", "Trade show", "Cold call"};
            String[] regions = {"华东", "华北", "华南", "West", "East"};
            LocalDate base = LocalDate.of(2026, 11, 24);
            for (int r = 1; r <= rows; r++) {
                Row row = sheet.createRow(r);
                row.createCell(0).setCellValue("Lead " + r);
                row.createCell(1).setCellValue("Company " + (r % 5000));
                row.createCell(2).setCellValue(13_800_000_000L + r);
                row.createCell(3).setCellValue("lead" + r + "@example.com");
                row.createCell(4).setCellValue(1 + r % 5);
                var cell = row.createCell(5);
                cell.setCellValue(base.plusDays(r % 400));
                cell.setCellStyle(date);
                row.createCell(6).setCellValue(1000 * (r % 97));
                row.createCell(7).setCellValue(sources[r % sources.length]);
                row.createCell(8).setCellValue("Segment " + (r % 12));
                row.createCell(9).setCellValue(regions[r % regions.length]);
                row.createCell(10).setCellValue("Rep " + (r % 20));
                row.createCell(11).setCellValue("Called on day " + (r % 30) + ", wants a quote before the deadline");
            }
            try (OutputStream out = Files.newOutputStream(file)) {
                wb.write(out);
            }
        }
    }
}
