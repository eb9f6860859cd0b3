package dev.hotlist.domain;

/** Where a lead stands in the salesperson's own pipeline. Imports never change it. */
public enum Stage {
    NEW, CONTACTED, QUALIFIED, PROPOSAL, WON, LOST;

    /** Closed leads drop out of the call list. */
    public boolean isClosed() {
        return this == WON || this == LOST;
    }
}
