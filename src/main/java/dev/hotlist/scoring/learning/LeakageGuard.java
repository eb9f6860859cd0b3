package dev.hotlist.scoring.learning;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Finds columns that are the outcome in other words, by their values, never by their name: a status tag
 * ("Closed by Horizzon", "Lost to EINS"), a lost reason, the outcome column itself.
 *
 * <p>A value <em>tells</em> when at least {@link #MIN_TELLING} closed leads hold it and at least 95% of them won, or
 * at most 5%. A column is the outcome in other words when its telling values hold at least 80% of its non-blank
 * closed leads (they split won from lost almost perfectly) and, further:
 * <ul>
 *   <li>with open leads to compare: its telling values that are (nearly) absent from open leads (their share of the
 *       open leads at most a quarter of their share of the closed ones) hold at least 5% of the closed leads: a value
 *       that only closing puts on a lead;</li>
 *   <li>with no open lead (a sheet of closed history): the telling values hold at least 30% of the closed leads.
 *       Nothing then tells a leak from a perfect early sign, but a column that alone decides a third of the leads
 *       is far likelier the one than the other.</li>
 * </ul>
 * A genuine strong sign (92% won at a trade show) is not near enough to perfect, or not common enough, to trip it.
 */
final class LeakageGuard {
    static final int MIN_TELLING = 10;
    static final double TELLING_RATE = 0.95;
    static final double SPLIT_SHARE = 0.8;
    static final double CLOSED_ONLY_COVERAGE = 0.05;
    static final double NO_OPEN_COVERAGE = 0.3;
    static final double OPEN_RATIO = 0.25;

    private LeakageGuard() {
    }

    /**
     * The exclusion of a column whose bins have these counts, or empty when it may be learned from.
     *
     * @param seen       closed (labelled) leads per bin
     * @param won        won leads per bin
     * @param open       open (unlabelled) leads per bin
     * @param openTotal  open leads in all (including those with no bin)
     */
    static Optional<Exclusion> check(LeadColumn column, List<Bin> bins, int[] seen, int[] won, int[] open,
                                     int openTotal) {
        int closedTotal = 0;
        for (int s : seen) {
            closedTotal += s;
        }
        int nonBlank = 0;
        int telling = 0;
        int closedOnly = 0;
        for (int b = 0; b < bins.size(); b++) {
            if (bins.get(b).kind() == Bin.Kind.BLANK) {
                continue;
            }
            nonBlank += seen[b];
            if (tells(seen[b], won[b])) {
                telling += seen[b];
                // closing puts it on a lead: it is (nearly) absent from the open ones
                if (openTotal > 0 && (double) open[b] / openTotal <= OPEN_RATIO * seen[b] / closedTotal) {
                    closedOnly += seen[b];
                }
            }
        }
        if (nonBlank == 0 || closedTotal == 0 || telling < SPLIT_SHARE * nonBlank) {
            return Optional.empty();
        }
        boolean leak = openTotal > 0 ? closedOnly >= CLOSED_ONLY_COVERAGE * closedTotal
                : telling >= NO_OPEN_COVERAGE * closedTotal;
        return leak ? Optional.of(new Exclusion(column, Exclusion.Why.OUTCOME, examples(bins, seen, won)))
                : Optional.empty();
    }

    static boolean tells(int seen, int won) {
        return seen >= MIN_TELLING && (won >= TELLING_RATE * seen || won <= (1 - TELLING_RATE) * seen);
    }

    /** The commonest telling value that mostly won and the commonest that mostly lost. */
    private static List<Exclusion.Example> examples(List<Bin> bins, int[] seen, int[] won) {
        int bestWon = -1;
        int bestLost = -1;
        for (int b = 0; b < bins.size(); b++) {
            if (bins.get(b).kind() == Bin.Kind.BLANK || !tells(seen[b], won[b])) {
                continue;
            }
            boolean mostlyWon = won[b] * 2 > seen[b];
            if (mostlyWon && (bestWon < 0 || seen[b] > seen[bestWon])) {
                bestWon = b;
            } else if (!mostlyWon && (bestLost < 0 || seen[b] > seen[bestLost])) {
                bestLost = b;
            }
        }
        List<Exclusion.Example> out = new ArrayList<>(2);
        for (int b : new int[] {bestWon, bestLost}) {
            if (b >= 0) {
                out.add(new Exclusion.Example(bins.get(b).text(), won[b], seen[b]));
            }
        }
        return out;
    }
}
