package dev.hotlist.domain;

/** The lead fields a sheet column can map to. Columns mapped to none are kept as extra fields. */
public enum LeadField {
    EXTERNAL_ID, NAME, FIRST_NAME, LAST_NAME, COMPANY, EMAIL, PHONE, NEED, BUYING_TIME, BUDGET, SOURCE, SEGMENT,
    CUSTOMER_TYPE, REGION, SIZE, OWNER, NOTES,
    /** How the lead ended: Converted 1/0, Won/Lost, Closed Won/Closed Lost, 是否成交 是/否, 赢单/输单. */
    OUTCOME,
    /** The day the lead was won, lost or converted. */
    CLOSED_ON,
    /** A Do Not Call flag (Yes/No, true/false, 1/0, 是/否). */
    DO_NOT_CALL,
    /** Keep the column as an extra field under its header. */
    EXTRA,
    /** Drop the column. */
    IGNORE
}
