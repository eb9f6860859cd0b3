package dev.hotlist.scoring.learning;

import dev.hotlist.domain.ExtraColumns;
import dev.hotlist.domain.Lead;
import dev.hotlist.domain.Reason;
import dev.hotlist.scoring.NeedAssessment;
import dev.hotlist.scoring.NeedScorer;
import dev.hotlist.scoring.NeedSource;
import dev.hotlist.scoring.ReasonList;
import dev.hotlist.scoring.ReasonKeys;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A need learned from won and lost leads: each column's value adds its points to {@link NeedScorer#BASELINE} 50, the
 * need of the average training lead. A value's points are {@code scale × (w − w̄)}: its log-odds weight against the
 * column's average weight over the training leads, so the points of a lead's columns add up to its log-odds against
 * the average lead's, times the scale. Each column a lead has points in is one reason ("+22 need: Source = trade
 * show (won 92% of 718)"), and the reasons add up exactly to the need less 50 (a last "capped" reason takes back
 * what would pass 0 or 100), as with the rules.
 *
 * <p>Immutable and thread-safe. Each value's reason is made once and shared by every lead that holds it.
 */
public final class NeedModel implements NeedSource {
    private final List<Factor> factors;
    private final double scale;
    private final ColumnEncoder[] encoders;
    private final int[][] points;
    private final Reason[][] factorReasons;
    /** The columns with any value worth a point: the others can never move a need, so they are not read. */
    private final int[] active;

    private NeedModel(List<Factor> factors, double scale) {
        this.factors = List.copyOf(factors);
        this.scale = scale;
        Map<LeadColumn, List<Factor>> byColumn = new LinkedHashMap<>();
        for (Factor f : this.factors) {
            byColumn.computeIfAbsent(f.column(), c -> new ArrayList<>()).add(f);
        }
        encoders = new ColumnEncoder[byColumn.size()];
        points = new int[byColumn.size()][];
        factorReasons = new Reason[byColumn.size()][];
        int c = 0;
        for (Map.Entry<LeadColumn, List<Factor>> e : byColumn.entrySet()) {
            List<Factor> fs = e.getValue();
            encoders[c] = new ColumnEncoder(e.getKey(), fs.stream().map(Factor::bin).toList());
            points[c] = new int[fs.size()];
            factorReasons[c] = new Reason[fs.size()];
            for (int b = 0; b < fs.size(); b++) {
                points[c][b] = fs.get(b).points();
                factorReasons[c][b] = points[c][b] == 0 ? null : fs.get(b).reason();
            }
            c++;
        }
        active = java.util.stream.IntStream.range(0, encoders.length)
                .filter(k -> Arrays.stream(points[k]).anyMatch(p -> p != 0)).toArray();
    }

    /**
     * The model of fitted factors (their points not yet set): each value's points are {@code scale} times its weight
     * less the column's average weight over the training leads, rounded.
     */
    static NeedModel of(List<Factor> fitted, double scale) {
        Map<LeadColumn, double[]> mean = new LinkedHashMap<>();
        for (Factor f : fitted) {
            double[] m = mean.computeIfAbsent(f.column(), c -> new double[2]);
            m[0] += f.weight() * f.seen();
            m[1] += f.seen();
        }
        List<Factor> scored = new ArrayList<>(fitted.size());
        for (Factor f : fitted) {
            double[] m = mean.get(f.column());
            double average = m[1] == 0 ? 0 : m[0] / m[1];
            scored.add(f.withPoints((int) Math.round(scale * (f.weight() - average))));
        }
        return new NeedModel(scored, scale);
    }

    /** A model as stored: factors with their points already set. */
    public static NeedModel restore(List<Factor> factors, double scale) {
        return new NeedModel(factors, scale);
    }

    /** Every learned value, column by column, with its points. */
    public List<Factor> factors() {
        return factors;
    }

    /** Need points per unit of log-odds. */
    public double scale() {
        return scale;
    }

