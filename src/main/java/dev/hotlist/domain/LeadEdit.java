package dev.hotlist.domain;

import java.util.Objects;

/**
 * One field of a lead changed by hand in the lead detail, as the user typed it. The service validates it (an
 * email must be an address, a phone must have digits, a buying time must be a date or words it can read) and
 * stores it at once.
 *
 * @param field what is edited
 * @param value the text typed; blank clears the field
 */
public record LeadEdit(Field field, String value) {
    /** The fields a salesperson may change. The sheet's own notes are not among them: a re-import owns them. */
    public enum Field {
        NAME, COMPANY, EMAIL, PHONE, NEED, BUYING_TIME, BUDGET, SOURCE, SEGMENT, CUSTOMER_TYPE, REGION, SIZE, OWNER,
        MY_NOTES, NEXT_ACTION
    }

    public LeadEdit {
        Objects.requireNonNull(field, "field");
        value = value == null ? "" : value.strip();
    }

    /** The value this lead holds for {@code field}, as it would be shown in an edit box. */
    public static String valueOf(Lead lead, Field field) {
        return switch (field) {
            case NAME -> lead.name();
            case COMPANY -> lead.company();
            case EMAIL -> lead.email();
            case PHONE -> lead.phone();
            case NEED -> lead.needStated();
            case BUYING_TIME -> !lead.buyingStated().isBlank() ? lead.buyingStated()
                    : lead.buyingDate() == null ? "" : lead.buyingDate().toString();
            case BUDGET -> lead.budget();
            case SOURCE -> lead.source();
            case SEGMENT -> lead.segment();
            case CUSTOMER_TYPE -> lead.customerType();
            case REGION -> lead.region();
            case SIZE -> lead.size();
            case OWNER -> lead.owner();
            case MY_NOTES -> lead.userNotes();
            case NEXT_ACTION -> lead.nextActionDate() == null ? "" : lead.nextActionDate().toString();
        };
    }
}
