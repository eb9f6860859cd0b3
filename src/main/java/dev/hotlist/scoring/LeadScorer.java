package dev.hotlist.scoring;

import dev.hotlist.domain.Lead;
import dev.hotlist.domain.LeadScore;
import dev.hotlist.domain.ScoringSettings;
import dev.hotlist.domain.Tier;
import java.time.LocalDate;
import java.util.Objects;

/**
 * Scores leads for an as-of day: need (the hungry buyer), timing (fishing tomorrow), then tier and priority,
 * which needs both (see the package documentation for the formula). Immutable and thread-safe.
 *
 * <p>Need does not depend on the day: {@link #assessNeed} it once and pass it to
 * {@link #score(Lead, NeedAssessment, LocalDate)} to re-rank cheaply for another day or filter.
 */
public final class LeadScorer {
    static final double HOT_LOW = 70;
    static final double MIDDLE_LOW = 35;
    /** Non-HOT bands end half a point under the next band so rounded priorities never reach into it. */
    private static final double BAND_GAP = 0.5;

    private final ScoringSettings settings;
    private final NeedSource needSource;
    private final TimingScorer timingScorer;

    /** Scores with the hand rules' need. */
    public LeadScorer(ScoringSettings settings) {
        this(settings, new NeedScorer());
    }

    /** Scores with the need from {@code needSource} (a learned need, say); timing, tiers and priority as always. */
    public LeadScorer(ScoringSettings settings, NeedSource needSource) {
        this.settings = Objects.requireNonNull(settings, "settings");
        this.needSource = Objects.requireNonNull(needSource, "needSource");
        this.timingScorer = new TimingScorer(settings);
    }

    public ScoringSettings settings() {
        return settings;
    }

    /** Where the need comes from: the rules or a learned model. */
    public NeedSource needSource() {
        return needSource;
    }

    /** The need part, which does not depend on the as-of day. */
    public NeedAssessment assessNeed(Lead lead) {
        return needSource.assess(lead);
    }

    /** The timing part for {@code asOf}: the lead's buying date, or what its buying-time text said instead. */
    public TimingAssessment assessTiming(Lead lead, LocalDate asOf) {
        LocalDate date = lead.buyingDate();
        return date != null ? timingScorer.assess(date, asOf) : undatedTiming(lead);
    }

    /** The timing of a lead without a buying date ("just looking", unreadable text…): the same every day. */
    TimingAssessment undatedTiming(Lead lead) {
        return timingScorer.undated(lead.buyingStated());
    }

    /** The timing of a buying date seen from {@code asOf}, the same for every lead with that date. */
    TimingAssessment assessTiming(LocalDate buyingDate, LocalDate asOf) {
        return timingScorer.assess(buyingDate, asOf);
    }

    public LeadScore score(Lead lead, LocalDate asOf) {
        return score(lead, assessNeed(lead), asOf);
    }

    /** Scores with a need worked out before by {@link #assessNeed} for the same lead. */
    public LeadScore score(Lead lead, NeedAssessment need, LocalDate asOf) {
        return score(need, assessTiming(lead, asOf));
    }

    /** Combines a need and a timing worked out before (both may be shared between leads). */
    LeadScore score(NeedAssessment need, TimingAssessment timing) {
        double n = need.score();
        double t = timing.score();
        Tier tier = tier(n, t);
        return LeadScore.of(n, t, priority(n, t, tier), tier, timing.state(), need.reasons(), timing.reason());
    }

    /** The tier from the two scores as shown (rounded), against the hot thresholds. */
    public Tier tier(double need, double timing) {
        boolean hungry = Math.round(need) >= settings.hotNeed();
        boolean soon = Math.round(timing) >= settings.hotTiming();
        if (hungry && soon) {
            return Tier.HOT;
        }
        if (hungry) {
            return Tier.SCHEDULE;
        }
        return soon ? Tier.QUALIFY : Tier.NURTURE;
    }

    /** The priority of two scores: their weighted geometric mean placed in the band of their tier. */
    public double priority(double need, double timing) {
        return priority(need, timing, tier(need, timing));
    }

    private double priority(double need, double timing, Tier tier) {
        double w = settings.needWeight();
        double g = Math.pow(need / 100, w) * Math.pow(timing / 100, 1 - w);
        return switch (tier) {
            case HOT -> HOT_LOW + (100 - HOT_LOW) * g;
            case SCHEDULE, QUALIFY -> MIDDLE_LOW + (HOT_LOW - BAND_GAP - MIDDLE_LOW) * g;
            case NURTURE -> (MIDDLE_LOW - BAND_GAP) * g;
        };
    }
}
