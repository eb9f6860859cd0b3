package dev.hotlist.domain;

/**
 * How a lead ended, as an imported sheet states it (a Converted 1/0, Won/Lost or 是否成交 column). A lead with a
 * known outcome is closed: it leaves the call list, and learning (workflow 6) counts it. The user's own
 * {@link Stage} is a separate thing an import never writes.
 */
public enum Outcome {
    WON, LOST
}
