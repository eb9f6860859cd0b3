package dev.hotlist.domain;

/**
 * The day's work in two numbers, for the chart pane.
 *
 * @param callsToday  standing calls logged on the as-of day
 * @param wonThisWeek calls logged as won since the Monday of the as-of day's week
 */
public record ActivitySummary(int callsToday, int wonThisWeek) {
}
