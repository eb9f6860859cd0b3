package dev.hotlist.sheets;

import dev.hotlist.domain.Progress;
import dev.hotlist.domain.UnusableFileException;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.EncryptedDocumentException;
import org.apache.poi.hssf.OldExcelFormatException;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;

/** Reads an .xls (BIFF8) workbook through HSSF's usermodel; the format holds at most 65,536 rows per sheet. */
final class XlsSource implements SheetSource {
    private final HSSFWorkbook workbook;
    private final List<SheetInfo> sheets = new ArrayList<>();

    private XlsSource(HSSFWorkbook workbook) {
        this.workbook = workbook;
        for (int i = 0; i < workbook.getNumberOfSheets(); i++) {
            sheets.add(new SheetInfo(workbook.getSheetName(i),
                    !workbook.isSheetHidden(i) && !workbook.isSheetVeryHidden(i)));
        }
    }

    /** Opens the workbook of an OLE2 file already known to hold one; the file system is consumed. */
    static XlsSource open(POIFSFileSystem fs) throws UnusableFileException {
        try {
            return new XlsSource(new HSSFWorkbook(fs.getRoot(), false));
        } catch (EncryptedDocumentException e) {
            throw new UnusableFileException(e, "file.encrypted");
        } catch (OldExcelFormatException e) {
            throw new UnusableFileException(e, "file.oldExcel");
        } catch (IOException | RuntimeException e) {
            throw new UnusableFileException(e, "file.corrupt");
        } finally {
            try {
                fs.close();
            } catch (IOException ignored) {
                // everything was read into memory already
            }
        }
    }

    @Override
    public List<SheetInfo> sheets() {
        return List.copyOf(sheets);
    }

    @Override
    public void rows(int index, MergedRegions.Mode mode, RowVisitor visitor, Progress progress) {
        Sheet sheet = workbook.getSheetAt(index);
        List<MergedRegions.Range> ranges = new ArrayList<>();
        for (CellRangeAddress a : sheet.getMergedRegions()) {
            ranges.add(new MergedRegions.Range(a.getFirstRow() + 1, a.getLastRow() + 1, a.getFirstColumn(),
                    a.getLastColumn()));
        }
        MergedRegions.Filler filler = new MergedRegions(ranges).filler(mode);
        boolean date1904 = workbook.getInternalWorkbook().isUsing1904DateWindowing();
        RowBuffer buffer = new RowBuffer();
        buffer.date1904(date1904);
        long total = sheet.getLastRowNum() + 1L;
        int seen = 0;
        for (Row row : sheet) {
            if ((++seen & 511) == 0) {
                progress.checkCancelled();
                progress.update(row.getRowNum(), total);
            }
            buffer.reset(row.getRowNum() + 1);
            for (Cell cell : row) {
                read(cell, buffer, date1904);
            }
            if (buffer.isBlank()) {
                continue;
            }
            filler.apply(buffer);
            if (!visitor.row(buffer)) {
                return;
            }
        }
    }

    private static void read(Cell cell, RowBuffer buffer, boolean date1904) {
        int col = cell.getColumnIndex();
        CellType type = cell.getCellType();
        if (type == CellType.FORMULA) {
            type = cell.getCachedFormulaResultType();
        }
        switch (type) {
            case STRING -> buffer.setText(col, CellText.clean(cell.getRichStringCellValue().getString()));
            case NUMERIC -> {
                double v = cell.getNumericCellValue();
                if (DateUtil.isCellDateFormatted(cell)) {
                    var day = CellText.excelDate(v, date1904);
                    if (day != null) {
                        buffer.setDate(col, day);
                        return;
                    }
                }
                buffer.set(col, CellText.plainNumber(v), CellKind.NUMBER, null);
            }
            case BOOLEAN -> buffer.set(col, cell.getBooleanCellValue() ? "TRUE" : "FALSE", CellKind.BOOLEAN, null);
            default -> {
                // blank and error cells carry nothing
            }
        }
    }

    @Override
    public void close() {
        try {
            workbook.close();
        } catch (IOException ignored) {
            // read-only, nothing to flush
        }
    }
}
