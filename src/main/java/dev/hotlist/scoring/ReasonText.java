package dev.hotlist.scoring;

import dev.hotlist.domain.LeadScore;
import dev.hotlist.domain.Reason;
import java.text.MessageFormat;
import java.util.Comparator;
import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Says reasons in plain words, English or Simplified Chinese, from the {@code reasons} bundles:
 * "+35 timing: buys tomorrow (2026-11-25)", "−10 need: no budget", "+35 时机：明天购买（2026-11-25）".
 */
public final class ReasonText {
    static final String BUNDLE = "dev.hotlist.scoring.reasons";
    /** How many reasons {@link #summary} puts in one table cell. */
    static final int SUMMARY_REASONS = 3;
    private static final char MINUS = '\u2212';
    private static final Map<Locale, ResourceBundle> BUNDLES = new ConcurrentHashMap<>();
    private static final Comparator<Reason> STRONGEST_FIRST =
            Comparator.comparingInt((Reason r) -> Math.abs(r.points())).reversed();

    private ReasonText() {
    }

    /** One reason as a line: signed points, the score it moved, and why. */
    public static String describe(Reason reason, Locale locale) {
        ResourceBundle b = bundle(locale);
        Locale l = b.getLocale().getLanguage().isEmpty() ? Locale.ENGLISH : b.getLocale();
        String why = new MessageFormat(b.getString(reason.key()), l).format(reason.args().toArray());
        String part = b.getString(reason.part() == Reason.Part.NEED ? "part.need" : "part.timing");
        return MessageFormat.format(b.getString("line"), signed(reason.points()), part, why);
    }

    /**
     * The strongest reasons of a score in one line, for a table cell; the timing reason always among them. The
     * cap at 100 is left out: it is bookkeeping, not a reason to call.
     */
    public static String summary(LeadScore score, Locale locale) {
        ResourceBundle b = bundle(locale);
        Stream<Reason> timing = score.reasons().stream().filter(r -> r.part() == Reason.Part.TIMING);
        Stream<Reason> need = score.reasons().stream()
                .filter(r -> r.part() == Reason.Part.NEED && r.points() != 0
                        && !isBookkeeping(r))
                .sorted(STRONGEST_FIRST)
                .limit(SUMMARY_REASONS - 1);
        return Stream.concat(timing, need)
                .sorted(STRONGEST_FIRST)
                .map(r -> describe(r, locale))
                .collect(Collectors.joining(b.getString("separator")));
    }

    /**
     * Every reason worth reading, strongest first, each in full: a reason to call or not. The cap at 0 or 100 is
     * bookkeeping, not a reason ("need −38: already at the top" confused people): it is said last, as a note on
     * the score ("need reasons add up to 138; need is at most 100"), and only when it took points.
     */
    public static java.util.List<String> shown(LeadScore score, Locale locale) {
        java.util.List<String> lines = new java.util.ArrayList<>();
        score.reasons().stream()
                .filter(r -> !isBookkeeping(r) && (r.points() != 0 || r.part() == Reason.Part.TIMING))
                .sorted(STRONGEST_FIRST)
                .forEach(r -> lines.add(describe(r, locale)));
        for (Reason r : score.reasons()) {
            if (isBookkeeping(r) && r.points() != 0) {
                int sum = score.needPoints() - r.points();
                lines.add(MessageFormat.format(bundle(locale).getString("need.cappedNote"), sum,
                        score.needPoints()));
            }
        }
        return lines;
    }

    /** True for the reason that only keeps a score inside 0–100. */
    public static boolean isBookkeeping(Reason reason) {
        return reason.key().equals(ReasonKeys.NEED_CAPPED);
    }

    /** Signed points with a real minus sign; zero as ±0. */
    static String signed(int points) {
        if (points > 0) {
            return "+" + points;
        }
        return points == 0 ? "\u00B10" : MINUS + Integer.toString(-points);
    }

    /** Chinese for any Chinese locale, English otherwise. */
    static ResourceBundle bundle(Locale locale) {
        Locale wanted = locale != null && "zh".equals(locale.getLanguage()) ? Locale.SIMPLIFIED_CHINESE : Locale.ROOT;
        return BUNDLES.computeIfAbsent(wanted, w -> ResourceBundle.getBundle(BUNDLE, w,
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES)));
    }
}
