package dev.hotlist.scoring.learning;

import dev.hotlist.domain.Lead;
import dev.hotlist.scoring.NeedScorer;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.function.ToDoubleFunction;
import java.util.stream.IntStream;
import java.time.ZoneId;

/**
 * Fits the need from the leads whose outcome is known, measures it honestly and decides whether it replaces the
 * rules.
 *
 * <ol>
 *   <li>With fewer than {@link #MIN_EACH} won or lost leads nothing is fitted: the rules stay.</li>
 *   <li>Held-out leads: the most recent {@link #HELD_OUT_SHARE} by close or import date, fitted on the rest; when the
 *       dates do not tell old from recent (one import, no logged closes), or the recent part holds fewer than
 *       {@link #MIN_HELD_OUT_EACH} won or lost, cross-validation instead ({@link #folds}). Each fit works out its
 *       bins and left-out columns from its own training leads only.</li>
 *   <li>The learned need's AUC on the held-out leads is set beside the rules' need's on the same leads. The learned
 *       need is used when it leads both the rules and a coin (0.5) by a margin: 1.645 standard errors of its AUC
 *       on that many leads (one-sided 95%), at least 0.01.</li>
 *   <li>The model kept is fitted on every lead with an outcome.</li>
 * </ol>
 */
public final class Learner {
    public static final int MIN_EACH = 40;
    static final double HELD_OUT_SHARE = 0.2;
    static final int FOLDS = 5;
    static final int MIN_HELD_OUT_EACH = 10;
    static final double MIN_MARGIN = 0.01;
    static final double Z_ONE_SIDED_95 = 1.645;
    /** Need points per unit of log-odds: 10 points double the odds of winning, so need 70 is 4× the average odds. */
    public static final double SCALE = 10 / Math.log(2);

    private Learner() {
    }

    /**
     * Learns from {@code leads}; {@code closedAt} dates the closes logged in the call log (by lead id).
     *
     * @param zone the time zone that turns instants into days
     */
    public static Learned learn(Collection<Lead> leads, Map<Long, Instant> closedAt, ZoneId zone, Instant now) {
        Outcomes.Split split = Outcomes.split(leads, closedAt, zone);
        List<Outcomes.Labeled> labeled = split.labeled();
        String signature = Outcomes.signature(labeled);
        int won = split.won();
        int lost = split.lost();
        List<LeadColumn> columns = LeadColumn.of(leads);
        NeedScorer rules = new NeedScorer();
        if (won < MIN_EACH || lost < MIN_EACH) {
            double rulesAuc = auc(labeled, l -> rules.assess(l).score());
            return new Learned(new LearningReport(now, signature, won, lost, LearningReport.Validation.NONE,
                    labeled.size(), Double.NaN, rulesAuc, Double.NaN, LearningReport.Verdict.TOO_FEW, List.of(),
                    List.of()), null);
        }
        Data data = Data.of(columns, labeled, split.open());
        // the model kept is fitted beside the held-out measurement: two cores, two fits at once
        CompletableFuture<Fit> kept = CompletableFuture.supplyAsync(
                () -> fit(data, IntStream.range(0, labeled.size()).toArray()));
        Evaluation e = evaluate(data, rules);
        Fit finalFit = kept.join();
        double margin = Math.max(MIN_MARGIN, Z_ONE_SIDED_95 * Auc.standardError(e.modelAuc, e.won, e.lost));
        LearningReport.Verdict verdict;
        if (!(e.modelAuc >= 0.5 + margin)) {
            verdict = LearningReport.Verdict.NO_SIGNAL;
        } else if (!(e.modelAuc >= e.rulesAuc + margin)) {
            verdict = LearningReport.Verdict.NOT_BETTER;
        } else {
            verdict = LearningReport.Verdict.USING;
        }
        LearningReport report = new LearningReport(now, signature, won, lost, e.validation, e.won + e.lost,
                e.modelAuc, e.rulesAuc, margin, verdict, finalFit.model.factors(), finalFit.exclusions);
        return new Learned(report, finalFit.model);
    }

