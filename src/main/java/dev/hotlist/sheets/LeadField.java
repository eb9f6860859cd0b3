package dev.hotlist.sheets;

/** The lead fields a sheet column can map to. Columns mapped to none are kept as extra fields. */
public enum LeadField {
    EXTERNAL_ID, NAME, FIRST_NAME, LAST_NAME, COMPANY, EMAIL, PHONE, NEED, BUYING_TIME, BUDGET, SOURCE, SEGMENT,
    CUSTOMER_TYPE, REGION, SIZE, OWNER, NOTES,
    /** Keep the column as an extra field under its header. */
    EXTRA,
    /** Drop the column. */
    IGNORE
}
