package dev.hotlist.scoring.learning;

import dev.hotlist.domain.Lead;
import dev.hotlist.domain.Reason;
import dev.hotlist.scoring.NeedAssessment;
import dev.hotlist.scoring.NeedScorer;
import dev.hotlist.scoring.NeedSource;
import dev.hotlist.scoring.ReasonKeys;
import java.util.ArrayList;
import java.util.Arrays;
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
    private final Reason[][] reasons;

    private NeedModel(List<Factor> factors, double scale) {
        this.factors = List.copyOf(factors);
        this.scale = scale;
        Map<LeadColumn, List<Factor>> byColumn = new LinkedHashMap<>();
        for (Factor f : this.factors) {
            byColumn.computeIfAbsent(f.column(), c -> new ArrayList<>()).add(f);
        }
        encoders = new ColumnEncoder[byColumn.size()];
        points = new int[byColumn.size()][];
        reasons = new Reason[byColumn.size()][];
        int c = 0;
        for (Map.Entry<LeadColumn, List<Factor>> e : byColumn.entrySet()) {
            List<Factor> fs = e.getValue();
            encoders[c] = new ColumnEncoder(e.getKey(), fs.stream().map(Factor::bin).toList());
            points[c] = new int[fs.size()];
            reasons[c] = new Reason[fs.size()];
            for (int b = 0; b < fs.size(); b++) {
                points[c][b] = fs.get(b).points();
                reasons[c][b] = points[c][b] == 0 ? null : fs.get(b).reason();
            }
            c++;
        }
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

    @Override
    public NeedAssessment assess(Lead lead) {
        Reason[] found = new Reason[encoders.length + 1];
        int n = 0;
        int sum = NeedScorer.BASELINE;
        for (int c = 0; c < encoders.length; c++) {
            int b = encoders[c].binOf(encoders[c].column().valueOf(lead));
            if (b >= 0 && points[c][b] != 0) {
                sum += points[c][b];
                found[n++] = reasons[c][b];
            }
        }
        // strongest first, as a salesperson reads them; a handful per lead, so insertion sort
        for (int i = 1; i < n; i++) {
            Reason r = found[i];
            int j = i - 1;
            while (j >= 0 && Math.abs(found[j].points()) < Math.abs(r.points())) {
                found[j + 1] = found[j];
                j--;
            }
            found[j + 1] = r;
        }
        int score = Math.max(0, Math.min(100, sum));
        if (score != sum) {
            found[n++] = Reason.need(score - sum, ReasonKeys.NEED_CAPPED, score);
        }
        if (n == 0) {
            return new NeedAssessment(score, List.of());
        }
        Reason[] kept = n == found.length ? found : Arrays.copyOf(found, n);
        return new NeedAssessment(score, List.of(kept));
    }
}
