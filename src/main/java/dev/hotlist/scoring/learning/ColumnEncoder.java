package dev.hotlist.scoring.learning;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Puts one column's cell into one of its {@link Bin}s: categorical values by their folded text (rare values fall
 * into "other"), numbers into ranges cut at the training leads' quantiles, blanks and placeholders into "blank".
 * A value the training leads never had is "other", or -1 (no bin: counts as an average lead) when there is none.
 * Immutable and thread-safe; short texts are read once each (bounded memory whatever the sheet).
 */
final class ColumnEncoder {
    static final int NO_BIN = -1;
    private static final int MAX_CACHED_TEXT = 64;
    private static final int MAX_CACHED = 4096;

    private final LeadColumn column;
    private final List<Bin> bins;
    private final boolean numeric;
    private final Map<String, Integer> byKey = new HashMap<>();
    private final double[] cuts;
    private final int blank;
    private final int other;
    private final Map<String, Integer> known = new ConcurrentHashMap<>();

    ColumnEncoder(LeadColumn column, List<Bin> bins) {
        this.column = column;
        this.bins = List.copyOf(bins);
        int b = NO_BIN;
        int o = NO_BIN;
        List<Double> lows = new ArrayList<>();
        boolean ranges = false;
        for (int i = 0; i < this.bins.size(); i++) {
            Bin bin = this.bins.get(i);
            switch (bin.kind()) {
                case VALUE -> byKey.put(bin.key(), i);
                case RANGE -> {
                    ranges = true;
                    lows.add(bin.lo());
                }
                case BLANK -> b = i;
                case OTHER -> o = i;
            }
        }
        this.numeric = ranges;
        this.blank = b;
        this.other = o;
        this.cuts = lows.stream().mapToDouble(Double::doubleValue).toArray();
        if (numeric) {
            // the ranges come first, in order: bin i holds [cuts[i], cuts[i+1])
            for (int i = 0; i < cuts.length; i++) {
                if (this.bins.get(i).kind() != Bin.Kind.RANGE || i > 0 && cuts[i] <= cuts[i - 1]) {
                    throw new IllegalArgumentException("ranges must come first, in ascending order: " + column);
                }
            }
        }
    }

    LeadColumn column() {
        return column;
    }

    List<Bin> bins() {
        return bins;
    }

    boolean isNumeric() {
        return numeric;
    }

    /** A text last met at a slot of {@link #recent}, by identity, with its bin. */
    private record Slot(String text, int bin) {
    }

    private static final int SLOTS = 1024;
    /**
     * The texts met last, by identity: a sheet's picklist values are one string each in memory (the database reads
     * them so), so most cells are found here by one comparison, before any hashing of text. Slots are replaced
     * racily; a slot is immutable, so any thread reads a whole one.
     */
    private final Slot[] recent = new Slot[SLOTS];

    /** The bin of a cell's text, or {@link #NO_BIN}. */
    int binOf(String raw) {
        if (raw.isEmpty()) {
            return blank;
        }
        int at = System.identityHashCode(raw) & (SLOTS - 1);
        Slot slot = recent[at];
        if (slot != null && slot.text == raw) {
            return slot.bin;
        }
        int bin = cached(raw);
        recent[at] = new Slot(raw, bin);
        return bin;
    }

    private int cached(String raw) {
        if (raw.length() > MAX_CACHED_TEXT) {
            return read(raw);
        }
        Integer bin = known.get(raw);
        if (bin == null) {
            bin = read(raw);
            if (known.size() < MAX_CACHED) {
                known.putIfAbsent(raw, bin);
            }
        }
        return bin;
    }

    private int read(String raw) {
        String key = CellValues.key(raw);
        if (key.isEmpty()) {
            return blank;
        }
        if (numeric) {
            double v = CellValues.number(raw);
            if (Double.isNaN(v)) {
                return other;
            }
            int i = Arrays.binarySearch(cuts, v);
            return i >= 0 ? i : Math.max(0, -i - 2);
        }
        return byKey.getOrDefault(key, other);
    }
}
