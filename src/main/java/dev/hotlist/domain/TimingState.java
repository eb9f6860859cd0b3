package dev.hotlist.domain;

/** Where a lead's buying moment stands relative to the as-of day. */
public enum TimingState {
    /** The moment is today or ahead. */
    UPCOMING,
    /** The date passed a few days ago: still alive, call now. */
    OVERDUE,
    /** The date passed long ago: the moment has probably gone. */
    STALE,
    /** No date at all, or "just looking": watching fishing on TV. */
    NO_DATE
}
