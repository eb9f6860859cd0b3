package dev.hotlist.domain;

import java.time.LocalDate;
import java.util.Set;

/**
 * What the pipeline shows: every criterion left empty (or at its widest range) lets all leads through.
 * Sets match any of their values; different criteria must all match.
 *
 * @param text            words to find in name, company, email, phone, notes (the sheet's and the user's) and
 *                        source (case-insensitive); a text of digits and phone punctuation ("555-01") also finds
 *                        phones by their digits ("555 0103"); empty for any
 * @param includeSnoozed  whether leads snoozed past the as-of day are shown
 * @param includeClosed   whether closed leads (stage WON or LOST, or an outcome from the sheet) are shown (also
 *                        shown when {@code stages} names their stage)
 * @param snoozedOnly     only leads snoozed past the as-of day
 * @param dueToday        only leads to call today: HOT, overdue, or with a call back due by the as-of day
 * @param assignees       team owners to show ({@code ""} is "unassigned"): "My leads" is the user's name alone
 */
public record LeadFilter(Set<Tier> tiers, Set<Stage> stages, Set<String> segments, Set<String> customerTypes,
                         Set<String> regions, Set<String> sources, Set<String> owners, Set<BuyingWindow> windows,
                         int needMin, int needMax, int timingMin, int timingMax, int priorityMin,
                         String text, boolean includeSnoozed, boolean includeClosed, boolean snoozedOnly,
                         boolean dueToday, Set<String> assignees) {

    /** A filter on anyone's leads, assigned or not. */
    public LeadFilter(Set<Tier> tiers, Set<Stage> stages, Set<String> segments, Set<String> customerTypes,
                      Set<String> regions, Set<String> sources, Set<String> owners, Set<BuyingWindow> windows,
                      int needMin, int needMax, int timingMin, int timingMax, int priorityMin,
                      String text, boolean includeSnoozed, boolean includeClosed, boolean snoozedOnly,
                      boolean dueToday) {
        this(tiers, stages, segments, customerTypes, regions, sources, owners, windows, needMin, needMax, timingMin,
                timingMax, priorityMin, text, includeSnoozed, includeClosed, snoozedOnly, dueToday, Set.of());
    }

    public LeadFilter {
        tiers = Set.copyOf(tiers);
        stages = Set.copyOf(stages);
        segments = Set.copyOf(segments);
        customerTypes = Set.copyOf(customerTypes);
        regions = Set.copyOf(regions);
        sources = Set.copyOf(sources);
        owners = Set.copyOf(owners);
        windows = Set.copyOf(windows);
        assignees = assignees == null ? Set.of() : Set.copyOf(assignees);
        text = text == null ? "" : text.strip();
    }

    /** Everything open: the default call list (snoozed and closed leads hidden). */
    public static LeadFilter all() {
        return new LeadFilter(Set.of(), Set.of(), Set.of(), Set.of(), Set.of(), Set.of(), Set.of(), Set.of(),
                0, 100, 0, 100, 0, "", false, false, false, false);
    }

    public Builder toBuilder() {
        return new Builder(this);
    }

    public LeadFilter withTiers(Set<Tier> t) {
        return toBuilder().tiers(t).build();
    }

    public LeadFilter withText(String t) {
        return toBuilder().text(t).build();
    }

    public LeadFilter withClosedAndSnoozed(boolean closed, boolean snoozed) {
        return toBuilder().includeClosed(closed).includeSnoozed(snoozed).build();
    }

    /** Only the leads of these team owners ({@code ""} for the unassigned); empty for everyone's. */
    public LeadFilter withAssignees(Set<String> a) {
        return toBuilder().assignees(a).build();
    }

    /** Whether a scored lead passes, seen from {@code asOf}. */
    public boolean test(Lead lead, LeadScore score, LocalDate asOf) {
        return test(lead, score, asOf, query(), null);
    }

    /**
     * {@link #test} for many leads: {@code query} is this filter's {@link #query()}, and {@code words} the lead's
     * searchable text when prepared beforehand (null: worked out here if the filter searches).
     */
    public boolean test(Lead lead, LeadScore score, LocalDate asOf, SearchableText.Query query,
                        SearchableText words) {
        return passesAllButTier(lead, score, asOf, query, words) && (tiers.isEmpty() || tiers.contains(score.tier()));
    }

    /** The search text prepared for testing many leads; null when the filter does not search. */
    public SearchableText.Query query() {
        return text.isEmpty() ? null : SearchableText.Query.of(text);
    }

    /**
     * Whether a scored lead passes every criterion but the tiers: the tier buttons count what each tier would
     * show under the rest of the filter.
     */
    public boolean passesAllButTier(Lead lead, LeadScore score, LocalDate asOf) {
        return passesAllButTier(lead, score, asOf, query(), null);
    }

    private boolean passesAllButTier(Lead lead, LeadScore score, LocalDate asOf, SearchableText.Query query,
                                     SearchableText words) {
        // a stated outcome closes a lead as a won or lost stage does; asking for that stage shows it
        if (!includeClosed && lead.isClosed() && !stages.contains(lead.stage())) {
            return false;
        }
        boolean snoozed = lead.isSnoozedOn(asOf);
        if (snoozedOnly ? !snoozed : !includeSnoozed && snoozed) {
            return false;
        }
        if (!stages.isEmpty() && !stages.contains(lead.stage())) {
            return false;
        }
        if (!matches(segments, lead.segment()) || !matches(customerTypes, lead.customerType())
                || !matches(regions, lead.region()) || !matches(sources, lead.source())
                || !matches(owners, lead.owner()) || !matches(assignees, lead.assignee())) {
            return false;
        }
        if (!windows.isEmpty() && !windows.contains(BuyingWindow.of(lead.buyingDate(), asOf))) {
            return false;
        }
        if (dueToday && !isDueOn(lead, score, asOf)) {
            return false;
        }
        int need = score.needPoints();
        int timing = score.timingPoints();
        if (need < needMin || need > needMax || timing < timingMin || timing > timingMax
                || score.priorityPoints() < priorityMin) {
            return false;
        }
        return query == null || (words != null ? words : SearchableText.of(lead)).matches(query);
    }

    /** HOT, overdue, or a call back agreed for the day (or missed before it). */
    public static boolean isDueOn(Lead lead, LeadScore score, LocalDate asOf) {
        return score.tier() == Tier.HOT || score.isOverdue()
                || lead.nextActionDate() != null && !lead.nextActionDate().isAfter(asOf);
    }

    /** True when no criterion narrows the list beyond hiding snoozed and closed leads. */
    public boolean isEverythingOpen() {
        return equals(all());
    }

    private static boolean matches(Set<String> wanted, String value) {
        return wanted.isEmpty() || wanted.contains(value);
    }


    /** Changes one criterion at a time. */
    public static final class Builder {
        private Set<Tier> tiers;
        private Set<Stage> stages;
        private Set<String> segments;
        private Set<String> customerTypes;
        private Set<String> regions;
        private Set<String> sources;
        private Set<String> owners;
        private Set<BuyingWindow> windows;
        private int needMin;
        private int needMax;
        private int timingMin;
        private int timingMax;
        private int priorityMin;
        private String text;
        private boolean includeSnoozed;
        private boolean includeClosed;
        private boolean snoozedOnly;
        private boolean dueToday;
        private Set<String> assignees;

        private Builder(LeadFilter f) {
            tiers = f.tiers;
            stages = f.stages;
            segments = f.segments;
            customerTypes = f.customerTypes;
            regions = f.regions;
            sources = f.sources;
            owners = f.owners;
            windows = f.windows;
            needMin = f.needMin;
            needMax = f.needMax;
            timingMin = f.timingMin;
            timingMax = f.timingMax;
            priorityMin = f.priorityMin;
            text = f.text;
            includeSnoozed = f.includeSnoozed;
            includeClosed = f.includeClosed;
            snoozedOnly = f.snoozedOnly;
            dueToday = f.dueToday;
            assignees = f.assignees;
        }

        public Builder tiers(Set<Tier> v) { tiers = v; return this; }
        public Builder stages(Set<Stage> v) { stages = v; return this; }
        public Builder segments(Set<String> v) { segments = v; return this; }
        public Builder customerTypes(Set<String> v) { customerTypes = v; return this; }
        public Builder regions(Set<String> v) { regions = v; return this; }
        public Builder sources(Set<String> v) { sources = v; return this; }
        public Builder owners(Set<String> v) { owners = v; return this; }
        public Builder windows(Set<BuyingWindow> v) { windows = v; return this; }
        public Builder need(int min, int max) { needMin = min; needMax = max; return this; }
        public Builder timing(int min, int max) { timingMin = min; timingMax = max; return this; }
        public Builder priorityMin(int v) { priorityMin = v; return this; }
        public Builder text(String v) { text = v; return this; }
        public Builder includeSnoozed(boolean v) { includeSnoozed = v; return this; }
        public Builder includeClosed(boolean v) { includeClosed = v; return this; }
        public Builder snoozedOnly(boolean v) { snoozedOnly = v; return this; }
        public Builder dueToday(boolean v) { dueToday = v; return this; }
        public Builder assignees(Set<String> v) { assignees = v; return this; }

        public LeadFilter build() {
            return new LeadFilter(tiers, stages, segments, customerTypes, regions, sources, owners, windows,
                    needMin, needMax, timingMin, timingMax, priorityMin, text, includeSnoozed, includeClosed,
                    snoozedOnly, dueToday, assignees);
        }
    }
}