    /**
     * The need scores of some of the leads of {@code cells} (read with {@code columns}): the same numbers as
     * {@link #assess}, worked out per distinct text, for measuring a fit on many held-out leads.
     */
    int[] scores(List<LeadColumn> columns, Cells cells, int[] rows) {
        int[] sums = new int[rows.length];
        java.util.Arrays.fill(sums, NeedScorer.BASELINE);
        for (int c = 0; c < encoders.length; c++) {
            int at = columns.indexOf(encoders[c].column());
            if (at < 0) {
                continue;
            }
            String[] texts = cells.texts()[at];
            int[] pointsById = new int[texts.length];
            for (int id = 0; id < texts.length; id++) {
                int b = encoders[c].binOf(texts[id]);
                pointsById[id] = b >= 0 ? points[c][b] : 0;
            }
            int[] ids = cells.ids()[at];
            for (int k = 0; k < rows.length; k++) {
                sums[k] += pointsById[ids[rows[k]]];
            }
        }
        for (int k = 0; k < sums.length; k++) {
            sums[k] = Math.max(0, Math.min(100, sums[k]));
        }
        return sums;
    }

    /** A model column that is a lead's field, not an extra column, in {@link Places#positions}. */
    private static final int FIELD = -2;

    /**
     * Where this model's columns stand in one {@link ExtraColumns#layout()}: an extra column's position, -1 for one
     * the layout lacks, {@link #FIELD} for a lead's field.
     */
    private record Places(String[] layout, int[] positions) {
    }

    /** The layout met last: leads of one sheet share it, so it is worked out once per sheet, not once per lead. */
    private volatile Places places = new Places(new String[0], new int[0]);

    private int[] positions(ExtraColumns extra) {
        Places p = places;
        if (p.layout == extra.layout()) {
            return p.positions;
        }
        String[] layout = extra.layout();
        int[] positions = new int[encoders.length];
        for (int c = 0; c < encoders.length; c++) {
            LeadColumn column = encoders[c].column();
            positions[c] = column.isExtra() ? -1 : FIELD;
            for (int k = 0; column.isExtra() && k < layout.length; k++) {
                if (layout[k].equals(column.header())) {
                    positions[c] = k;
                    break;
                }
            }
        }
        places = new Places(layout, positions);
        return positions;
    }

    /** The lead's text in the model's column {@code c}. */
    private String text(Lead lead, ExtraColumns extra, int[] positions, int c) {
        int at = positions[c];
        return at >= 0 ? extra.valueAt(at) : at == FIELD ? encoders[c].column().valueOf(lead) : "";
    }

    @Override
    public NeedAssessment assess(Lead lead) {
        int n = 0;
        int sum = NeedScorer.BASELINE;
        ExtraColumns extra = ExtraColumns.of(lead.extra());
        int[] positions = positions(extra);
        for (int c : active) {
            int b = encoders[c].binOf(text(lead, extra, positions, c));
            if (b >= 0 && points[c][b] != 0) {
                sum += points[c][b];
                n++;
            }
        }
        int score = Math.max(0, Math.min(100, sum));
        return new NeedAssessment(score, n == 0 && score == sum ? List.of()
                : new Reasons(lead, n + (score != sum ? 1 : 0), score, sum));
    }

    /**
     * A lead's reasons, worked out when first read: ranking needs every lead's score but only the leads shown or
     * exported need their reasons.
     */
    private final class Reasons extends ReasonList {
        private final Lead lead;
        private final int size;
        private final int score;
        private final int sum;
        /** Set on first read; a race only works them out twice. */
        private Reason[] reasons;

        Reasons(Lead lead, int size, int score, int sum) {
            this.lead = lead;
            this.size = size;
            this.score = score;
            this.sum = sum;
        }

        @Override
        public Reason get(int index) {
            Reason[] r = reasons;
            if (r == null) {
                r = workOut();
                reasons = r;
            }
            return r[index];
        }

        @Override
        public int size() {
            return size;
        }

        private Reason[] workOut() {
            Reason[] found = new Reason[size];
            int n = 0;
            ExtraColumns extra = ExtraColumns.of(lead.extra());
            int[] positions = positions(extra);
            for (int c : active) {
                int b = encoders[c].binOf(text(lead, extra, positions, c));
                if (b >= 0 && points[c][b] != 0) {
                    found[n++] = factorReasons[c][b];
                }
            }
            // strongest first, as a salesperson reads them; the cap, bookkeeping, last
            Arrays.sort(found, 0, n, Comparator.comparingInt((Reason x) -> Math.abs(x.points())).reversed());
            if (score != sum) {
                found[n] = Reason.need(score - sum, ReasonKeys.NEED_CAPPED, score);
            }
            return found;
        }
    }
}
