package dev.hotlist.sheets;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Spreads the value of merged cells over their range while rows stream by in order. Only the top-left cell of a
 * merged range holds a value in the file; a reader sees the others blank.
 *
 * <p>Two uses: while looking for the header, a merged range's value applies to its whole range (a merged title, a
 * header cell over two rows); for data rows only vertical merges fill, and only down their first column (a "region"
 * or "owner" merged over several leads), because a horizontal merge in a data row is layout, not data.
 */
final class MergedRegions {
    /** A merged range: rows as the spreadsheet shows them (1-based), columns 0-based, bounds inclusive. */
    record Range(int firstRow, int lastRow, int firstColumn, int lastColumn) {
    }

    /** How to apply merges. */
    enum Mode {
        /** Header detection: the value fills the whole range. */
        WHOLE_RANGE,
        /** Data rows: vertical merges fill their first column downwards. */
        VERTICAL
    }

    static final MergedRegions NONE = new MergedRegions(List.of());

    private final List<Range> ranges;

    MergedRegions(List<Range> ranges) {
        List<Range> sorted = new ArrayList<>(ranges);
        sorted.sort(Comparator.comparingInt(Range::firstRow));
        this.ranges = List.copyOf(sorted);
    }

    List<Range> ranges() {
        return ranges;
    }

    /** A filler for one pass over the sheet; feed it every non-blank row in order. */
    Filler filler(Mode mode) {
        return new Filler(mode);
    }

    final class Filler {
        private final Mode mode;
        private final List<Active> active = new ArrayList<>();
        private int next;

        private Filler(Mode mode) {
            this.mode = mode;
        }

        void apply(RowBuffer row) {
            if (ranges.isEmpty()) {
                return;
            }
            int r = row.rowNumber();
            active.removeIf(a -> a.range.lastRow() < r);
            while (next < ranges.size() && ranges.get(next).firstRow() <= r) {
                Range range = ranges.get(next++);
                boolean useful = mode == Mode.WHOLE_RANGE
                        ? range.lastRow() > range.firstRow() || range.lastColumn() > range.firstColumn()
                        : range.lastRow() > range.firstRow();
                if (useful && range.firstRow() == r && range.lastRow() >= r) {
                    String text = row.text(range.firstColumn());
                    if (!text.isEmpty()) {
                        active.add(new Active(range, text, row.kind(range.firstColumn()), row.date(range.firstColumn())));
                    }
                }
            }
            for (Active a : active) {
                int last = mode == Mode.WHOLE_RANGE ? a.range.lastColumn() : a.range.firstColumn();
                for (int c = a.range.firstColumn(); c <= last; c++) {
                    if (row.text(c).isEmpty()) {
                        row.set(c, a.text, a.kind, a.date);
                    }
                }
            }
        }
    }

    private record Active(Range range, String text, CellKind kind, LocalDate date) {
    }

    /** Reads "B2:D5" (or a single "B2") into a range; null when malformed. */
    static Range parseRef(String ref) {
        int colon = ref.indexOf(':');
        String a = colon < 0 ? ref : ref.substring(0, colon);
        String b = colon < 0 ? ref : ref.substring(colon + 1);
        int c1 = columnOf(a);
        int r1 = rowOf(a);
        int c2 = columnOf(b);
        int r2 = rowOf(b);
        if (c1 < 0 || c2 < 0 || r1 < 1 || r2 < 1) {
            return null;
        }
        return new Range(Math.min(r1, r2), Math.max(r1, r2), Math.min(c1, c2), Math.max(c1, c2));
    }

    /** The 0-based column of a cell reference such as "AB12", or -1. */
    static int columnOf(CharSequence ref) {
        int col = 0;
        int i = 0;
        int n = ref.length();
        while (i < n && ref.charAt(i) == '$') {
            i++;
        }
        int start = i;
        for (; i < n; i++) {
            char ch = ref.charAt(i);
            if (ch >= 'A' && ch <= 'Z') {
                col = col * 26 + (ch - 'A' + 1);
            } else if (ch >= 'a' && ch <= 'z') {
                col = col * 26 + (ch - 'a' + 1);
            } else {
                break;
            }
            if (col > RowBuffer.MAX_COLUMNS) {
                return -1;
            }
        }
        return i == start ? -1 : col - 1;
    }

    /** The 1-based row of a cell reference such as "AB12", or -1. */
    static int rowOf(CharSequence ref) {
        int row = 0;
        boolean digits = false;
        for (int i = 0; i < ref.length(); i++) {
            char ch = ref.charAt(i);
            if (ch >= '0' && ch <= '9') {
                row = row * 10 + (ch - '0');
                digits = true;
                if (row > 10_000_000) {
                    return -1;
                }
            }
        }
        return digits ? row : -1;
    }
}
