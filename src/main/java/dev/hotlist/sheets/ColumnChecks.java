package dev.hotlist.sheets;

import dev.hotlist.domain.LeadField;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Values decide, headers propose: a column's sample (up to {@link #SAMPLE_VALUES} non-blank cells below the header)
 * confirms or rejects the field its header proposed. An email column holds addresses, a phone column numbers to
 * dial, a name, company or owner column words (never flags, dates, amounts or addresses), a record id column
 * distinct values, an outcome column won/lost words or flags, a Do Not Call column flags. Checks run once per sheet
 * on the sample, never per row.
 */
final class ColumnChecks {
    /** How many non-blank values of a column are looked at. */
    static final int SAMPLE_VALUES = 300;
    /** An email or phone column holds an address or number in at least one value in this many. */
    private static final int FEW = 5;
    /** Share of a record id column's sample that must be distinct. */
    private static final double DISTINCT_IDS = 0.9;

    /**
     * Why a column's values do not fit the proposed field.
     *
     * @param heldShape  what the values mostly are; {@link CellValues.Shape#FLAG} comes with the flag words seen
     * @param heldValues the flag words seen ("true/false"), or null
     * @param distinct   for a record id that repeats: its distinct values and the sample size
     */
    record Verdict(String reasonKey, CellValues.Shape heldShape, String heldValues, int distinct, int sampled) {
    }

    private ColumnChecks() {
    }

    /** Null when {@code values} (non-blank, placeholders dropped) fit {@code field}; else why not. */
    static Verdict check(LeadField field, List<String> values) {
        if (values.isEmpty()) {
            return null;
        }
        Map<CellValues.Shape, Integer> shapes = new EnumMap<>(CellValues.Shape.class);
        Set<String> flagWords = new LinkedHashSet<>();
        for (String v : values) {
            CellValues.Shape s = CellValues.shape(v);
            shapes.merge(s, 1, Integer::sum);
            if (s == CellValues.Shape.FLAG && flagWords.size() < 4) {
                flagWords.add(v.strip());
            }
        }
        int n = values.size();
        CellValues.Shape main = mostCommon(shapes);
        return switch (field) {
            // a column that is partly filled with "无" or "none" is still the email column: its addresses count
            case EMAIL -> atLeastOneIn(shapes, n, CellValues.Shape.EMAIL, FEW) ? null : holds(main, flagWords);
            case PHONE -> atLeastOneIn(shapes, n, CellValues.Shape.PHONE, FEW) ? null : holds(main, flagWords);
            case NAME, FIRST_NAME, LAST_NAME, COMPANY -> main == CellValues.Shape.TEXT
                    || !isMajority(shapes, n, main) ? null : holds(main, flagWords);
            // owners are often written as their address ("Contact Owner": tom@ourco.com)
            case OWNER -> main == CellValues.Shape.TEXT || main == CellValues.Shape.EMAIL
                    || !isMajority(shapes, n, main) ? null : holds(main, flagWords);
            case NEED -> main == CellValues.Shape.DATE || main == CellValues.Shape.EMAIL
                    || main == CellValues.Shape.PHONE ? holdsIfMajority(shapes, n, main, flagWords) : null;
            case BUYING_TIME, CLOSED_ON, BUDGET, SOURCE, SEGMENT, CUSTOMER_TYPE, REGION, SIZE ->
                    main == CellValues.Shape.FLAG || main == CellValues.Shape.EMAIL
                            ? holdsIfMajority(shapes, n, main, flagWords) : null;
            case EXTERNAL_ID -> externalId(values, shapes, n, main, flagWords);
            case OUTCOME -> outcome(values);
            case DO_NOT_CALL -> shapes.getOrDefault(CellValues.Shape.FLAG, 0) * 10 >= n * 8 ? null
                    : holds(main, flagWords);
            default -> null;
        };
    }

    private static Verdict externalId(List<String> values, Map<CellValues.Shape, Integer> shapes, int n,
                                      CellValues.Shape main, Set<String> flagWords) {
        if (main == CellValues.Shape.FLAG || main == CellValues.Shape.DATE || main == CellValues.Shape.EMAIL) {
            Verdict v = holdsIfMajority(shapes, n, main, flagWords);
            if (v != null) {
                return v;
            }
        }
        int distinct = new HashSet<>(values).size();
        if (n >= 5 && distinct < n * DISTINCT_IDS) {
            return new Verdict("mapping.repeats", null, null, distinct, n);
        }
        return null;
    }

    /** An outcome column holds at least one won or lost value, and its flags (if flags) take both sides. */
    private static Verdict outcome(List<String> values) {
        boolean won = false;
        boolean lost = false;
        boolean words = false;
        for (String v : values) {
            dev.hotlist.domain.Outcome o = OutcomeWords.word(v);
            if (o != null) {
                words = true;
            } else {
                o = OutcomeWords.of(v);
            }
            won |= o == dev.hotlist.domain.Outcome.WON;
            lost |= o == dev.hotlist.domain.Outcome.LOST;
        }
        // a column of nothing but "0" or "No" says no more than a blank one
        return words || won && lost ? null : new Verdict("mapping.noOutcome", null, null, 0, values.size());
    }

    private static Verdict holds(CellValues.Shape main, Set<String> flagWords) {
        return new Verdict("mapping.holds", main, main == CellValues.Shape.FLAG ? String.join("/", flagWords) : null,
                0, 0);
    }

    private static Verdict holdsIfMajority(Map<CellValues.Shape, Integer> shapes, int n, CellValues.Shape main,
                                           Set<String> flagWords) {
        return isMajority(shapes, n, main) ? holds(main, flagWords) : null;
    }

    /** At least one value in {@code share} has the shape. */
    private static boolean atLeastOneIn(Map<CellValues.Shape, Integer> shapes, int n, CellValues.Shape shape,
                                        int share) {
        int count = shapes.getOrDefault(shape, 0);
        return count > 0 && count * share >= n;
    }

    private static boolean isMajority(Map<CellValues.Shape, Integer> shapes, int n, CellValues.Shape shape) {
        return shapes.getOrDefault(shape, 0) * 2 > n;
    }

    private static CellValues.Shape mostCommon(Map<CellValues.Shape, Integer> shapes) {
        CellValues.Shape best = CellValues.Shape.TEXT;
        int count = -1;
        for (Map.Entry<CellValues.Shape, Integer> e : shapes.entrySet()) {
            if (e.getValue() > count) {
                best = e.getKey();
                count = e.getValue();
            }
        }
        return best;
    }
}
