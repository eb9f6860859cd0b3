package dev.hotlist.sheets;

import java.time.LocalDate;
import java.util.Arrays;

/**
 * One sheet row's cells, reused from row to row so that streaming a sheet allocates only the cell texts.
 * Only non-blank cells are stored; a blank cell reads as "".
 */
final class RowBuffer {
    /** Excel's last column (XFD); cells beyond it are dropped. */
    static final int MAX_COLUMNS = 16_384;

    private String[] text = new String[32];
    private CellKind[] kind = new CellKind[32];
    private LocalDate[] date = new LocalDate[32];
    private int width;
    private int nonBlank;
    private int rowNumber;
    private boolean date1904;

    /** Starts a new row, forgetting the previous one's cells. */
    void reset(int rowNumber) {
        Arrays.fill(text, 0, width, null);
        Arrays.fill(kind, 0, width, null);
        Arrays.fill(date, 0, width, null);
        width = 0;
        nonBlank = 0;
        this.rowNumber = rowNumber;
    }

    int rowNumber() {
        return rowNumber;
    }

    /** Whether the workbook counts serial dates from 1904 (old Mac Excel); needed to read a bare serial date. */
    boolean date1904() {
        return date1904;
    }

    void date1904(boolean v) {
        date1904 = v;
    }

    /** 1 + the last column holding a value. */
    int width() {
        return width;
    }

    boolean isBlank() {
        return nonBlank == 0;
    }

    String text(int column) {
        if (column >= width) {
            return "";
        }
        String t = text[column];
        return t == null ? "" : t;
    }

    CellKind kind(int column) {
        return column < width && kind[column] != null ? kind[column] : CellKind.TEXT;
    }

    /** The date of a {@link CellKind#DATE} cell, else null. */
    LocalDate date(int column) {
        return column < width ? date[column] : null;
    }

    /** Stores a cell; blank text is ignored, so callers clean the text first. */
    void set(int column, String value, CellKind cellKind, LocalDate day) {
        if (value == null || value.isEmpty() || column < 0 || column >= MAX_COLUMNS) {
            return;
        }
        if (column >= text.length) {
            int size = Math.min(MAX_COLUMNS, Math.max(column + 1, text.length * 2));
            text = Arrays.copyOf(text, size);
            kind = Arrays.copyOf(kind, size);
            date = Arrays.copyOf(date, size);
        }
        if (text[column] == null) {
            nonBlank++;
        }
        text[column] = value;
        kind[column] = cellKind;
        date[column] = day;
        if (column >= width) {
            width = column + 1;
        }
    }

    void setText(int column, String value) {
        set(column, value, CellKind.TEXT, null);
    }

    void setDate(int column, LocalDate day) {
        set(column, day.toString(), CellKind.DATE, day);
    }
}
