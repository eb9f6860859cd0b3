package dev.hotlist.domain;

import java.util.List;

/**
 * A lead's scores for one as-of day. Never stored: computed when asked, so it is never stale.
 *
 * @param need     need intensity 0–100 (the hungry buyer)
 * @param timing   buying-time proximity 0–100 (fishing tomorrow)
 * @param priority the rank key 0–100, which needs both
 * @param tier     the tier from the need and timing thresholds
 * @param timingState upcoming, overdue, stale or no date
 * @param reasons  every factor that moved need or timing, with signed points
 */
public record LeadScore(double need, double timing, double priority, Tier tier, TimingState timingState,
                        List<Reason> reasons) {
    public LeadScore {
        reasons = List.copyOf(reasons);
    }

    public int needPoints() {
        return (int) Math.round(need);
    }

    public int timingPoints() {
        return (int) Math.round(timing);
    }

    public int priorityPoints() {
        return (int) Math.round(priority);
    }

    public boolean isOverdue() {
        return timingState == TimingState.OVERDUE;
    }
}
