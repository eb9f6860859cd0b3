package dev.hotlist.scoring.learning;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Puts one column's cell into one of its {@link Bin}s: categorical values by their folded text (rare values fall
 * into "other"), numbers into ranges cut at the training leads' quantiles, blanks and placeholders into "blank".
 * A value the training leads never had is "other", or -1 (no bin: counts as an average lead) when there is none.
 * Thread-safe; short texts are read about once each (bounded memory whatever the sheet).
 */
final class ColumnEncoder {
    static final int NO_BIN = -1;
    private static final int MAX_CACHED_TEXT = 64;

    private final LeadColumn column;
    private final List<Bin> bins;
    private final boolean numeric;
    private final Map<String, Integer> byKey = new HashMap<>();
    private final double[] cuts;
    private final int blank;
    private final int other;

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

    /** A text met before, with its hash and its bin: immutable, so any thread reads a whole one. */
    private record Memo(String text, int hash, int bin) {
    }

    private static final int FIRST_MEMO_SLOTS = 64;
    /**
     * At most this many texts are remembered per column. Tables are kept at most a quarter full, so most texts sit
     * in their first slot.
     */
    private static final int MAX_MEMOS = 8192;
    /**
     * Probes are bounded, so a table the races left fuller than the count says can never make a lookup spin: a text
     * not found within them is read again.
     */
    private static final int MAX_PROBES = 16;

    /**
     * The texts met so far and their bins, by content, in an open-addressing table probed linearly from the text's
     * {@link String#hashCode()} (kept in the string itself, so most cells cost one field read and one comparison).
     * It is a cache written racily: two threads may write one slot at once and one entry is lost, or a thread may
     * grow the table while another writes to the old one; either only costs a text being read again.
     */
    private volatile Memo[] memos = new Memo[FIRST_MEMO_SLOTS];
    private int remembered;

    /** The bin of a cell's text, or {@link #NO_BIN}. */
    int binOf(String raw) {
        int h = raw.hashCode();
        Memo[] table = memos;
        int mask = table.length - 1;
        int at = spread(h) & mask;
        Memo m = table[at];
        if (m != null && (m.text == raw || m.hash == h && m.text.equals(raw))) {
            return m.bin;
        }
        return probe(raw, h, table, at);
    }

    /** The rest of {@link #binOf}, out of line so the common case (the first slot holds this text) stays small. */
    private int probe(String raw, int h, Memo[] table, int first) {
        int mask = table.length - 1;
        for (int at = first, probes = 0; probes < MAX_PROBES; at = (at + 1) & mask, probes++) {
            Memo m = table[at];
            if (m == null) {
                break;
            }
            if (m.hash == h && (m.text == raw || m.text.equals(raw))) {
                return m.bin;
            }
        }
        int bin = read(raw);
        if (raw.length() <= MAX_CACHED_TEXT) {
            remember(new Memo(raw, h, bin));
        }
        return bin;
    }

    /**
     * A slot from a hash: short numbers' texts ("7", "14", "21") have hashes close together, which linear probing
     * would pile into long runs, so the bits are mixed first (Fibonacci hashing).
     */
    private static int spread(int h) {
        int x = h * 0x9E3779B9;
        return x ^ (x >>> 16);
    }

    private void remember(Memo memo) {
        if (remembered >= MAX_MEMOS) {
            return;
        }
        Memo[] table = memos;
        Memo[] into = table;
        if ((remembered + 1) * 4 > table.length) {
            into = new Memo[table.length * 2];
            for (Memo m : table) {
                if (m != null) {
                    put(into, m);
                }
            }
        }
        put(into, memo);
        remembered++;
        memos = into;
    }

    private static void put(Memo[] table, Memo memo) {
        int mask = table.length - 1;
        for (int at = spread(memo.hash) & mask, probes = 0; probes < MAX_PROBES; at = (at + 1) & mask, probes++) {
            if (table[at] == null) {
                table[at] = memo;
                return;
            }
        }
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
