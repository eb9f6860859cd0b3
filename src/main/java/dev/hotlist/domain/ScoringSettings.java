package dev.hotlist.domain;

/**
 * The knobs of the scoring model, stored in the database and restorable to {@link #defaults()}.
 *
 * @param needWeight         weight of need in the priority, 0.05–0.95; timing gets the rest
 * @param hotNeed            need at or above which a lead counts as hungry
 * @param hotTiming          timing at or above which a lead counts as soon
 * @param timingMidpointDays days ahead at which timing has fallen half way (the curve's midpoint)
 * @param timingSteepness    how sharply timing falls around the midpoint (1 gentle – 4 steep)
 * @param overdueGraceDays   days past the buying date that still count as alive (overdue, call now)
 * @param staleAfterDays     days past the buying date after which the moment is stale
 */
public record ScoringSettings(double needWeight, int hotNeed, int hotTiming, double timingMidpointDays,
                              double timingSteepness, int overdueGraceDays, int staleAfterDays) {

    public ScoringSettings {
        if (!(needWeight >= 0.05 && needWeight <= 0.95)) {
            throw new IllegalArgumentException("need weight must be between 0.05 and 0.95");
        }
        requireRange("hot need threshold", hotNeed, 1, 99);
        requireRange("hot timing threshold", hotTiming, 1, 99);
        if (!(timingMidpointDays >= 1 && timingMidpointDays <= 730)) {
            throw new IllegalArgumentException("timing midpoint must be between 1 and 730 days");
        }
        if (!(timingSteepness >= 0.5 && timingSteepness <= 6)) {
            throw new IllegalArgumentException("timing steepness must be between 0.5 and 6");
        }
        requireRange("overdue grace days", overdueGraceDays, 0, 60);
        requireRange("stale after days", staleAfterDays, overdueGraceDays + 1, 3650);
    }

    /**
     * HOT means hungry and soon. Hungry (70) takes more than a lukewarm need plus one bonus ("medium" 55 with a
     * referral is 65): a stated high need, or lukewarm with real pain or money behind it. Soon (75) is about a
     * month ahead on the default curve (7 days 97, 30 days 76, 92 days 41, 403 days 15, no date 5), or up to
     * two weeks overdue.
     */
    public static ScoringSettings defaults() {
        return new ScoringSettings(0.5, 70, 75, 60, 1.5, 7, 60);
    }

    public double timingWeight() {
        return 1 - needWeight;
    }

    private static void requireRange(String what, int value, int min, int max) {
        if (value < min || value > max) {
            throw new IllegalArgumentException(what + " must be between " + min + " and " + max);
        }
    }
}
