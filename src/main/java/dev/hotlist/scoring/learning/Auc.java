package dev.hotlist.scoring.learning;

import java.util.Arrays;

/**
 * The area under the ROC curve: the chance that a won lead scores above a lost one (ties count half). 1 puts
 * every won lead first, 0.5 is a coin.
 */
final class Auc {
    private Auc() {
    }

    /** NaN when there is no won or no lost lead. */
    static double of(double[] scores, boolean[] won) {
        int n = scores.length;
        Integer[] order = new Integer[n];
        for (int i = 0; i < n; i++) {
            order[i] = i;
        }
        Arrays.sort(order, (a, b) -> Double.compare(scores[a], scores[b]));
        double rankSumWon = 0;
        long wins = 0;
        int i = 0;
        while (i < n) {
            int j = i;
            while (j < n && scores[order[j]] == scores[order[i]]) {
                j++;
            }
            double midRank = (i + 1 + j) / 2.0;
            for (int k = i; k < j; k++) {
                if (won[order[k]]) {
                    rankSumWon += midRank;
                    wins++;
                }
            }
            i = j;
        }
        long losses = n - wins;
        if (wins == 0 || losses == 0) {
            return Double.NaN;
        }
        return (rankSumWon - wins * (wins + 1) / 2.0) / ((double) wins * losses);
    }

    /**
     * The standard error of an AUC measured on {@code won} and {@code lost} leads (Hanley and McNeil, 1982): how far
     * it may be off by the luck of which leads were held out.
     */
    static double standardError(double auc, int won, int lost) {
        double q1 = auc / (2 - auc);
        double q2 = 2 * auc * auc / (1 + auc);
        double variance = (auc * (1 - auc) + (won - 1) * (q1 - auc * auc) + (lost - 1) * (q2 - auc * auc))
                / ((double) won * lost);
        return Math.sqrt(Math.max(0, variance));
    }
}
