package dev.hotlist.scoring.learning;

import dev.hotlist.domain.Reason;
import dev.hotlist.scoring.ReasonKeys;
import java.util.Objects;

/**
 * One learned value of one column: its weight in log-odds of winning, its points of need against the average lead,
 * and how often the training leads that held it won.
 *
 * @param weight the fitted log-odds weight of the value
 * @param won    training leads holding it that were won
 * @param seen   training leads holding it
 * @param points signed need points against the average training lead (0 until the model sets them)
 */
public record Factor(LeadColumn column, Bin bin, double weight, int won, int seen, int points) {
    public Factor {
        Objects.requireNonNull(column, "column");
        Objects.requireNonNull(bin, "bin");
    }

    Factor withPoints(int p) {
        return new Factor(column, bin, weight, won, seen, p);
    }

    /** The share of its leads that were won, in whole percent. */
    public int wonPercent() {
        return seen == 0 ? 0 : (int) Math.round(100.0 * won / seen);
    }

    /** The factor as a need reason: "+22 need: Source = trade show (won 92% of 718)". */
    public Reason reason() {
        int kind = switch (bin.kind()) {
            case VALUE -> 0;
            case BLANK -> 1;
            case OTHER -> 2;
            case RANGE -> bin.lo() == Double.NEGATIVE_INFINITY ? 3 : bin.hi() == Double.POSITIVE_INFINITY ? 5 : 4;
        };
        Object name = column.isExtra() ? column.header() : column.field().ordinal();
        return Reason.need(points, column.isExtra() ? ReasonKeys.NEED_LEARNED : ReasonKeys.NEED_LEARNED_FIELD, name, kind, bin.text(), bin.lo(),
                bin.hi(), wonPercent(), seen);
    }
}
