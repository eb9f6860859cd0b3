package dev.hotlist.sheets.export;

import java.util.Locale;

/** The fixed export columns, in no particular order here; {@link ExportLayout} places them. */
enum Column {
    RANK(Kind.NUMBER), TIER(Kind.TEXT), PRIORITY(Kind.NUMBER), NEED_SCORE(Kind.NUMBER), TIMING_SCORE(Kind.NUMBER),
    WHY(Kind.TEXT),
    RECORD_ID(Kind.TEXT), NAME(Kind.TEXT), COMPANY(Kind.TEXT), EMAIL(Kind.TEXT), PHONE(Kind.TEXT),
    DO_NOT_CALL(Kind.TEXT), NEED(Kind.TEXT),
    BUYING_TIME(Kind.DATE_OR_TEXT), BUDGET(Kind.NUMBER_OR_TEXT), SOURCE(Kind.TEXT), SEGMENT(Kind.TEXT),
    CUSTOMER_TYPE(Kind.TEXT), REGION(Kind.TEXT), SIZE(Kind.NUMBER_OR_TEXT), OWNER(Kind.TEXT), NOTES(Kind.TEXT),
    STAGE(Kind.TEXT), LAST_CALL(Kind.TEXT), LAST_CALL_AT(Kind.DATE_TIME), NEXT_ACTION(Kind.DATE);

    /**
     * How a column's values are written: {@code NUMBER_OR_TEXT} is a number cell when the stated value is a plain
     * number ("50000", "12,000", "¥8,000"), else the text as stated.
     */
    enum Kind { NUMBER, TEXT, NUMBER_OR_TEXT, DATE, DATE_TIME, DATE_OR_TEXT }

    private final Kind kind;

    Column(Kind kind) {
        this.kind = kind;
    }

    Kind kind() {
        return kind;
    }

    /** Key of the header in {@code columns.properties}. */
    String key() {
        return name().toLowerCase(Locale.ROOT);
    }
}
