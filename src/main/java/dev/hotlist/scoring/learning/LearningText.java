package dev.hotlist.scoring.learning;

import dev.hotlist.domain.Messages;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The learned need's report in words, English or Simplified Chinese ({@code learning*.properties}). The summary
 * line is the command line's contract: {@code learned from N leads (W won, L lost): held-out AUC A (rules R);
 * using the learned need}, or {@code ...; keeping the rules: WHY}.
 */
public final class LearningText {
    static final String BUNDLE = "dev.hotlist.scoring.learning.learning";

    private LearningText() {
    }

    /** The one-line summary of a fit; {@code off} when the user switched learning off since. */
    public static String summary(LearningReport r, boolean off, Locale locale) {
        Object[] args = {Integer.toString(r.leads()), Integer.toString(r.won()), Integer.toString(r.lost()),
            auc(r.modelAuc(), locale), auc(r.rulesAuc(), locale), why(r, off, locale)};
        return text(r.usesLearnedNeed() && !off ? "summary.using" : "summary.keeping", locale, args);
    }

    /** Why the rules stay; "" when the learned need is used. */
    public static String why(LearningReport r, boolean off, Locale locale) {
        if (off) {
            return text("why.off", locale);
        }
        return switch (r.verdict()) {
            case USING -> "";
            case TOO_FEW -> text("why.TOO_FEW", locale, r.won(), r.lost(), Learner.MIN_EACH);
            case NO_SIGNAL -> text("why.NO_SIGNAL", locale);
            case NOT_BETTER -> text("why.NOT_BETTER", locale, auc(r.margin(), locale));
        };
    }

    /** The line {@code learn --off} ends with. */
    public static String switchedOff(Locale locale) {
        return text("summary.switchedOff", locale);
    }

    /** How the AUCs were measured: which leads were held out. */
    public static String validation(LearningReport r, Locale locale) {
        return text("validation." + r.validation().name(), locale, r.heldOut());
    }

    /** A heading: {@code up} ("raise the need most:"), {@code down} or {@code excluded}. */
    public static String heading(String which, Locale locale) {
        return text("heading." + which, locale);
    }

    /** A left-out column and why: "Tags: its values are the outcome in other words ("Closed by…" won 99% of 358)". */
    public static String exclusion(Exclusion e, Locale locale) {
        String examples = e.examples().stream()
                .map(x -> text("example", locale, x.value(), x.seen() == 0 ? 0 : Math.round(100.0 * x.won() / x.seen()),
                        x.seen()))
                .collect(Collectors.joining(text("example.separator", locale)));
        return text("excluded." + e.why().name(), locale, columnName(e.column(), locale), examples);
    }

    /** A column's name: an extra column's header, or the field's name in words. */
    public static String columnName(LeadColumn column, Locale locale) {
        return column.isExtra() ? column.header() : text("column.field", locale, column.field().ordinal());
    }

    /** An AUC with two decimals, or "n/a". */
    public static String auc(double auc, Locale locale) {
        return Double.isNaN(auc) ? text("auc.none", locale) : String.format(Locale.ROOT, "%.2f", auc);
    }

    /** The lines of a report: the strongest factors up and down and the columns left out, each prefixed. */
    public static List<String> headingsAndLines(LearningReport r, int factors, Locale locale,
                                                Function<Factor, String> describe) {
        List<String> lines = new ArrayList<>();
        List<Factor> up = r.strongest(factors, true);
        List<Factor> down = r.strongest(factors, false);
        if (!up.isEmpty()) {
            lines.add(heading("up", locale));
            up.forEach(f -> lines.add("  " + describe.apply(f)));
        }
        if (!down.isEmpty()) {
            lines.add(heading("down", locale));
            down.forEach(f -> lines.add("  " + describe.apply(f)));
        }
        if (!r.exclusions().isEmpty()) {
            lines.add(heading("excluded", locale));
            r.exclusions().forEach(e -> lines.add("  " + exclusion(e, locale)));
        }
        return lines;
    }

    private static String text(String key, Locale locale, Object... args) {
        Locale wanted = locale != null && "zh".equals(locale.getLanguage()) ? Locale.SIMPLIFIED_CHINESE : Locale.ROOT;
        return Messages.format(BUNDLE, key, args, wanted);
    }
}
