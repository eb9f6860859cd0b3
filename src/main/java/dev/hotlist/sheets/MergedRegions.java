package dev.hotlist.sheets;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.PriorityQueue;
import java.util.TreeMap;

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

    /** Disjoint, by first row (then first column). */
    private final List<Range> ranges;

    MergedRegions(List<Range> ranges) {
        List<Range> sorted = new ArrayList<>(ranges);
        sorted.sort(Comparator.comparingInt(Range::firstRow).thenComparingInt(Range::firstColumn));
        this.ranges = List.copyOf(withoutOverlaps(sorted));
    }

    List<Range> ranges() {
        return ranges;
    }

    /**
     * Excel never writes merged ranges that overlap, and repairs a file that has them by dropping them; so do we,
     * keeping the one that starts higher up (then further left). A sweep down the rows keeps the ranges that cross
     * the current row, which do not overlap one another, by first column: whether a range overlaps one of them is
     * one lookup, so a hundred thousand ranges over the same cells cost a sort, not a hundred thousand squared.
     */
    private static List<Range> withoutOverlaps(List<Range> sorted) {
        List<Range> kept = new ArrayList<>(sorted.size());
        PriorityQueue<Range> byLastRow = new PriorityQueue<>(Comparator.comparingInt(Range::lastRow));
        TreeMap<Integer, Range> crossing = new TreeMap<>();
        for (Range r : sorted) {
            while (!byLastRow.isEmpty() && byLastRow.peek().lastRow() < r.firstRow()) {
                Range done = byLastRow.poll();
                crossing.remove(done.firstColumn(), done);
            }
            Map.Entry<Integer, Range> left = crossing.floorEntry(r.lastColumn());
            if (left != null && left.getValue().lastColumn() >= r.firstColumn()) {
                continue;
            }
            kept.add(r);
            byLastRow.add(r);
            crossing.put(r.firstColumn(), r);
        }
        return kept;
    }

    /** A filler for one pass over the sheet; feed it every non-blank row in order. */
    Filler filler(Mode mode) {
        return new Filler(mode);
    }

    /**
     * Spreads values down (and across) as rows go by. A row costs O(log n) for each range that starts or ends there,
     * plus one step for each range crossing it, each of which fills cells of that row (the ranges do not overlap).
     */
    final class Filler {
        private final Mode mode;
        private final TreeMap<Integer, Active> active = new TreeMap<>();
        private final PriorityQueue<Active> byLastRow = new PriorityQueue<>(
                Comparator.comparingInt(a -> a.range.lastRow()));
        private int next;

        private Filler(Mode mode) {
            this.mode = mode;
        }

        void apply(RowBuffer row) {
            if (ranges.isEmpty()) {
                return;
            }
            int r = row.rowNumber();
            while (!byLastRow.isEmpty() && byLastRow.peek().range.lastRow() < r) {
                Active done = byLastRow.poll();
                active.remove(done.range.firstColumn(), done);
            }
            while (next < ranges.size() && ranges.get(next).firstRow() <= r) {
                Range range = ranges.get(next++);
                boolean useful = mode == Mode.WHOLE_RANGE
                        ? range.lastRow() > range.firstRow() || range.lastColumn() > range.firstColumn()
                        : range.lastRow() > range.firstRow();
                if (useful && range.firstRow() == r) {
                    String text = row.text(range.firstColumn());
                    if (!text.isEmpty()) {
                        Active a = new Active(range, text, row.kind(range.firstColumn()),
                                row.date(range.firstColumn()));
                        active.put(range.firstColumn(), a);
                        byLastRow.add(a);
                    }
                }
            }
            for (Active a : active.values()) {
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
