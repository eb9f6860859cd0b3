package dev.hotlist.sheets;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Random;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/**
 * A large realistic lead sheet, the same for a seed: 12 columns of English and Chinese need words, buying dates
 * and words, budgets, sources, regions, industries, owners and notes, streamed to disk (any row count in a small
 * heap). For tests that need a real import of some length (a child JVM killed mid-import); the benchmarks write
 * the same shape.
 */
public final class GeneratedLeadWorkbook {
    public static final LocalDate AS_OF = LocalDate.of(2026, 11, 24);
    static final String[] HEADERS = {"Name", "Company", "Email", "Phone", "Need", "Expected purchase",
        "Budget", "Source", "Region", "Industry", "Owner", "Notes"};

    private GeneratedLeadWorkbook() {
    }

    /** The columns every generated row has. */
    public static int columns() {
        return HEADERS.length;
    }

    /** {@code rows} rows × 12 columns with text in a shared string table, as Excel writes them. */
    public static void write(Path file, int rows) throws IOException {
        write(file, rows, true);
    }

    /**
     * {@code rows} rows × 12 columns. With {@code sharedStrings} text cells point into a shared string table, as
     * Excel writes them; without, each cell holds its text inline, as streaming writers and many CRM exports do.
     */
    public static void write(Path file, int rows, boolean sharedStrings) throws IOException {
        Random random = new Random(42);
        String[] needs = {"urgent", "high", "medium", "low", "none", "急需", "高", "一般", "低", "4", "★★★"};
        String[] when = {"tomorrow", "next week", "next month", "next year", "just looking", "明天", "下个月", "明年",
            "随便看看", "ASAP", ""};
        String[] sources = {"referral", "website", "trade show", "cold list", "转介绍", "展会"};
        String[] regions = {"华东", "华南", "华北", "West Coast", "London", "Sydney"};
        String[] industries = {"制造业", "餐饮", "Construction", "Marine", "Retail", "Hospitality"};
        String[] owners = {"Li Lei", "Han Meimei", "Sam Carter", "王强"};
        String[] notes = {"machine broken, needs replacement asap", "just asking the price", "设备坏了，马上要",
            "只是问问", "budget approved, deadline Friday", "met at the fair", ""};
        try (SXSSFWorkbook wb = new SXSSFWorkbook(null, 200, true, sharedStrings)) {
            Sheet sheet = wb.createSheet("Leads");
            CellStyle date = wb.createCellStyle();
            date.setDataFormat(wb.getCreationHelper().createDataFormat().getFormat("yyyy-mm-dd"));
            Row header = sheet.createRow(0);
            for (int c = 0; c < HEADERS.length; c++) {
                header.createCell(c).setCellValue(HEADERS[c]);
            }
            for (int r = 1; r <= rows; r++) {
                Row row = sheet.createRow(r);
                row.createCell(0).setCellValue("Lead " + r);
                row.createCell(1).setCellValue("Company " + (r % 9973));
                row.createCell(2).setCellValue("lead" + r + "@example.com");
                row.createCell(3).setCellValue(String.format("138%08d", r));
                row.createCell(4).setCellValue(needs[random.nextInt(needs.length)]);
                if (random.nextInt(3) == 0) {
                    var cell = row.createCell(5);
                    cell.setCellValue(AS_OF.plusDays(random.nextInt(400) - 30));
                    cell.setCellStyle(date);
                } else {
                    row.createCell(5).setCellValue(when[random.nextInt(when.length)]);
                }
                row.createCell(6).setCellValue(random.nextInt(5) == 0 ? "no budget" : "¥" + (random.nextInt(90) + 10) + ",000");
                row.createCell(7).setCellValue(sources[random.nextInt(sources.length)]);
                row.createCell(8).setCellValue(regions[random.nextInt(regions.length)]);
                row.createCell(9).setCellValue(industries[random.nextInt(industries.length)]);
                row.createCell(10).setCellValue(owners[random.nextInt(owners.length)]);
                row.createCell(11).setCellValue(notes[random.nextInt(notes.length)]);
            }
            try (OutputStream out = Files.newOutputStream(file)) {
                wb.write(out);
            }
            wb.dispose();
        }
    }
}
