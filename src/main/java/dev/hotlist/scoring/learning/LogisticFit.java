package dev.hotlist.scoring.learning;

import de.bwaldvogel.liblinear.Feature;
import de.bwaldvogel.liblinear.FeatureNode;
import de.bwaldvogel.liblinear.Linear;
import de.bwaldvogel.liblinear.Model;
import de.bwaldvogel.liblinear.Parameter;
import de.bwaldvogel.liblinear.Problem;
import de.bwaldvogel.liblinear.SolverType;

/**
 * L2-regularised logistic regression over one-hot bins, by liblinear (trust-region Newton). Every bin of every
 * column is one 0/1 feature, plus a bias; with L2 no bin needs dropping as a reference, and a bin few leads hold
 * keeps a weight near zero.
 */
final class LogisticFit {
    /** liblinear's C: the weight of the data against the L2 penalty. */
    static final double C = 1.0;
    private static final double EPSILON = 0.01;

    static {
        Linear.disableDebugOutput();
    }

    /** Weights per column and bin, and the intercept, in log-odds of winning. */
    record Weights(double[][] byBin, double intercept) {
    }

    private LogisticFit() {
    }

    /**
     * Fits {@code won} from the leads' bins.
     *
     * @param binCounts how many bins each column has
     * @param codes     per column, each lead's bin ({@link ColumnEncoder#NO_BIN} for none)
     */
    static Weights fit(int[] binCounts, int[][] codes, boolean[] won) {
        int columns = binCounts.length;
        int[] offset = new int[columns + 1];
        for (int c = 0; c < columns; c++) {
            offset[c + 1] = offset[c] + binCounts[c];
        }
        int features = offset[columns];
        int n = won.length;
        Feature[][] x = new Feature[n][];
        double[] y = new double[n];
        Feature bias = new FeatureNode(features + 1, 1.0);
        // one shared node per feature: every value is 1, so leads can share them
        Feature[] nodes = new Feature[features];
        for (int f = 0; f < features; f++) {
            nodes[f] = new FeatureNode(f + 1, 1.0);
        }
        for (int i = 0; i < n; i++) {
            int present = 0;
            for (int c = 0; c < columns; c++) {
                if (codes[c][i] >= 0) {
                    present++;
                }
            }
            Feature[] row = new Feature[present + 1];
            int k = 0;
            for (int c = 0; c < columns; c++) {
                int b = codes[c][i];
                if (b >= 0) {
                    row[k++] = nodes[offset[c] + b];
                }
            }
            row[k] = bias;
            x[i] = row;
            y[i] = won[i] ? 1 : 0;
        }
        Problem problem = new Problem();
        problem.l = n;
        problem.n = features + 1;
        problem.x = x;
        problem.y = y;
        problem.bias = 1;
        Model model = Linear.train(problem, new Parameter(SolverType.L2R_LR, C, EPSILON));
        double[] w = model.getFeatureWeights();
        // liblinear's weights point toward its first label
        double sign = model.getLabels()[0] == 1 ? 1 : -1;
        double[][] byBin = new double[columns][];
        for (int c = 0; c < columns; c++) {
            byBin[c] = new double[binCounts[c]];
            for (int b = 0; b < binCounts[c]; b++) {
                byBin[c][b] = sign * w[offset[c] + b];
            }
        }
        return new Weights(byBin, sign * w[features]);
    }
}
