package dev.hotlist.scoring.learning;

import dev.hotlist.domain.Lead;
import dev.hotlist.domain.Outcome;
import dev.hotlist.domain.Stage;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Which leads are won, which lost, and when: the one place that decides what the need is learned from.
 *
 * <p>The salesperson's own word first: the stage WON or LOST, set by hand or by a logged won, lost or
 * not-interested call (which dates it). Else the sheet's: an outcome column of an imported sheet
 * ({@link Lead#outcome()}, Converted 1/0, Won/Lost, 是否成交…), dated by its close date when the sheet gives one.
 * A lead with neither is open. Undated outcomes are dated by their import.
 */
public final class Outcomes {
    private Outcomes() {
    }

    /** A lead whose outcome is known, with the day it is dated by (closed, or else imported); null when neither. */
    public record Labeled(Lead lead, boolean won, LocalDate day) {
    }

    /** The leads with an outcome and the open ones. */
    public record Split(List<Labeled> labeled, List<Lead> open) {
        public int won() {
            return (int) labeled.stream().filter(Labeled::won).count();
        }

        public int lost() {
            return labeled.size() - won();
        }
    }

    /** True for won, false for lost, empty when the outcome is not known (the lead is open). */
    public static Optional<Boolean> won(Lead lead) {
        if (lead.stage() == Stage.WON) {
            return Optional.of(true);
        }
        if (lead.stage() == Stage.LOST) {
            return Optional.of(false);
        }
        return lead.outcome() == null ? Optional.empty() : Optional.of(lead.outcome() == Outcome.WON);
    }

    /**
     * Splits {@code leads} by outcome; {@code closedAt} holds, by lead id, when a closing call was logged, which dates
     * the outcome; else the sheet's close date of its outcome column, else the lead's import.
     */
    public static Split split(Collection<Lead> leads, Map<Long, Instant> closedAt, ZoneId zone) {
        List<Labeled> labeled = new ArrayList<>();
        List<Lead> open = new ArrayList<>();
        for (Lead lead : leads) {
            Optional<Boolean> won = won(lead);
            if (won.isEmpty()) {
                open.add(lead);
                continue;
            }
            Instant at = closedAt.get(lead.id());
            LocalDate day = at != null ? LocalDate.ofInstant(at, zone)
                    : lead.stage().isClosed() || lead.closedOn() == null ? null : lead.closedOn();
            if (day == null && lead.createdAt() != null) {
                day = LocalDate.ofInstant(lead.createdAt(), zone);
            }
            labeled.add(new Labeled(lead, won.get(), day));
        }
        return new Split(List.copyOf(labeled), List.copyOf(open));
    }

    /**
     * A fingerprint of who is won and who lost: a fit is redone when it changes (after an import, a logged won or
     * lost, a stage set by hand, an undone import), and only then.
     */
    public static String signature(List<Labeled> labeled) {
        long h = 1125899906842597L;
        for (Labeled l : labeled) {
            h = 31 * h + l.lead().id();
            h = 31 * h + (l.won() ? 1 : 2);
        }
        return labeled.size() + ":" + Long.toHexString(h);
    }
}
