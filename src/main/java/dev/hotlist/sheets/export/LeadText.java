package dev.hotlist.sheets.export;

import dev.hotlist.domain.Lead;
import dev.hotlist.domain.LeadScore;
import dev.hotlist.domain.Reason;
import dev.hotlist.scoring.NeedScale;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.function.Function;

/** How lead and score values read as text, the same in every format. */
final class LeadText {
    static final DateTimeFormatter MINUTES = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm");

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

    /** Every reason of a score in words, joined by {@code separator}. */
    static String why(LeadScore score, Function<Reason, String> reasonText, String separator) {
        List<Reason> reasons = score.reasons();
        if (reasons.isEmpty()) {
            return "";
        }
        StringBuilder sb = new StringBuilder();
        for (Reason r : reasons) {
            if (sb.length() > 0) {
                sb.append(separator);
            }
            sb.append(reasonText.apply(r));
        }
        return sb.toString();
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
