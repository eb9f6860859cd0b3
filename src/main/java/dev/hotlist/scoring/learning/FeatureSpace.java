package dev.hotlist.scoring.learning;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.IntStream;

/**
 * The columns a need is learned from, each with its {@link ColumnEncoder}, worked out from the training leads alone
 * (so a held-out lead's values never shape the bins it is judged by), and the columns left out with why.
 *
 * <p>A column is numeric when at least 95% of its non-blank cells are numbers with at least 5 different values; it is
 * cut into up to five ranges at its quantiles. Otherwise each value held by at least {@link #minCount} training leads
 * is a value of its own (the {@link #MAX_VALUES} commonest) and rarer values are "other". Blank and placeholders are a
 * value too ("blank"). A column with a different value on nearly every lead is an identifier, one with a single
 * value is constant; both are left out and named, as are those {@link LeakageGuard} finds.
 */
final class FeatureSpace {
    static final int MAX_VALUES = 60;
    static final int RANGES = 5;
    private static final double NUMERIC_SHARE = 0.95;
    private static final double IDENTIFIER_SHARE = 0.9;
    private static final int MIN_FOR_IDENTIFIER = 20;

    private final List<ColumnEncoder> encoders;
    private final List<Exclusion> exclusions;
    /** The training leads' bins, by kept column then training lead. */
    private final int[][] trainingCodes;

    private FeatureSpace(List<ColumnEncoder> encoders, List<Exclusion> exclusions, int[][] trainingCodes) {
        this.encoders = encoders;
        this.exclusions = exclusions;
        this.trainingCodes = trainingCodes;
    }

    List<ColumnEncoder> encoders() {
        return encoders;
    }

    List<Exclusion> exclusions() {
        return exclusions;
    }

    int[][] trainingCodes() {
        return trainingCodes;
    }

    /** Values held by fewer training leads than this are "other": too few to learn from on their own. */
    static int minCount(int leads) {
        return Math.max(5, Math.min(20, leads / 200));
    }

    /**
     * Builds the space from the training leads and looks at the open leads (no outcome) only to tell whether a
     * column's telling values are found on open leads too.
     *
     * @param cells    the labelled leads' text
     * @param training which labelled leads to learn from
     * @param won      whether each labelled lead was won
     * @param open     the open leads' text
     */
    static FeatureSpace build(List<LeadColumn> columns, Cells cells, int[] training, boolean[] won, Cells open) {
        int minCount = minCount(training.length);
        Column[] built = new Column[columns.size()];
        IntStream.range(0, columns.size()).parallel().forEach(c -> built[c] = column(columns.get(c),
                cells.ids()[c], cells.texts()[c], training, won, open.ids()[c], open.texts()[c], minCount));
        List<ColumnEncoder> kept = new ArrayList<>();
        List<int[]> codes = new ArrayList<>();
        List<Exclusion> left = new ArrayList<>();
        for (Column col : built) {
            if (col == null) {
                continue;
            }
            if (col.exclusion != null) {
                left.add(col.exclusion);
            } else {
                kept.add(col.encoder);
                codes.add(col.codes);
            }
        }
        return new FeatureSpace(List.copyOf(kept), List.copyOf(left), codes.toArray(int[][]::new));
    }

    /** One column worked out: its encoder and training codes, or why it is left out; null for an unused field. */
    private record Column(ColumnEncoder encoder, int[] codes, Exclusion exclusion) {
    }

    private static Column column(LeadColumn column, int[] ids, String[] texts, int[] training, boolean[] won,
                                 int[] openIds, String[] openTexts, int minCount) {
        int[] seenById = new int[texts.length];
        int[] wonById = new int[texts.length];
        for (int i : training) {
            seenById[ids[i]]++;
            wonById[ids[i]] += won[i] ? 1 : 0;
        }
        Profile p = Profile.of(texts, seenById, wonById);
        if (p.nonBlank == 0 || p.counts.size() + (p.blank > 0 ? 1 : 0) <= 1) {
            // an empty field is no column of this sheet at all; an extra column with one value is named
            return column.isExtra() && p.nonBlank > 0
                    ? new Column(null, null, new Exclusion(column, Exclusion.Why.CONSTANT, List.of())) : null;
        }
        boolean numeric = p.numbers >= NUMERIC_SHARE * p.nonBlank && p.counts.size() >= RANGES;
        if (p.nonBlank >= MIN_FOR_IDENTIFIER && p.counts.size() >= IDENTIFIER_SHARE * p.nonBlank
                && (!numeric || p.integers == p.numbers)) {
            return new Column(null, null, new Exclusion(column, Exclusion.Why.IDENTIFIER, List.of()));
        }
        List<Bin> bins = numeric ? ranges(p) : values(p, minCount);
        if (p.blank > 0) {
            bins.add(Bin.blank());
        }
        if (numeric ? p.numbers < p.nonBlank : p.counts.values().stream().anyMatch(n -> n[0] < minCount)) {
            bins.add(Bin.other());
        }
        ColumnEncoder encoder = new ColumnEncoder(column, bins);
        int[] binById = new int[texts.length];
        int[] seen = new int[bins.size()];
        int[] wonIn = new int[bins.size()];
        for (int id = 0; id < texts.length; id++) {
            int b = seenById[id] == 0 ? ColumnEncoder.NO_BIN : encoder.binOf(texts[id]);
            binById[id] = b;
            if (b >= 0) {
                seen[b] += seenById[id];
                wonIn[b] += wonById[id];
            }
        }
        int[] codes = new int[training.length];
        for (int k = 0; k < training.length; k++) {
            codes[k] = binById[ids[training[k]]];
        }
        int[] openById = new int[openTexts.length];
        for (int id : openIds) {
            openById[id]++;
        }
        int[] openIn = new int[bins.size()];
        for (int id = 0; id < openTexts.length; id++) {
            int b = openById[id] == 0 ? ColumnEncoder.NO_BIN : encoder.binOf(openTexts[id]);
            if (b >= 0) {
                openIn[b] += openById[id];
            }
        }
        Optional<Exclusion> leak = LeakageGuard.check(column, bins, seen, wonIn, openIn, openIds.length);
        return leak.map(e -> new Column(null, null, e)).orElseGet(() -> new Column(encoder, codes, null));
    }

