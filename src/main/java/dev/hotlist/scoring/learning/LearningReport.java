package dev.hotlist.scoring.learning;

import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

/**
 * What one fit found, and whether the learned need is used: kept in the database beside the model and shown by
 * {@code learn} and the app.
 *
 * @param fittedAt   when
 * @param outcomes   the {@link Outcomes#signature} of the outcomes it learned from
 * @param won        won leads learned from
 * @param lost       lost leads learned from
 * @param validation how the held-out leads were chosen
 * @param heldOut    leads the AUCs were measured on
 * @param modelAuc   the learned need's AUC on them; NaN when not measured
 * @param rulesAuc   the rules' need's AUC on the same leads; NaN when not measured
 * @param margin     how far ahead of the rules (and of a coin) the learned need had to be, given how many leads
 * @param verdict    whether the learned need is used, or why not
 * @param factors    every learned value with its points (empty when nothing was fitted)
 * @param exclusions the columns left out, with why
 */
public record LearningReport(Instant fittedAt, String outcomes, int won, int lost, Validation validation,
                             int heldOut, double modelAuc, double rulesAuc, double margin, Verdict verdict,
                             List<Factor> factors, List<Exclusion> exclusions) {
    /** How the leads the AUCs are measured on were held out of the fit. */
    public enum Validation {
        /** The most recent 20% by close or import date, fitted on the rest. */
        RECENT,
        /**
         * Cross-validation (five folds, each fitted on the others; fewer folds from 20,000 leads on): the leads carry
         * no dates that tell old from recent.
         */
        K_FOLD,
        /** Not measured: too few outcomes. */
        NONE
    }

    /** Whether the learned need replaced the rules, or why not. */
    public enum Verdict {
        /** It beats the rules on held-out leads: rank, export and explain use it. */
        USING,
        /** Fewer than {@link Learner#MIN_EACH} won or lost leads. */
        TOO_FEW,
        /** On held-out leads it tells won from lost no better than a coin. */
        NO_SIGNAL,
        /** On held-out leads it is not clearly better than the rules. */
        NOT_BETTER
    }

    public LearningReport {
        Objects.requireNonNull(fittedAt, "fittedAt");
        Objects.requireNonNull(outcomes, "outcomes");
        Objects.requireNonNull(validation, "validation");
        Objects.requireNonNull(verdict, "verdict");
        factors = List.copyOf(factors);
        exclusions = List.copyOf(exclusions);
    }

    public int leads() {
        return won + lost;
    }

    public boolean usesLearnedNeed() {
        return verdict == Verdict.USING;
    }

    /** The {@code n} factors that raise the need most ({@code up}) or lower it most, strongest first. */
    public List<Factor> strongest(int n, boolean up) {
        Comparator<Factor> strongest = Comparator.comparingInt(f -> up ? -f.points() : f.points());
        return factors.stream().filter(f -> up ? f.points() > 0 : f.points() < 0)
                .sorted(strongest.thenComparing(Comparator.comparingInt(Factor::seen).reversed()))
                .limit(n).toList();
    }
}
