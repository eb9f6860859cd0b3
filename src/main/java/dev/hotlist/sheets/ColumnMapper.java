package dev.hotlist.sheets;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Decides which lead field each column of a header row feeds: the user's overrides first, then the known header
 * names of {@link HeaderNames}, with the one contextual rule: "Priority"/"优先级" is Hotlist's own computed column
 * (ignored) when the row also has "Need score"/"需求分", and the need otherwise (a CRM's priority).
 * Unknown and blank headers are {@link LeadField#EXTRA}.
 */
public final class ColumnMapper {
    private ColumnMapper() {
    }

    /** The mapping of a header row (cell texts by column index). */
    public static ColumnMapping map(List<String> headers, Map<String, LeadField> overrides) {
        boolean hotlistExport = isHotlistExport(headers);
        Map<String, LeadField> normalizedOverrides = normalized(overrides);
        Map<Integer, LeadField> fields = new HashMap<>();
        for (int c = 0; c < headers.size(); c++) {
            Optional<LeadField> f = fieldOf(headers.get(c), hotlistExport, overrides, normalizedOverrides);
            if (f.isPresent() && f.get() != LeadField.EXTRA) {
                fields.put(c, f.get());
            }
        }
        return new ColumnMapping(headers, fields);
    }

    /** The field of one header within its row, as {@link #map} decides it. */
    public static LeadField fieldOf(String header, List<String> row, Map<String, LeadField> overrides) {
        return fieldOf(header, isHotlistExport(row), overrides, normalized(overrides)).orElse(LeadField.EXTRA);
    }

    /**
     * How many distinct known (or overridden) header names a row holds: the header row has the most. Distinct,
     * so that a group title merged over several columns ("Contact" over "Name | Phone") does not outscore the row
     * of real column names below it.
     */
    public static int recognised(List<String> row, Map<String, LeadField> overrides) {
        Map<String, LeadField> normalizedOverrides = normalized(overrides);
        java.util.Set<String> seen = new java.util.HashSet<>();
        for (String cell : row) {
            if (cell == null || cell.isEmpty()) {
                continue;
            }
            String key = HeaderNames.normalize(cell);
            if (overrides.containsKey(cell) || normalizedOverrides.containsKey(key) || HeaderNames.isKnown(cell)) {
                seen.add(key);
            }
        }
        return seen.size();
    }

    /** True for a header row written by Hotlist's own export: it carries the computed need score. */
    static boolean isHotlistExport(List<String> headers) {
        for (String h : headers) {
            String key = HeaderNames.normalize(h);
            if (key.equals(HeaderNames.NEED_SCORE) || key.equals(HeaderNames.NEED_SCORE_ZH)) {
                return true;
            }
        }
        return false;
    }

    private static Optional<LeadField> fieldOf(String header, boolean hotlistExport, Map<String, LeadField> overrides,
                                               Map<String, LeadField> normalizedOverrides) {
        if (header == null || header.isBlank()) {
            return Optional.empty();
        }
        LeadField override = overrides.get(header);
        if (override == null) {
            override = normalizedOverrides.get(HeaderNames.normalize(header));
        }
        if (override != null) {
            return Optional.of(override);
        }
        if (hotlistExport) {
            String key = HeaderNames.normalize(header);
            if (key.equals(HeaderNames.PRIORITY) || key.equals(HeaderNames.PRIORITY_ZH)) {
                return Optional.of(LeadField.IGNORE);
            }
        }
        return HeaderNames.fieldOf(header);
    }

    private static Map<String, LeadField> normalized(Map<String, LeadField> overrides) {
        Map<String, LeadField> m = new HashMap<>();
        overrides.forEach((k, v) -> m.putIfAbsent(HeaderNames.normalize(k), v));
        return m;
    }
}