    private static List<Bin> values(Profile p, int minCount) {
        List<Map.Entry<String, int[]>> common = new ArrayList<>();
        for (Map.Entry<String, int[]> e : p.counts.entrySet()) {
            if (e.getValue()[0] >= minCount) {
                common.add(e);
            }
        }
        common.sort(Comparator.comparingInt((Map.Entry<String, int[]> e) -> -e.getValue()[0])
                .thenComparing(Map.Entry::getKey));
        List<Bin> bins = new ArrayList<>();
        for (Map.Entry<String, int[]> e : common.subList(0, Math.min(MAX_VALUES, common.size()))) {
            bins.add(Bin.value(e.getKey(), p.texts.get(e.getKey())));
        }
        return bins;
    }

    /** Up to {@link #RANGES} ranges cut at the quantiles of the training leads' numbers. */
    private static List<Bin> ranges(Profile p) {
        double[][] byValue = p.numberCounts.entrySet().stream()
                .map(e -> new double[] {e.getKey(), e.getValue()[0]})
                .sorted(Comparator.comparingDouble(a -> a[0])).toArray(double[][]::new);
        List<Double> cuts = new ArrayList<>();
        double lowest = byValue[0][0];
        for (int q = 1; q < RANGES; q++) {
            // the first number past the q-th fifth of the leads
            double target = (double) q * p.numbers / RANGES;
            double cumulative = 0;
            for (double[] vc : byValue) {
                cumulative += vc[1];
                if (cumulative > target) {
                    double v = vc[0];
                    if (v > lowest && (cuts.isEmpty() || v > cuts.get(cuts.size() - 1))) {
                        cuts.add(v);
                    }
                    break;
                }
            }
        }
        List<Bin> bins = new ArrayList<>();
        double lo = Double.NEGATIVE_INFINITY;
        for (double cut : cuts) {
            bins.add(Bin.range(lo, cut));
            lo = cut;
        }
        bins.add(Bin.range(lo, Double.POSITIVE_INFINITY));
        return bins;
    }

    /** What one column holds on the training leads: each folded value's count and wins, blanks, numbers. */
    private static final class Profile {
        final Map<String, int[]> counts = new HashMap<>();
        final Map<String, String> texts = new HashMap<>();
        final Map<Double, int[]> numberCounts = new HashMap<>();
        int blank;
        int nonBlank;
        int numbers;
        int integers;

        /** From each distinct text with how many training leads held it and how many of those were won. */
        static Profile of(String[] texts, int[] seen, int[] won) {
            Profile p = new Profile();
            Map<String, Integer> spellingSeen = new HashMap<>();
            for (int id = 0; id < texts.length; id++) {
                if (seen[id] == 0) {
                    continue;
                }
                String raw = texts[id];
                String key = CellValues.key(raw);
                if (key.isEmpty()) {
                    p.blank += seen[id];
                    continue;
                }
                p.nonBlank += seen[id];
                int[] n = p.counts.computeIfAbsent(key, k -> new int[2]);
                n[0] += seen[id];
                n[1] += won[id];
                // the value is shown as its commonest spelling
                if (seen[id] > spellingSeen.getOrDefault(key, 0)) {
                    spellingSeen.put(key, seen[id]);
                    p.texts.put(key, raw.strip());
                }
                double v = CellValues.number(raw);
                if (!Double.isNaN(v)) {
                    p.numbers += seen[id];
                    if (v == Math.rint(v)) {
                        p.integers += seen[id];
                    }
                    p.numberCounts.computeIfAbsent(v, k -> new int[1])[0] += seen[id];
                }
            }
            return p;
        }
    }
}
