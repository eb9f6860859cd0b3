package dev.hotlist.domain;

import java.util.Set;

/**
 * The views every database has, before the user saves any. {@link #TODAY} is what the app opens on: the people to
 * call today.
 */
public enum BuiltInView {
    /** HOT or overdue or a call back due, not snoozed, not closed. */
    TODAY(LeadFilter.all().toBuilder().dueToday(true).build()),
    /** Buying within seven days or overdue, not snoozed, not closed. */
    THIS_WEEK(LeadFilter.all().toBuilder().windows(Set.of(BuyingWindow.OVERDUE, BuyingWindow.THIS_WEEK)).build()),
    /** Every open lead. */
    ALL_OPEN(LeadFilter.all()),
    /** Only the leads snoozed past the day. */
    SNOOZED(LeadFilter.all().toBuilder().snoozedOnly(true).build()),
    /** The closed leads. */
    WON_LOST(LeadFilter.all().toBuilder().stages(Set.of(Stage.WON, Stage.LOST)).includeClosed(true)
            .includeSnoozed(true).build());

    private final LeadFilter filter;

    BuiltInView(LeadFilter filter) {
        this.filter = filter;
    }

    public LeadFilter filter() {
        return filter;
    }
}
