/**
 * The scoring engine: the hungry buyer × fishing tomorrow.
 *
 * <ul>
 *   <li>{@link dev.hotlist.scoring.BuyingTimeParser} reads a buying-time cell ("next month", 下周三, Q1 2027,
 *       3-6 months, 年后, 2026-12-01, 随便看看) into a date, "just looking" or "no date"; the importer stores the
 *       date with the lead. A lead whose text could not be read says so in its timing reason; so does junk that
 *       looks like time but lies out of bounds (a count of five digits, 60 years ahead, Q5, week 54), which is
 *       never allowed to read as "buys today".</li>
 *   <li>{@link dev.hotlist.scoring.NeedScorer} turns the stated need, notes, budget and source into a need score
 *       0–100 ({@link dev.hotlist.scoring.NeedAssessment}); {@link dev.hotlist.scoring.NeedScale} reads bare
 *       numbers on their column's scale. Need does not depend on the date.</li>
 *   <li>{@link dev.hotlist.scoring.TimingScorer} scores the buying date against an as-of day on a smooth curve
 *       ({@link dev.hotlist.scoring.TimingAssessment}): days ahead ≈ 100, months medium, a year low; a few days
 *       past is overdue (call now), months past is stale; no date is the lowest of all.</li>
 *   <li>{@link dev.hotlist.scoring.LeadScorer} combines them into a {@link dev.hotlist.domain.LeadScore}.
 *       Tier: need ≥ hotNeed and timing ≥ hotTiming is HOT, need only SCHEDULE, timing only QUALIFY, else
 *       NURTURE (on the rounded scores the user sees). Priority needs both: with
 *       {@code g = (need/100)^w · (timing/100)^(1−w)}, {@code w} the need weight, HOT maps {@code g} into
 *       [70, 100], SCHEDULE and QUALIFY into [35, 69.5), NURTURE into [0, 34.5) (each {@code lo + (hi−lo)·g}).
 *       So a HOT lead always ranks above any other, SCHEDULE and QUALIFY above NURTURE, and priority never
 *       falls when need or timing rises.</li>
 *   <li>{@link dev.hotlist.scoring.Ranking} scores (in parallel for large lists), filters and sorts: priority,
 *       then need, timing, id. {@link dev.hotlist.scoring.Ranking#prepare} keeps the needs for re-ranking.</li>
 *   <li>Every score carries {@link dev.hotlist.domain.Reason}s keyed by {@link dev.hotlist.scoring.ReasonKeys};
 *       {@link dev.hotlist.scoring.ReasonText} says them in English or Chinese from the {@code reasons}
 *       bundles. Need reasons add up exactly to the need score less 50; the timing reason is the timing score
 *       less 50.</li>
 * </ul>
 */
package dev.hotlist.scoring;
