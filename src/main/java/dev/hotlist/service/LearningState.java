package dev.hotlist.service;

import dev.hotlist.domain.Reason;
import dev.hotlist.scoring.learning.Factor;
import dev.hotlist.scoring.learning.LearningReport;
import dev.hotlist.scoring.learning.LearningText;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.function.Function;

/**
 * The learned need as the app and {@code learn} show it: the last fit's report, and whether the user switched it
 * off. The app and the command line read it through the methods below, in words ({@link LearningText}), so neither
 * names the scoring package's report.
 *
 * @param off true after {@code learn --off} (or the app's switch) until the next {@link Hotlist#learn()}
 */
public record LearningState(LearningReport report, boolean off) {
    public LearningState {
        Objects.requireNonNull(report, "report");
    }

    /** Whether rank, export and explain use the learned need now. */
    public boolean inUse() {
        return !off && report.usesLearnedNeed();
    }

    /** When the model was fitted. */
    public Instant fittedAt() {
        return report.fittedAt();
    }

    /** How many leads with an outcome it learned from. */
    public int leads() {
        return report.leads();
    }

    /** The one-line summary (the command line's contract, see {@link LearningText}). */
    public String summary(Locale locale) {
        return LearningText.summary(report, off, locale);
    }

    /** How the AUCs were measured. */
    public String validation(Locale locale) {
        return LearningText.validation(report, locale);
    }

    /** The {@code n} strongest factors raising ({@code up}) or lowering the need, as reasons to describe. */
    public List<Reason> strongest(int n, boolean up) {
        return report.strongest(n, up).stream().map(Factor::reason).toList();
    }

    /** Each column left out of the fit, and why, in words. */
    public List<String> exclusions(Locale locale) {
        return report.exclusions().stream().map(e -> LearningText.exclusion(e, locale)).toList();
    }

    /** The report's lines under their headings: the strongest factors up and down, the columns left out. */
    public List<String> headingsAndLines(int factors, Locale locale, Function<Reason, String> describe) {
        return LearningText.headingsAndLines(report, factors, locale, f -> describe.apply(f.reason()));
    }

    /** The line {@code learn --off} ends with. */
    public static String switchedOff(Locale locale) {
        return LearningText.switchedOff(locale);
    }
}
