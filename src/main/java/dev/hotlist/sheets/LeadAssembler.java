package dev.hotlist.sheets;

import dev.hotlist.domain.ColumnMapping;
import dev.hotlist.domain.LeadField;
import dev.hotlist.domain.Lead;
import dev.hotlist.domain.ParsedRow;
import dev.hotlist.scoring.BuyingTimeParser;
import dev.hotlist.scoring.NeedScale;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Turns one mapped row into a {@link ParsedRow}: a lead with its sheet fields, or a skipped row (no contact at all,
 * the header row repeated further down, or a totals row such as "合计 … 3000"). Placeholders ("Select", "--", N/A,
 * 未填写) are blank. When several columns feed one field (Salesforce's "Phone" and "Mobile"), the non-blank one of the
 * lowest rank wins (the person's mobile before the company's line; see {@link HeaderFamilies}), then the leftmost.
 * It also watches the need column's bare numbers to infer their scale once the whole sheet is read.
 */
final class LeadAssembler {
    /** Numeric buying-time cells in this range are Excel serial dates that lost their format (1954–2119). */
    private static final double SERIAL_MIN = 20_000;
    private static final double SERIAL_MAX = 80_000;
    private static final LeadField[] FIELDS = LeadField.values();
    /** First cells that make a row without email, phone or record id a totals row (compared lower case). */
    private static final Set<String> TOTALS = Set.of("合计", "总计", "小计", "汇总", "总合计", "total", "totals",
            "subtotal", "sub total", "sub-total", "grand total", "sum");
    private static final int LONGEST_TOTAL = 12;

    private final LeadField[] byColumn;
    private final int[] rankByColumn;
    private final String[] headerTexts;
    private final String[] extraKeys;
    private final LocalDate asOf;
    private final String[] values = new String[FIELDS.length];
    /** The whole cell each value came from, when it held several addresses or numbers. */
    private final String[] cells = new String[FIELDS.length];
    private final int[] columns = new int[FIELDS.length];
    private final int[] ranks = new int[FIELDS.length];
    private double maxNeed = -1;
    private static final int MAX_WRITTEN_DAYS = 10_000;
    /** Stands for "names no day" in {@link #writtenDays}. */
    private static final LocalDate NO_DAY = LocalDate.MIN;
    private final java.util.Map<String, LocalDate> writtenDays = new java.util.HashMap<>();

    LeadAssembler(ColumnMapping mapping, LocalDate asOf) {
        List<String> headers = mapping.headers();
        this.byColumn = new LeadField[headers.size()];
        this.rankByColumn = new int[headers.size()];
        this.headerTexts = headers.toArray(new String[0]);
        this.extraKeys = new String[headers.size()];
        this.asOf = asOf;
        Set<String> used = new HashSet<>();
        for (int c = 0; c < headers.size(); c++) {
            byColumn[c] = mapping.fieldOf(c);
            rankByColumn[c] = mapping.rankOf(c);
            if (byColumn[c] != LeadField.IGNORE) {
                // a field's column that loses to a better one is kept as an extra under its header
                extraKeys[c] = uniqueKey(headers.get(c), c, used);
            }
        }
    }

    private static String uniqueKey(String header, int column, Set<String> used) {
        String base = header == null || header.isBlank() ? "Column " + columnLetters(column) : header.strip();
        String key = base;
        for (int n = 2; !used.add(key); n++) {
            key = base + " (" + n + ")";
        }
        return key;
    }

    static String columnLetters(int column) {
        StringBuilder sb = new StringBuilder();
        for (int c = column + 1; c > 0; c = (c - 1) / 26) {
            sb.insert(0, (char) ('A' + (c - 1) % 26));
        }
        return sb.toString();
    }

    /**
     * The row as a lead or a skipped row. Kept as a few small methods on purpose: one large one took the JIT about a
     * second to compile on every fresh start, and the rare paths (several addresses in a cell, a better column for
     * a field, a totals row) stay out of the hot loop's compiled code.
     */
    ParsedRow toRow(RowBuffer row) {
        Arrays.fill(values, null);
        Arrays.fill(cells, null);
        Lead.Builder lead = Lead.builder();
        String first = null;
        // Cells equal to their column's header: a header row pasted again above the next block of leads.
        int headerCells = 0;
        boolean repeatsHeader = true;
        for (int c = 0, n = row.width(); c < n; c++) {
            String text = row.text(c);
            if (text.isEmpty() || CellValues.isPlaceholder(text)) {
                continue;
            }
            if (first == null) {
                first = text;
            }
            if (repeatsHeader) {
                if (c < headerTexts.length && text.equalsIgnoreCase(headerTexts[c])) {
                    headerCells++;
                } else {
                    repeatsHeader = false;
                }
            }
            place(c, text, lead);
        }
        ParsedRow skipped = skipped(row, first, repeatsHeader && headerCells >= LeadSheets.MIN_RECOGNISED);
        return skipped != null ? skipped : new ParsedRow.LeadRow(row.rowNumber(), build(row, lead));
    }

    /** Puts one non-blank cell where its column's field says. */
    private void place(int c, String text, Lead.Builder lead) {
        LeadField field = c < byColumn.length ? byColumn[c] : LeadField.EXTRA;
        switch (field) {
            case IGNORE -> {
            }
            case EXTRA -> lead.putExtra(c < extraKeys.length ? extraKeys[c] : "Column " + columnLetters(c), text);
            case EMAIL, PHONE -> contact(c, field, text, lead);
            default -> field(c, field, text, text, lead);
        }
    }

    /** An email or phone cell: the lead's when it is one, the first of several; the rest stay extras. */
    private void contact(int c, LeadField field, String text, Lead.Builder lead) {
        boolean email = field == LeadField.EMAIL;
        if (email ? text.indexOf('@') < 0 : !hasDigit(text)) {
            // "无", "see notes": not an address or number, so not the lead's; kept as it was written
            lead.putExtra(extraKeys[c], text);
            return;
        }
        String[] several = CellValues.several(text, email);
        if (several == null) {
            field(c, field, text, text, lead);
        } else if (field(c, field, several[0], text, lead)) {
            lead.putExtra(extraKeys[c], several[1]);
        }
    }

    /**
     * The field's value from column {@code c} unless a column of a better rank already gave one; the loser is kept as
     * an extra under its header. Returns whether this column's value is the field's now.
     */
    private boolean field(int c, LeadField field, String value, String cell, Lead.Builder lead) {
        int f = field.ordinal();
        int rank = rankByColumn[c];
        if (values[f] != null && rank >= ranks[f]) {
            lead.putExtra(extraKeys[c], cell);
            return false;
        }
        if (values[f] != null) {
            lead.putExtra(extraKeys[columns[f]], cells[f]);
        }
        values[f] = value;
        cells[f] = cell;
        columns[f] = c;
        ranks[f] = rank;
        return true;
    }

    /** The skipped row this is (the header repeated, a totals row, no contact at all), or null for a lead. */
    private ParsedRow skipped(RowBuffer row, String first, boolean repeatsHeader) {
        if (repeatsHeader) {
            return new ParsedRow.SkippedRow(row.rowNumber(), "row.repeatedHeader", List.of());
        }
        boolean noKey = get(LeadField.EMAIL).isEmpty() && get(LeadField.PHONE).isEmpty()
                && get(LeadField.EXTERNAL_ID).isEmpty();
        if (!noKey) {
            return null;
        }
        if (isTotal(first)) {
            return new ParsedRow.SkippedRow(row.rowNumber(), "row.totals", List.of(first));
        }
        if (name().isEmpty() && get(LeadField.COMPANY).isEmpty()) {
            return new ParsedRow.SkippedRow(row.rowNumber(), "row.noContact", List.of());
        }
        return null;
    }

    private String name() {
        String name = get(LeadField.NAME);
        return name.isEmpty() ? joinName(get(LeadField.FIRST_NAME), get(LeadField.LAST_NAME)) : name;
    }

    /** The lead of a row that is one: its fields, buying time, outcome and do-not-call flag. */
    private Lead build(RowBuffer row, Lead.Builder lead) {
        String need = get(LeadField.NEED);
        if (!need.isEmpty()) {
            watchNeed(need);
        }
        lead.externalId(get(LeadField.EXTERNAL_ID)).name(name()).company(get(LeadField.COMPANY))
                .email(get(LeadField.EMAIL)).phone(get(LeadField.PHONE)).needStated(need)
                .budget(get(LeadField.BUDGET)).source(get(LeadField.SOURCE)).segment(get(LeadField.SEGMENT))
                .customerType(get(LeadField.CUSTOMER_TYPE)).region(get(LeadField.REGION)).size(get(LeadField.SIZE))
                .owner(get(LeadField.OWNER)).notes(get(LeadField.NOTES));
        if (values[LeadField.BUYING_TIME.ordinal()] != null) {
            buyingTime(row, columns[LeadField.BUYING_TIME.ordinal()], lead);
        }
        if (values[LeadField.OUTCOME.ordinal()] != null || values[LeadField.CLOSED_ON.ordinal()] != null) {
            outcome(row, lead);
        }
        String doNotCall = values[LeadField.DO_NOT_CALL.ordinal()];
        lead.doNotCall(doNotCall != null && CellValues.flag(doNotCall) == Boolean.TRUE);
        return lead.build();
    }

    private void watchNeed(String need) {
        NeedScale.bareNumber(need).ifPresent(v -> maxNeed = Math.max(maxNeed, v));
    }

    private void outcome(RowBuffer row, Lead.Builder lead) {
        String outcome = get(LeadField.OUTCOME);
        if (!outcome.isEmpty()) {
            lead.outcome(OutcomeWords.of(outcome));
        }
        if (values[LeadField.CLOSED_ON.ordinal()] != null) {
            lead.closedOn(day(row, columns[LeadField.CLOSED_ON.ordinal()]));
        }
    }

    /** The day a date cell, a serial number or a written date (ISO, 2026/11/24, with a time) states; null if none. */
    private LocalDate day(RowBuffer row, int column) {
        if (row.kind(column) == CellKind.DATE) {
            return row.date(column);
        }
        String text = row.text(column);
        LocalDate serial = serialDate(row, column, text);
        if (serial != null) {
            return serial;
        }
        return writtenDay(text);
    }

    /**
     * The day a written buying time or date names, or null; once per distinct text (a sheet's few hundred phrasings,
     * "next month", "明天", repeat down the column), up to {@link #MAX_WRITTEN_DAYS} of them.
     */
    private LocalDate writtenDay(String text) {
        LocalDate known = writtenDays.get(text);
        if (known != null) {
            return known == NO_DAY ? null : known;
        }
        LocalDate day = BuyingTimeParser.parse(text, asOf)
                .map(r -> r instanceof BuyingTimeParser.Result.OnDate on ? on.date() : null)
                .orElse(null);
        if (writtenDays.size() < MAX_WRITTEN_DAYS) {
            writtenDays.put(text, day == null ? NO_DAY : day);
        }
        return day;
    }

    private static LocalDate serialDate(RowBuffer row, int column, String text) {
        if (row.kind(column) != CellKind.NUMBER) {
            return null;
        }
        try {
            double v = Double.parseDouble(text);
            return v >= SERIAL_MIN && v <= SERIAL_MAX ? CellText.excelDate(v, row.date1904()) : null;
        } catch (NumberFormatException e) {
            return null;
        }
    }

    /** A date cell is the day; a bare serial number is a date that lost its format; text goes to the parser. */
    private void buyingTime(RowBuffer row, int column, Lead.Builder lead) {
        String stated = row.text(column);
        LocalDate day = null;
        if (row.kind(column) == CellKind.DATE) {
            day = row.date(column);
        } else {
            day = serialDate(row, column, stated);
            if (day != null) {
                stated = day.toString();
            }
        }
        if (day == null) {
            day = writtenDay(stated);
        }
        lead.buyingStated(stated).buyingDate(day);
    }

    private static boolean hasDigit(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c >= '0' && c <= '9' || c >= '０' && c <= '９') {
                return true;
            }
        }
        return false;
    }

    /** "合计", "Total:", "Grand total" and the like; short texts only, so a lead's long text costs nothing. */
    static boolean isTotal(String text) {
        if (text == null || text.length() > LONGEST_TOTAL) {
            return false;
        }
        String t = text.strip();
        if (t.endsWith(":") || t.endsWith("：")) {
            t = t.substring(0, t.length() - 1).strip();
        }
        return TOTALS.contains(t.toLowerCase(Locale.ROOT));
    }

    private String get(LeadField field) {
        String v = values[field.ordinal()];
        return v == null ? "" : v;
    }

    /** "First Last", or 姓名 without a space when both parts are Chinese (the surname comes first). */
    static String joinName(String first, String last) {
        if (first.isEmpty()) {
            return last;
        }
        if (last.isEmpty()) {
            return first;
        }
        return isHan(first) && isHan(last) ? last + first : first + " " + last;
    }

    private static boolean isHan(String s) {
        return s.codePoints().allMatch(cp -> Character.UnicodeScript.of(cp) == Character.UnicodeScript.HAN);
    }

    /** The scale of the need column's bare numbers, or null when it held none. */
    Integer needScale() {
        return maxNeed < 0 ? null : NeedScale.infer(maxNeed);
    }
}
