package dev.hotlist.scoring;

import dev.hotlist.domain.Reason;
import dev.hotlist.domain.ScoringSettings;
import dev.hotlist.domain.TimingState;
import java.time.LocalDate;

/**
 * Fishing tomorrow: scores how close a buying date is to the as-of day.
 *
 * <p>Ahead by {@code d} days: {@code FUTURE_FLOOR + (100 − FUTURE_FLOOR) / (1 + (d / midpoint)^steepness)},
 * so a few days ≈ 100, weeks high, the midpoint (60 days by default) half way, a year low. Passed by {@code p}
 * days: {@code PAST_FLOOR + (100 − PAST_FLOOR) / (1 + (p / h)^3)} with {@code h} the geometric mean of the grace
 * and stale days: still high within the grace days (overdue: call now), low once stale. Both curves start at
 * 100 on the day itself and only fall away from it, so a later as-of day never raises a passed date. No date,
 * or "just looking", scores {@link #NO_DATE_SCORE}, below both floors: below every dated lead.
 */
public final class TimingScorer {
    /** Timing reasons are told as points above or below this. */
    public static final int BASELINE = 50;
    static final double FUTURE_FLOOR = 10;
    static final double PAST_FLOOR = 8;
    static final double NO_DATE_SCORE = 5;
    private static final double PAST_STEEPNESS = 3;

    private final ScoringSettings settings;
    private final double pastMidpoint;
    private final TimingAssessment noDate = of(NO_DATE_SCORE, TimingState.NO_DATE, ReasonKeys.TIMING_NO_DATE);
    private final TimingAssessment justLooking =
            of(NO_DATE_SCORE, TimingState.NO_DATE, ReasonKeys.TIMING_JUST_LOOKING);

    /** "just looking", "TBD", a picklist value: a buying-time column holds few distinct undated texts. */
    private final CellCache<TimingAssessment> undatedCells = new CellCache<>();

    public TimingScorer(ScoringSettings settings) {
        this.settings = settings;
        this.pastMidpoint = Math.sqrt(Math.max(1, settings.overdueGraceDays()) * (double) settings.staleAfterDays());
    }

    /**
     * The timing of a lead with no buying date, from what its buying-time cell said: nothing or "no rush" (no
     * date given), "just looking", or text that could not be read, which is quoted so the user sees it was not
     * ignored silently. All score {@link #NO_DATE_SCORE}, whatever the day.
     */
    public TimingAssessment undated(String stated) {
        return stated.isEmpty() ? noDate : undatedCells.get(stated, this::readUndated);
    }

    private TimingAssessment readUndated(String stated) {
        return switch (BuyingTimeParser.undated(stated)) {
            case JUST_LOOKING -> justLooking;
            case UNREAD -> of(NO_DATE_SCORE, TimingState.NO_DATE, ReasonKeys.TIMING_UNREAD,
                    NeedScorer.shorten(stated.strip()));
            default -> noDate;
        };
    }

    /** The timing of a buying date ({@code null} for none: see {@link #undated}) seen from {@code asOf}. */
    public TimingAssessment assess(LocalDate buyingDate, LocalDate asOf) {
        if (buyingDate == null) {
            return noDate;
        }
        long days = buyingDate.toEpochDay() - asOf.toEpochDay();
        double score = score(days);
        if (days >= 0) {
            String key = days == 0 ? ReasonKeys.TIMING_TODAY
                    : days == 1 ? ReasonKeys.TIMING_TOMORROW : ReasonKeys.TIMING_IN_DAYS;
            return days <= 1 ? of(score, TimingState.UPCOMING, key, buyingDate)
                    : of(score, TimingState.UPCOMING, key, days, buyingDate);
        }
        long past = -days;
        if (past <= settings.overdueGraceDays()) {
            return of(score, TimingState.OVERDUE, ReasonKeys.TIMING_OVERDUE, past, buyingDate);
        }
        if (past <= settings.staleAfterDays()) {
            return of(score, TimingState.OVERDUE, ReasonKeys.TIMING_LAPSING, past, buyingDate);
        }
        return of(score, TimingState.STALE, ReasonKeys.TIMING_STALE, past, buyingDate);
    }

    /** The curve: {@code daysAhead} negative for a passed date. */
    public double score(long daysAhead) {
        if (daysAhead >= 0) {
            double x = Math.pow(daysAhead / settings.timingMidpointDays(), settings.timingSteepness());
            return FUTURE_FLOOR + (100 - FUTURE_FLOOR) / (1 + x);
        }
        double x = Math.pow(-daysAhead / pastMidpoint, PAST_STEEPNESS);
        return PAST_FLOOR + (100 - PAST_FLOOR) / (1 + x);
    }

    private static TimingAssessment of(double score, TimingState state, String key, Object... args) {
        int points = (int) Math.round(score) - BASELINE;
        return new TimingAssessment(score, state, Reason.timing(points, key, args));
    }
}
