package dev.hotlist.sheets;

import dev.hotlist.domain.ColumnMapping;
import dev.hotlist.domain.LeadField;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Decides which lead field each column of a header row feeds. Headers propose, values decide:
 * <ol>
 *   <li>The user's overrides win and are not second-guessed.</li>
 *   <li>Each other header proposes a field ({@link HeaderFamilies}, then {@link HeaderNames}), with a rank among
 *       columns of the same field (whose contact it is).</li>
 *   <li>The proposal is checked against the column's values below the header ({@link ColumnChecks}): a rejected
 *       column stays an extra field, and the rejection says why ("'HasOptedOutOfEmail' holds true/false: not an
 *       email"). Columns a family keeps out (flags, someone else's contact) are reported the same way.</li>
 *   <li>Contextual rules: "Priority"/"优先级" is Hotlist's own computed column (ignored) when the row also has
 *       "Need score"/"需求分", else the need; "Lead Name" is the person's name unless the row also has a name,
 *       first name or last name column (CRMs whose leads carry a title export the person beside it); a status,
 *       stage or label column is the need when it holds temperatures (Hot/Warm/Cold, 热/温/冷), the outcome when
 *       it holds won/lost words (Closed Won, Converted, 赢单), else an extra field; only one column is the record
 *       id (the person's before a deal's before an account's), the others stay extra fields.</li>
 * </ol>
 * Unknown and blank headers are {@link LeadField#EXTRA}.
 */
public final class ColumnMapper {
    private ColumnMapper() {
    }

    /** Temperature ratings that make a status column the need (compared after {@link HeaderNames#normalize}). */
    private static final Set<String> TEMPERATURES = Set.of("hot", "warm", "cold", "veryhot", "lukewarm", "hotlead",
            "warmlead", "coldlead", "热", "温", "冷", "热门", "热线索", "温线索", "冷线索");
    /** Longer cells are text, not a column name: not worth reading by parts (a hostile row may hold thousands). */
    private static final int LONGEST_HEADER = 80;
    private static final Set<LeadField> NAMES = EnumSet.of(LeadField.NAME, LeadField.FIRST_NAME, LeadField.LAST_NAME);

    /** The mapping of a header row (cell texts by column index). */
    public static ColumnMapping map(List<String> headers, Map<String, LeadField> overrides) {
        return map(headers, List.of(), overrides);
    }

    /** The mapping of a header row, with the data rows below it ({@code samples}) to check proposals against. */
    public static ColumnMapping map(List<String> headers, List<List<String>> samples,
                                    Map<String, LeadField> overrides) {
        boolean hotlistExport = isHotlistExport(headers);
        Map<String, LeadField> normalizedOverrides = normalized(overrides);
        Map<Integer, LeadField> fields = new HashMap<>();
        Map<Integer, Integer> ranks = new HashMap<>();
        List<ColumnMapping.Rejection> rejected = new ArrayList<>();
        int leadName = -1;
        boolean otherName = false;
        for (int c = 0; c < headers.size(); c++) {
            String header = headers.get(c);
            LeadField override = override(header, overrides, normalizedOverrides);
            if (override != null) {
                if (override != LeadField.EXTRA) {
                    fields.put(c, override);
                }
                otherName |= NAMES.contains(override);
                continue;
            }
            HeaderFamilies.Proposal p = proposal(header, hotlistExport);
            List<String> values = null;
            if (HeaderFamilies.isStatus(header) && !hotlistExport
                    && (p == null || p.field() == LeadField.IGNORE || p.field() == LeadField.EXTRA)) {
                values = values(samples, c);
                p = byStatusValues(values);
            }
            if (p == null) {
                continue;
            }
            if (p.why() != null) {
                rejectFamily(c, header, p.why(), values != null ? values : values(samples, c), rejected);
                continue;
            }
            if (p.field() == LeadField.EXTRA || p.field() == LeadField.IGNORE) {
                if (p.field() == LeadField.IGNORE) {
                    fields.put(c, LeadField.IGNORE);
                }
                continue;
            }
            ColumnChecks.Verdict verdict = ColumnChecks.check(p.field(), values != null ? values : values(samples, c));
            if (verdict != null) {
                rejected.add(rejection(c, header, p.field(), verdict));
                continue;
            }
            fields.put(c, p.field());
            ranks.put(c, p.rank());
            if (p.field() == LeadField.NAME && HeaderNames.LEAD_NAMES.contains(HeaderNames.normalize(header))) {
                leadName = c;
            } else if (NAMES.contains(p.field())) {
                otherName = true;
            }
        }
        if (leadName >= 0 && otherName) {
            fields.remove(leadName);
        }
        keepOneRecordId(headers, fields, ranks, rejected);
        rejected.sort(java.util.Comparator.comparingInt(ColumnMapping.Rejection::column));
        return new ColumnMapping(headers, fields, ranks, rejected);
    }

    private static HeaderFamilies.Proposal proposal(String header, boolean hotlistExport) {
        if (hotlistExport) {
            String key = HeaderNames.normalize(header);
            if (key.equals(HeaderNames.PRIORITY) || key.equals(HeaderNames.PRIORITY_ZH)) {
                return HeaderFamilies.Proposal.of(LeadField.IGNORE, HeaderFamilies.RANK_PLAIN);
            }
            if (HeaderNames.fieldOf(header).orElse(null) == LeadField.IGNORE) {
                return HeaderFamilies.Proposal.of(LeadField.IGNORE, HeaderFamilies.RANK_PLAIN);
            }
        }
        return HeaderFamilies.propose(header);
    }

    /** A status column: temperatures are the need, won/lost words the outcome; anything else stays extra. */
    private static HeaderFamilies.Proposal byStatusValues(List<String> values) {
        int temperatures = 0;
        boolean outcomes = false;
        for (String v : values) {
            if (TEMPERATURES.contains(HeaderNames.normalize(v))) {
                temperatures++;
            }
            outcomes |= OutcomeWords.word(v) != null;
        }
        if (temperatures > 0 && temperatures * 2 >= values.size()) {
            return HeaderFamilies.Proposal.of(LeadField.NEED, HeaderFamilies.RANK_PLAIN);
        }
        return outcomes ? HeaderFamilies.Proposal.of(LeadField.OUTCOME, HeaderFamilies.RANK_PLAIN) : null;
    }

    /**
     * A column a family keeps out (a flag, someone else's contact): reported against the field its header would
     * have proposed by its name alone, with what its values hold when they show it.
     */
    private static void rejectFamily(int c, String header, String why, List<String> values,
                                     List<ColumnMapping.Rejection> rejected) {
        LeadField byName = HeaderNames.fieldOf(header).orElse(null);
        if (byName == null || byName == LeadField.EXTRA || byName == LeadField.IGNORE) {
            return;
        }
        ColumnChecks.Verdict verdict = ColumnChecks.check(byName, values);
        if (verdict != null && verdict.heldShape() != null) {
            rejected.add(rejection(c, header, byName, verdict));
        } else {
            rejected.add(new ColumnMapping.Rejection(c, header, byName, why, List.of()));
        }
    }

    private static ColumnMapping.Rejection rejection(int c, String header, LeadField field,
                                                     ColumnChecks.Verdict v) {
        List<String> args = switch (v.reasonKey()) {
            case "mapping.holds" -> List.of(v.heldValues() != null && !v.heldValues().isEmpty() ? v.heldValues()
                    : "shape." + v.heldShape().name());
            case "mapping.repeats" -> List.of(Integer.toString(v.distinct()), Integer.toString(v.sampled()));
            default -> List.of();
        };
        return new ColumnMapping.Rejection(c, header, field, v.reasonKey(), args);
    }

    /** Only the best-ranked record id column identifies the row; a deal's or an account's id beside it is extra. */
    private static void keepOneRecordId(List<String> headers, Map<Integer, LeadField> fields,
                                        Map<Integer, Integer> ranks, List<ColumnMapping.Rejection> rejected) {
        int best = -1;
        for (int c = 0; c < headers.size(); c++) {
            if (fields.get(c) == LeadField.EXTERNAL_ID
                    && (best < 0 || ranks.getOrDefault(c, 1) < ranks.getOrDefault(best, 1))) {
                best = c;
            }
        }
        for (int c = 0; c < headers.size(); c++) {
            if (c != best && fields.get(c) == LeadField.EXTERNAL_ID) {
                fields.remove(c);
                rejected.add(new ColumnMapping.Rejection(c, headers.get(c), LeadField.EXTERNAL_ID, "mapping.anotherId",
                        List.of(headers.get(best))));
            }
        }
    }

    /** The column's non-blank sample values, placeholders dropped, at most {@link ColumnChecks#SAMPLE_VALUES}. */
    static List<String> values(List<List<String>> samples, int column) {
        List<String> out = new ArrayList<>();
        for (List<String> row : samples) {
            String v = column < row.size() ? row.get(column) : null;
            if (v != null && !v.isBlank() && !CellValues.isPlaceholder(v.strip())) {
                out.add(v.strip());
                if (out.size() == ColumnChecks.SAMPLE_VALUES) {
                    break;
                }
            }
        }
        return out;
    }

    private static LeadField override(String header, Map<String, LeadField> overrides,
                                      Map<String, LeadField> normalizedOverrides) {
        if (header == null || header.isBlank()) {
            return null;
        }
        LeadField f = overrides.get(header);
        return f != null ? f : normalizedOverrides.get(HeaderNames.normalize(header));
    }

    /** The field of one header within its row, as {@link #map} decides it without looking at values. */
    public static LeadField fieldOf(String header, List<String> row, Map<String, LeadField> overrides) {
        return map(row, overrides).fieldOf(row.indexOf(header));
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
            if (cell == null || cell.isEmpty() || cell.length() > LONGEST_HEADER) {
                continue;
            }
            String key = HeaderNames.normalize(cell);
            if (overrides.containsKey(cell) || normalizedOverrides.containsKey(key) || HeaderNames.isKnown(cell)
                    || HeaderFamilies.propose(cell) != null) {
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

    private static Map<String, LeadField> normalized(Map<String, LeadField> overrides) {
        Map<String, LeadField> m = new HashMap<>();
        overrides.forEach((k, v) -> m.putIfAbsent(HeaderNames.normalize(k), v));
        return m;
    }
}
