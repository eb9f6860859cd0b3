package dev.hotlist.domain;

import java.util.AbstractList;
import java.util.List;
import java.util.RandomAccess;

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
        reasons = reasons instanceof Joined ? reasons : List.copyOf(reasons);
    }

    /**
     * A score whose reasons are {@code needReasons} followed by {@code timingReason}, without copying them:
     * ranking a million leads makes a million scores, and the need reasons are shared between them.
     *
     * @param needReasons an unmodifiable list, not changed afterwards
     */
    public static LeadScore of(double need, double timing, double priority, Tier tier, TimingState timingState,
                               List<Reason> needReasons, Reason timingReason) {
        return new LeadScore(need, timing, priority, tier, timingState, new Joined(needReasons, timingReason));
    }

    /** An unmodifiable list of the need reasons, then the timing reason. */
    private static final class Joined extends AbstractList<Reason> implements RandomAccess {
        private final List<Reason> first;
        private final Reason last;

        Joined(List<Reason> first, Reason last) {
            this.first = first;
            this.last = last;
        }

        @Override
        public Reason get(int index) {
            return index == first.size() ? last : first.get(index);
        }

        @Override
        public int size() {
            return first.size() + 1;
        }
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
