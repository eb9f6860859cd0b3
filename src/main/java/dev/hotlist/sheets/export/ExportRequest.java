package dev.hotlist.sheets.export;

import dev.hotlist.domain.RankedLead;
import dev.hotlist.domain.Reason;
import dev.hotlist.domain.ScoringSettings;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;

/**
 * What to export: the ranked leads in the order they are written, and what is needed to show them.
 *
 * @param rows       ranked leads, best first, written in this order
 * @param asOf       the day the scores are for (shown on the settings sheet)
 * @param settings   the scoring settings the scores came from (shown on the settings sheet)
 * @param reasonText words for one reason, e.g. "+35 timing: buys tomorrow (2026-11-24)", in {@code locale}
 * @param lastCall   the latest call of a lead, by lead id; empty when never called
 * @param locale     headers and labels are Chinese for a Chinese locale, English otherwise
 * @param title      what the list is (the view's name), printed at the top of every page with the as-of day;
 *                   empty for none
 */
public record ExportRequest(List<RankedLead> rows, LocalDate asOf, ScoringSettings settings,
                            Function<Reason, String> reasonText, Function<Long, Optional<LastCall>> lastCall,
                            Locale locale, String title) {
    public ExportRequest {
        title = title == null ? "" : title.strip();
        rows = List.copyOf(rows);
        Objects.requireNonNull(asOf, "asOf");
        Objects.requireNonNull(settings, "settings");
        Objects.requireNonNull(reasonText, "reasonText");
        Objects.requireNonNull(lastCall, "lastCall");
        Objects.requireNonNull(locale, "locale");
    }

    public ExportRequest(List<RankedLead> rows, LocalDate asOf, ScoringSettings settings,
                         Function<Reason, String> reasonText, Function<Long, Optional<LastCall>> lastCall,
                         Locale locale) {
        this(rows, asOf, settings, reasonText, lastCall, locale, "");
    }

    /** The same request under a printed title. */
    public ExportRequest titled(String printedTitle) {
        return new ExportRequest(rows, asOf, settings, reasonText, lastCall, locale, printedTitle);
    }

    /** A request whose last calls come from a map by lead id (leads missing from it were never called). */
    public ExportRequest(List<RankedLead> rows, LocalDate asOf, ScoringSettings settings,
                         Function<Reason, String> reasonText, Map<Long, LastCall> lastCalls, Locale locale) {
        this(rows, asOf, settings, reasonText, lastCallsFrom(lastCalls), locale);
    }

    /** A request with no call history. */
    public static ExportRequest of(List<RankedLead> rows, LocalDate asOf, ScoringSettings settings,
                                   Function<Reason, String> reasonText, Locale locale) {
        return new ExportRequest(rows, asOf, settings, reasonText, id -> Optional.empty(), locale);
    }

    private static Function<Long, Optional<LastCall>> lastCallsFrom(Map<Long, LastCall> lastCalls) {
        Map<Long, LastCall> copy = Map.copyOf(lastCalls);
        return id -> Optional.ofNullable(copy.get(id));
    }
}
