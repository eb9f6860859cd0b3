package dev.hotlist.domain;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

/**
 * Buckets of the buying date relative to the as-of day, for filtering and counting: overdue, within 7 days, 8–30
 * days, 31–90 days, later, none.
 */
public enum BuyingWindow {
    OVERDUE, THIS_WEEK, THIS_MONTH, THIS_QUARTER, LATER, NO_DATE;

    /** The window a buying date falls in, seen from {@code asOf}. */
    public static BuyingWindow of(LocalDate buyingDate, LocalDate asOf) {
        if (buyingDate == null) {
            return NO_DATE;
        }
        long days = ChronoUnit.DAYS.between(asOf, buyingDate);
        if (days < 0) {
            return OVERDUE;
        }
        if (days <= 7) {
            return THIS_WEEK;
        }
        if (days <= 30) {
            return THIS_MONTH;
        }
        return days <= 90 ? THIS_QUARTER : LATER;
    }
}