    /** The labelled leads with their text read out by column once, and the open leads' text. */
    private record Data(List<LeadColumn> columns, List<Outcomes.Labeled> labeled, boolean[] won, Cells cells,
                        Cells openCells) {
        static Data of(List<LeadColumn> columns, List<Outcomes.Labeled> labeled, List<Lead> open) {
            boolean[] won = new boolean[labeled.size()];
            for (int i = 0; i < won.length; i++) {
                won[i] = labeled.get(i).won();
            }
            return new Data(columns, labeled, won, Cells.of(columns, labeled.stream().map(Outcomes.Labeled::lead)
                    .toList()), Cells.of(columns, open));
        }

        Lead lead(int i) {
            return labeled.get(i).lead();
        }
    }

    /** A model and the columns its fit left out. */
    private record Fit(NeedModel model, List<Exclusion> exclusions) {
    }

    /** Fits the labelled leads {@code training} (indexes into {@code data}). */
    private static Fit fit(Data data, int[] training) {
        FeatureSpace space = FeatureSpace.build(data.columns, data.cells, training, data.won, data.openCells);
        List<ColumnEncoder> encoders = space.encoders();
        int[][] codes = space.trainingCodes();
        int[] binCounts = encoders.stream().mapToInt(e -> e.bins().size()).toArray();
        boolean[] won = new boolean[training.length];
        for (int i = 0; i < won.length; i++) {
            won[i] = data.won[training[i]];
        }
        LogisticFit.Weights w = LogisticFit.fit(binCounts, codes, won);
        List<Factor> factors = new ArrayList<>();
        for (int c = 0; c < encoders.size(); c++) {
            int[] seen = new int[binCounts[c]];
            int[] wins = new int[binCounts[c]];
            for (int i = 0; i < won.length; i++) {
                int b = codes[c][i];
                if (b >= 0) {
                    seen[b]++;
                    wins[b] += won[i] ? 1 : 0;
                }
            }
            List<Bin> bins = encoders.get(c).bins();
            for (int b = 0; b < bins.size(); b++) {
                factors.add(new Factor(encoders.get(c).column(), bins.get(b), w.byBin()[c][b], wins[b], seen[b], 0));
            }
        }
        return new Fit(NeedModel.of(factors, SCALE), space.exclusions());
    }

    /** The AUCs on held-out leads, and how many won and lost leads they were measured on. */
    private record Evaluation(LearningReport.Validation validation, double modelAuc, double rulesAuc, int won,
                              int lost) {
    }

    private static Evaluation evaluate(Data data, NeedScorer rules) {
        List<Outcomes.Labeled> labeled = data.labeled;
        Integer[] byDay = IntStream.range(0, labeled.size()).boxed().toArray(Integer[]::new);
        Arrays.sort(byDay, Comparator.comparing((Integer i) -> labeled.get(i).day(),
                        Comparator.nullsFirst(Comparator.naturalOrder()))
                .thenComparingLong(i -> labeled.get(i).lead().id()));
        int cut = byDay.length - (int) Math.ceil(HELD_OUT_SHARE * byDay.length);
        if (datesTellRecent(labeled, byDay, cut)) {
            int[] train = Arrays.stream(byDay, 0, cut).mapToInt(Integer::intValue).toArray();
            int[] heldOut = Arrays.stream(byDay, cut, byDay.length).mapToInt(Integer::intValue).toArray();
            int heldWon = count(data.won, heldOut);
            int trainWon = count(data.won, train);
            if (heldWon >= MIN_HELD_OUT_EACH && heldOut.length - heldWon >= MIN_HELD_OUT_EACH
                    && trainWon >= MIN_EACH && train.length - trainWon >= MIN_EACH) {
                NeedModel model = fit(data, train).model;
                int[] scores = model.scores(data.columns, data.cells, heldOut);
                double[] learned = new double[heldOut.length];
                boolean[] won = new boolean[heldOut.length];
                for (int k = 0; k < heldOut.length; k++) {
                    learned[k] = scores[k];
                    won[k] = data.won[heldOut[k]];
                }
                return new Evaluation(LearningReport.Validation.RECENT, Auc.of(learned, won),
                        auc(data, heldOut, l -> rules.assess(l).score()), heldWon, heldOut.length - heldWon);
            }
        }
        return crossValidate(data, rules);
    }

