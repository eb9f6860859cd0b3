package dev.hotlist.sheets.export;

import dev.hotlist.domain.Lead;
import dev.hotlist.domain.LeadScore;
import dev.hotlist.domain.Reason;
import dev.hotlist.scoring.ReasonText;
import dev.hotlist.scoring.NeedScale;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.function.Function;

/** How lead and score values read as text, the same in every format. */
final class LeadText {
    static final DateTimeFormatter MINUTES = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm");
    private static final String CURRENCIES = "¥￥$€£";
    /** Excel keeps 15 significant digits. */
    private static final int MAX_DIGITS = 15;

    private LeadText() {
    }

    /** The text of a lead-text column. */
    static String of(Column column, Lead lead) {
        return switch (column) {
            case RECORD_ID -> lead.externalId();
            case NAME -> lead.name();
            case COMPANY -> lead.company();
            case EMAIL -> lead.email();
            case PHONE -> lead.phone();
            // a flag a re-import reads back ("Yes"), blank for a lead that may be called
            case DO_NOT_CALL -> lead.doNotCall() ? "Yes" : "";
            case NEED -> need(lead);
            case BUYING_TIME -> lead.buyingStated();
            case BUDGET -> lead.budget();
            case SOURCE -> lead.source();
            case SEGMENT -> lead.segment();
            case CUSTOMER_TYPE -> lead.customerType();
            case REGION -> lead.region();
            case SIZE -> lead.size();
            case OWNER -> lead.owner();
            case NOTES -> lead.notes();
            default -> throw new IllegalArgumentException("not a lead text column: " + column);
        };
    }

    /**
     * The stated need; a bare number carries its column's scale ("4/5") so that a re-import reads it on the same
     * scale even when the exported list holds only a few leads.
     */
    static String need(Lead lead) {
        String stated = lead.needStated();
        if (lead.needScale() != null && NeedScale.bareNumber(stated).isPresent()) {
            return stated.strip() + "/" + lead.needScale();
        }
        return stated;
    }

    /**
     * Every reason of a score in words, strongest first (so the two lines a printed row shows are the two that
     * matter most), points after the score they moved, joined by {@code separator}. The cap at 0 or 100 is
     * bookkeeping, not a reason to call, and is left out.
     */
    static String why(LeadScore score, Function<Reason, String> reasonText, String separator) {
        List<Reason> reasons = score.reasons().stream().filter(r -> !ReasonText.isBookkeeping(r))
                .sorted(java.util.Comparator.comparingInt((Reason r) -> -Math.abs(r.points()))).toList();
        if (reasons.isEmpty()) {
            return "";
        }
        StringBuilder sb = new StringBuilder();
        for (Reason r : reasons) {
            if (sb.length() > 0) {
                sb.append(separator);
            }
            pointsAfterPart(reasonText.apply(r), sb);
        }
        return sb.toString();
    }

    /**
     * Appends a reason as the app says it ("+35 timing: buys tomorrow", "−10 need: no budget", "+35 时机：明天购买")
     * with its points moved after the score they moved ("timing +35: buys tomorrow"): a cell that begins with a sign
     * is a formula to a spreadsheet, so the export's reasons begin with a word and need no guard quote. A line in
     * another shape is appended as it is.
     */
    static void pointsAfterPart(String line, StringBuilder out) {
        int space = line.indexOf(' ');
        if (line.isEmpty() || "+-\u2212\u00B1".indexOf(line.charAt(0)) < 0 || space < 0) {
            out.append(line);
            return;
        }
        int colon = -1;
        for (int i = space + 1; i < line.length() && colon < 0; i++) {
            char c = line.charAt(i);
            if (c == ':' || c == '\uFF1A') {
                colon = i;
            }
        }
        if (colon < 0) {
            out.append(line);
            return;
        }
        out.append(line, space + 1, colon).append(' ').append(line, 0, space).append(line, colon, line.length());
    }

    /**
     * The value of a cell that states a plain number: digits with an optional sign, decimals, thousands separators
     * in groups of three, and one currency sign in front ("50000", "12,000", "¥8,000.50", "-3"). Null for anything
     * else, for a leading zero ("0138…": an identifier, not a quantity) and for more digits than Excel keeps.
     */
    static StatedNumber number(String text) {
        int n = text.length();
        if (n == 0 || n > 24) {
            return null;
        }
        int i = 0;
        boolean negative = false;
        if (text.charAt(i) == '-') {
            negative = true;
            i++;
        }
        String currency = "";
        if (i < n && CURRENCIES.indexOf(text.charAt(i)) >= 0) {
            currency = String.valueOf(text.charAt(i++));
            if (!negative && i < n && text.charAt(i) == '-') {
                negative = true;
                i++;
            }
        }
        int digitsStart = i;
        int digits = 0;
        int group = 0;
        boolean separators = false;
        StringBuilder plain = new StringBuilder(n);
        for (; i < n && text.charAt(i) != '.'; i++) {
            char c = text.charAt(i);
            if (c >= '0' && c <= '9') {
                plain.append(c);
                digits++;
                group++;
            } else if (c == ',' && group > 0 && (separators ? group == 3 : group <= 3)) {
                separators = true;
                group = 0;
            } else {
                return null;
            }
        }
        if (digits == 0 || (separators && group != 3) || (digits > 1 && text.charAt(digitsStart) == '0')) {
            return null;
        }
        int decimals = 0;
        if (i < n) {
            plain.append('.');
            for (i++; i < n; i++) {
                char c = text.charAt(i);
                if (c < '0' || c > '9') {
                    return null;
                }
                plain.append(c);
                decimals++;
            }
            if (decimals == 0) {
                return null;
            }
        }
        if (digits + decimals > MAX_DIGITS) {
            return null;
        }
        double value = Double.parseDouble(plain.toString());
        return new StatedNumber(negative ? -value : value, digits, decimals, separators, currency);
    }

    /**
     * A plain number read from a lead's text, with how it was written, so the cell shows it the same way.
     *
     * @param digits     digits before the decimal point
     * @param separators whether it had thousands separators
     * @param currency   the currency sign in front, or ""
     */
    record StatedNumber(double value, int digits, int decimals, boolean separators, String currency) {
        /** An Excel number format that shows the value as it was written. */
        String format() {
            StringBuilder f = new StringBuilder();
            if (!currency.isEmpty()) {
                f.append('"').append(currency).append('"');
            }
            f.append(separators ? "#,##0" : "0");
            if (decimals > 0) {
                f.append('.').append("0".repeat(decimals));
            }
            return f.toString();
        }
    }

    /**
     * True when a spreadsheet program would read the text as a formula (OWASP CSV injection): it begins with
     * {@code = + - @}, a tab or a carriage return.
     */
    static boolean looksLikeFormula(String text) {
        if (text == null || text.isEmpty()) {
            return false;
        }
        char c = text.charAt(0);
        return c == '=' || c == '+' || c == '-' || c == '@' || c == '\t' || c == '\r';
    }

    /** The text with a leading single quote when it {@link #looksLikeFormula looks like a formula}. */
    static String neutralised(String text) {
        return looksLikeFormula(text) ? "'" + text : text;
    }
}
