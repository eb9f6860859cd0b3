package dev.hotlist.domain;

import java.util.List;
import java.util.Locale;

/** One data row of a sheet, after mapping: a lead to merge, or a row skipped with its reason. */
public sealed interface ParsedRow {
    /** The row's number as the spreadsheet shows it (1-based). */
    int rowNumber();

    /**
     * A row that describes a lead. The lead carries only sheet fields (id 0, no stage); a numeric need is
     * kept as its bare number in {@code needStated} with {@code needScale} null until the whole column is seen.
     */
    record LeadRow(int rowNumber, Lead lead) implements ParsedRow {
    }

    /** A row that was skipped; the reason is a message key of {@code dev/hotlist/sheets/messages}. */
    record SkippedRow(int rowNumber, String reasonKey, List<Object> args) implements ParsedRow {
        public SkippedRow {
            args = List.copyOf(args);
        }

        public String reason(Locale locale) {
            return UnusableFileException.render(reasonKey, args.toArray(), locale);
        }
    }
}