    /**
     * Folds for cross-validation: {@link #FOLDS} for a few thousand leads, fewer for many, where each fold already
     * holds thousands of leads (the AUC is measured as precisely) and every fold is a fit to pay for.
     */
    static int folds(int leads) {
        return leads >= 50_000 ? 2 : leads >= 20_000 ? 3 : FOLDS;
    }

    private static int count(boolean[] won, int[] leads) {
        int n = 0;
        for (int i : leads) {
            n += won[i] ? 1 : 0;
        }
        return n;
    }

    /** Whether the held-out part is really later than the rest: its first day comes after the training's first. */
    private static boolean datesTellRecent(List<Outcomes.Labeled> labeled, Integer[] byDay, int cut) {
        if (cut <= 0 || cut >= byDay.length) {
            return false;
        }
        LocalDate first = labeled.get(byDay[0]).day();
        LocalDate heldFrom = labeled.get(byDay[cut]).day();
        return first != null && heldFrom != null && heldFrom.isAfter(first);
    }

    /** Out-of-fold scores for every lead: folds dealt won and lost leads alike, in an order fixed by id. */
    private static Evaluation crossValidate(Data data, NeedScorer rules) {
        int n = data.labeled.size();
        Integer[] dealt = IntStream.range(0, n).boxed().toArray(Integer[]::new);
        Arrays.sort(dealt, Comparator.comparing((Integer i) -> data.won[i])
                .thenComparingLong(i -> mix(data.lead(i).id())));
        int folds = folds(n);
        int[] fold = new int[n];
        for (int k = 0; k < n; k++) {
            fold[dealt[k]] = k % folds;
        }
        double[] scores = new double[n];
        IntStream.range(0, folds).parallel().forEach(k -> {
            int[] train = IntStream.range(0, n).filter(i -> fold[i] != k).toArray();
            int[] test = IntStream.range(0, n).filter(i -> fold[i] == k).toArray();
            int[] s = fit(data, train).model.scores(data.columns, data.cells, test);
            for (int t = 0; t < test.length; t++) {
                scores[test[t]] = s[t];
            }
        });
        double[] ruleScores = new double[n];
        for (int i = 0; i < n; i++) {
            ruleScores[i] = rules.assess(data.lead(i)).score();
        }
        int wins = count(data.won, IntStream.range(0, n).toArray());
        return new Evaluation(LearningReport.Validation.K_FOLD, Auc.of(scores, data.won), Auc.of(ruleScores, data.won),
                wins, n - wins);
    }

    private static double auc(Data data, int[] leads, ToDoubleFunction<Lead> score) {
        double[] s = new double[leads.length];
        boolean[] won = new boolean[leads.length];
        for (int k = 0; k < leads.length; k++) {
            s[k] = score.applyAsDouble(data.lead(leads[k]));
            won[k] = data.won[leads[k]];
        }
        return Auc.of(s, won);
    }

    private static double auc(List<Outcomes.Labeled> leads, ToDoubleFunction<Lead> score) {
        double[] s = new double[leads.size()];
        boolean[] won = new boolean[leads.size()];
        for (int i = 0; i < s.length; i++) {
            s[i] = score.applyAsDouble(leads.get(i).lead());
            won[i] = leads.get(i).won();
        }
        return Auc.of(s, won);
    }

    /** A fixed shuffle of ids (SplitMix64's finaliser), so folds do not follow import order. */
    private static long mix(long id) {
        long z = id + 0x9E3779B97F4A7C15L;
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }
}
