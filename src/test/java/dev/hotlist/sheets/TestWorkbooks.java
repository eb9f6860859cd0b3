package dev.hotlist.sheets;

import dev.hotlist.domain.ParsedRow;
import dev.hotlist.domain.Progress;
import dev.hotlist.domain.SheetOptions;
import dev.hotlist.domain.UnusableFileException;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/** Writes the workbooks and text files the tests read; every test generates its own files. */
final class TestWorkbooks {
    /** A formula cell whose cached value POI computes before saving. */
    record Formula(String expression) {
    }

    /** A range to merge: 1-based rows, 0-based columns, inclusive. */
    record Merge(int firstRow, int lastRow, int firstColumn, int lastColumn) {
    }

    private TestWorkbooks() {
    }

    static Path xlsx(Path file, Object[][] rows, Merge... merges) throws IOException {
        return write(new XSSFWorkbook(), file, "Leads", rows, merges);
    }

    static Path xls(Path file, Object[][] rows, Merge... merges) throws IOException {
        return write(new HSSFWorkbook(), file, "Leads", rows, merges);
    }

    static Path write(Workbook wb, Path file, String sheetName, Object[][] rows, Merge... merges) throws IOException {
        try (wb) {
            fill(wb, wb.createSheet(sheetName), rows, merges);
            wb.getCreationHelper().createFormulaEvaluator().evaluateAll();
            try (OutputStream out = Files.newOutputStream(file)) {
                wb.write(out);
            }
        }
        return file;
    }

    static void fill(Workbook wb, Sheet sheet, Object[][] rows, Merge... merges) {
        CellStyle dateStyle = wb.createCellStyle();
        dateStyle.setDataFormat(wb.getCreationHelper().createDataFormat().getFormat("yyyy-mm-dd"));
        for (int r = 0; r < rows.length; r++) {
            if (rows[r] == null) {
                continue;
            }
            Row row = sheet.createRow(r);
            for (int c = 0; c < rows[r].length; c++) {
                Object v = rows[r][c];
                if (v == null) {
                    continue;
                }
                Cell cell = row.createCell(c);
                if (v instanceof String s) {
                    cell.setCellValue(s);
                } else if (v instanceof Number n) {
                    cell.setCellValue(n.doubleValue());
                } else if (v instanceof Boolean b) {
                    cell.setCellValue(b);
                } else if (v instanceof LocalDate d) {
                    cell.setCellValue(d);
                    cell.setCellStyle(dateStyle);
                } else if (v instanceof Formula f) {
                    cell.setCellFormula(f.expression());
                } else {
                    throw new IllegalArgumentException(v.getClass().toString());
                }
            }
        }
        for (Merge m : merges) {
            sheet.addMergedRegion(new CellRangeAddress(m.firstRow() - 1, m.lastRow() - 1, m.firstColumn(),
                    m.lastColumn()));
        }
    }

    static Path text(Path file, String content, Charset charset, boolean bom) throws IOException {
        try (OutputStream out = Files.newOutputStream(file)) {
            if (bom) {
                out.write(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF});
            }
            out.write(content.getBytes(charset));
        }
        return file;
    }

    static Path csv(Path file, String content) throws IOException {
        return text(file, content, StandardCharsets.UTF_8, false);
    }

    /** Copies a zip, replacing one entry's content by what {@code writer} writes. */
    static void replaceEntry(Path zip, Path out, String entry, EntryWriter writer) throws IOException {
        try (ZipInputStream in = new ZipInputStream(Files.newInputStream(zip));
             ZipOutputStream zos = new ZipOutputStream(Files.newOutputStream(out))) {
            ZipEntry e;
            while ((e = in.getNextEntry()) != null) {
                zos.putNextEntry(new ZipEntry(e.getName()));
                if (e.getName().equals(entry)) {
                    writer.write(zos);
                } else {
                    in.transferTo(zos);
                }
                zos.closeEntry();
            }
        }
    }

    interface EntryWriter {
        void write(OutputStream out) throws IOException;
    }

    /** Reads a whole sheet into a list. */
    static List<ParsedRow> readAll(Path file, SheetOptions options, LocalDate asOf) throws UnusableFileException {
        try (LeadSheet sheet = LeadSheets.open(file, options)) {
            List<ParsedRow> rows = new ArrayList<>();
            sheet.read(asOf, rows::add, Progress.NONE);
            return rows;
        }
    }

    static List<ParsedRow> readAll(Path file) throws UnusableFileException {
        return readAll(file, SheetOptions.defaults(), LocalDate.of(2026, 11, 24));
    }

    static List<dev.hotlist.domain.Lead> leads(List<ParsedRow> rows) {
        return rows.stream().filter(r -> r instanceof ParsedRow.LeadRow).map(r -> ((ParsedRow.LeadRow) r).lead())
                .toList();
    }
}
