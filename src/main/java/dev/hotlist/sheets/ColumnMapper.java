package dev.hotlist.sheets;

import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Decides which lead field each column of a header row feeds: the user's overrides first, then the known header
 * names of {@link HeaderNames}, with three contextual rules:
 * <ul>
 *   <li>"Priority"/"优先级" is Hotlist's own computed column (ignored) when the row also has "Need score"/"需求分",
 *       and the need otherwise (a CRM's priority).</li>
 *   <li>"Lead Name" is the person's name, as in Zoho CRM's leads (the lead <em>is</em> a person there), unless the
 *       row also has a name, first name or last name column: then it is kept as an extra field, because CRMs whose
 *       leads carry a title (Pipedrive, HubSpot's lead object) export the person's name beside it.</li>
 *   <li>A status column ("Lead Status", 客户状态) is the need when the first data rows hold temperature ratings
 *       (Hot/Warm/Cold, 热/温/冷), and an extra field when it holds a workflow state ("Open", "Contacted").</li>
 * </ul>
 * Unknown and blank headers are {@link LeadField#EXTRA}.
 */
public final class ColumnMapper {
    private ColumnMapper() {
    }

    /** Temperature ratings that make a status column the need (compared after {@link HeaderNames#normalize}). */
    private static final Set<String> TEMPERATURES = Set.of("hot", "warm", "cold", "veryhot", "lukewarm", "hotlead",
            "warmlead", "coldlead", "热", "温", "冷", "热门", "热线索", "温线索", "冷线索");

    /** The mapping of a header row (cell texts by column index). */
    public static ColumnMapping map(List<String> headers, Map<String, LeadField> overrides) {
        return map(headers, List.of(), overrides);
    }

    /** The mapping of a header row, with the first data rows below it ({@code samples}) for value-based rules. */
    public static ColumnMapping map(List<String> headers, List<List<String>> samples,
                                    Map<String, LeadField> overrides) {
        boolean hotlistExport = isHotlistExport(headers);
        Map<String, LeadField> normalizedOverrides = normalized(overrides);
        Map<Integer, LeadField> fields = new HashMap<>();
        int leadName = -1;
        boolean otherName = false;
        for (int c = 0; c < headers.size(); c++) {
            String header = headers.get(c);
            Optional<LeadField> f = fieldOf(header, hotlistExport, overrides, normalizedOverrides);
            boolean automatic = !isOverridden(header, overrides, normalizedOverrides);
            if (f.isEmpty() && automatic && HeaderNames.isStatus(header) && holdsTemperatures(samples, c)) {
                f = Optional.of(LeadField.NEED);
            }
            if (f.isPresent() && f.get() != LeadField.EXTRA) {
                fields.put(c, f.get());
            }
            if (automatic && f.isPresent() && f.get() == LeadField.NAME
                    && HeaderNames.normalize(header).equals(HeaderNames.LEAD_NAME)) {
                leadName = c;
            } else if (f.isPresent() && EnumSet.of(LeadField.NAME, LeadField.FIRST_NAME, LeadField.LAST_NAME)
                    .contains(f.get())) {
                otherName = true;
            }
        }
        if (leadName >= 0 && otherName) {
            fields.remove(leadName);
        }
        return new ColumnMapping(headers, fields);
    }

    /** At least half of the column's non-blank sample values (and one at least) are temperature ratings. */
    private static boolean holdsTemperatures(List<List<String>> samples, int column) {
        int values = 0;
        int temperatures = 0;
        for (List<String> row : samples) {
            String v = column < row.size() ? row.get(column) : null;
            if (v != null && !v.isBlank()) {
                values++;
                if (TEMPERATURES.contains(HeaderNames.normalize(v))) {
                    temperatures++;
                }
            }
        }
        return temperatures > 0 && temperatures * 2 >= values;
    }

    private static boolean isOverridden(String header, Map<String, LeadField> overrides,
                                        Map<String, LeadField> normalizedOverrides) {
        return header != null && (overrides.containsKey(header)
                || normalizedOverrides.containsKey(HeaderNames.normalize(header)));
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
