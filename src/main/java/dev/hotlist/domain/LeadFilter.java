package dev.hotlist.domain;

import java.time.LocalDate;
import java.util.Locale;
import java.util.Set;

/**
 * What the pipeline shows: every criterion left empty (or at its widest range) lets all leads through.
 * Sets match any of their values; different criteria must all match.
 *
 * @param text            words to find in name, company, email, phone, notes (case-insensitive); empty for any
 * @param includeSnoozed  whether leads snoozed past the as-of day are shown
 * @param includeClosed   whether closed leads (stage WON or LOST, or an outcome from the sheet) are shown
 * @param assignees       team owners to show ({@code ""} is "unassigned"): "My leads" is the user's name alone
 */
public record LeadFilter(Set<Tier> tiers, Set<Stage> stages, Set<String> segments, Set<String> regions,
                         Set<String> sources, Set<String> owners, Set<BuyingWindow> windows,
                         int needMin, int needMax, int timingMin, int timingMax, int priorityMin,
                         String text, boolean includeSnoozed, boolean includeClosed, Set<String> assignees) {

    /** A filter on anyone's leads, assigned or not. */
    public LeadFilter(Set<Tier> tiers, Set<Stage> stages, Set<String> segments, Set<String> regions,
                      Set<String> sources, Set<String> owners, Set<BuyingWindow> windows,
                      int needMin, int needMax, int timingMin, int timingMax, int priorityMin,
                      String text, boolean includeSnoozed, boolean includeClosed) {
        this(tiers, stages, segments, regions, sources, owners, windows, needMin, needMax, timingMin, timingMax,
                priorityMin, text, includeSnoozed, includeClosed, Set.of());
    }

    public LeadFilter {
        tiers = Set.copyOf(tiers);
        stages = Set.copyOf(stages);
        segments = Set.copyOf(segments);
        regions = Set.copyOf(regions);
        sources = Set.copyOf(sources);
        owners = Set.copyOf(owners);
        windows = Set.copyOf(windows);
        assignees = assignees == null ? Set.of() : Set.copyOf(assignees);
        text = text == null ? "" : text.strip();
    }

    /** Everything open: the default call list (snoozed and closed leads hidden). */
    public static LeadFilter all() {
        return new LeadFilter(Set.of(), Set.of(), Set.of(), Set.of(), Set.of(), Set.of(), Set.of(),
                0, 100, 0, 100, 0, "", false, false);
    }

    public LeadFilter withTiers(Set<Tier> t) {
        return new LeadFilter(t, stages, segments, regions, sources, owners, windows, needMin, needMax,
                timingMin, timingMax, priorityMin, text, includeSnoozed, includeClosed, assignees);
    }

    public LeadFilter withText(String t) {
        return new LeadFilter(tiers, stages, segments, regions, sources, owners, windows, needMin, needMax,
                timingMin, timingMax, priorityMin, t, includeSnoozed, includeClosed, assignees);
    }

    public LeadFilter withClosedAndSnoozed(boolean closed, boolean snoozed) {
        return new LeadFilter(tiers, stages, segments, regions, sources, owners, windows, needMin, needMax,
                timingMin, timingMax, priorityMin, text, snoozed, closed, assignees);
    }

    /** Only the leads of these team owners ({@code ""} for the unassigned); empty for everyone's. */
    public LeadFilter withAssignees(Set<String> a) {
        return new LeadFilter(tiers, stages, segments, regions, sources, owners, windows, needMin, needMax,
                timingMin, timingMax, priorityMin, text, includeSnoozed, includeClosed, a);
    }

    /** Whether a scored lead passes, seen from {@code asOf}. */
    public boolean test(Lead lead, LeadScore score, LocalDate asOf) {
        // a stated outcome closes a lead as a won or lost stage does; asking for that stage shows it
        if (!includeClosed && lead.isClosed() && !stages.contains(lead.stage())) {
            return false;
        }
        if (!includeSnoozed && lead.isSnoozedOn(asOf)) {
            return false;
        }
        if (!tiers.isEmpty() && !tiers.contains(score.tier())) {
            return false;
        }
        if (!stages.isEmpty() && !stages.contains(lead.stage())) {
            return false;
        }
        if (!matches(segments, lead.segment()) || !matches(regions, lead.region())
                || !matches(sources, lead.source()) || !matches(owners, lead.owner())
                || !matches(assignees, lead.assignee())) {
            return false;
        }
        if (!windows.isEmpty() && !windows.contains(BuyingWindow.of(lead.buyingDate(), asOf))) {
            return false;
        }
        int need = score.needPoints();
        int timing = score.timingPoints();
        if (need < needMin || need > needMax || timing < timingMin || timing > timingMax
                || score.priorityPoints() < priorityMin) {
            return false;
        }
        return text.isEmpty() || containsText(lead);
    }

    private static boolean matches(Set<String> wanted, String value) {
        return wanted.isEmpty() || wanted.contains(value);
    }

    private boolean containsText(Lead lead) {
        String needle = text.toLowerCase(Locale.ROOT);
        for (String hay : new String[] {lead.name(), lead.company(), lead.email(), lead.phone(), lead.notes(),
                lead.userNotes(), lead.segment(), lead.region(), lead.owner()}) {
            if (hay.toLowerCase(Locale.ROOT).contains(needle)) {
                return true;
            }
        }
        return false;
    }
}
