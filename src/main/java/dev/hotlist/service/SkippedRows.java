package dev.hotlist.service;

import dev.hotlist.domain.ParsedRow;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** Collects an import's skipped rows in bounded memory: a count per reason and the first few rows themselves. */
final class SkippedRows {
    private final Locale locale;
    private final List<ImportReport.Skipped> listed = new ArrayList<>();
    /** Per reason key (there are a few): how the first such row was worded, and the count. */
    private final Map<String, Tally> byReason = new LinkedHashMap<>();
    private int count;

    SkippedRows(Locale locale) {
        this.locale = locale;
    }

    void add(ParsedRow.SkippedRow row) {
        count++;
        byReason.computeIfAbsent(row.reasonKey(), k -> new Tally(row.reason(locale))).count++;
        if (listed.size() < ImportReport.LISTED_SKIPS) {
            listed.add(new ImportReport.Skipped(row.rowNumber(), row.reason(locale)));
        }
    }

    int count() {
        return count;
    }

    List<ImportReport.Skipped> listed() {
        return listed;
    }

    List<ImportReport.SkipReason> reasons() {
        return byReason.values().stream().map(t -> new ImportReport.SkipReason(t.reason, t.count)).toList();
    }

    private static final class Tally {
        private final String reason;
        private int count;

        Tally(String reason) {
            this.reason = reason;
        }
    }
}
