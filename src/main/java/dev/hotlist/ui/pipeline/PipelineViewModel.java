package dev.hotlist.ui.pipeline;

import dev.hotlist.domain.LeadFilter;
import dev.hotlist.domain.RankedLead;
import dev.hotlist.domain.SavedView;
import dev.hotlist.domain.Tier;
import dev.hotlist.service.Hotlist;
import dev.hotlist.ui.TaskRunner;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.ObservableSet;

/**
 * The pipeline's state, without a window: the filter the user set, the ranked leads it shows and the count per
 * tier. Ranking runs in the background; a result older than the latest request is dropped.
 */
public final class PipelineViewModel {
    /** Whose leads the list shows: everyone's, the user's own (team mode), or those nobody has claimed. */
    public enum Ownership { EVERYONE, MINE, UNASSIGNED }

    private final TaskRunner runner;
    private final ObjectProperty<Ownership> ownership = new SimpleObjectProperty<>(Ownership.EVERYONE);
    private Hotlist hotlist;
    private final ObjectProperty<LocalDate> asOf = new SimpleObjectProperty<>(LocalDate.now());
    private final StringProperty search = new SimpleStringProperty("");
    private final ObservableSet<Tier> tiers = FXCollections.observableSet();
    private final BooleanProperty includeSnoozed = new SimpleBooleanProperty(false);
    private final BooleanProperty includeClosed = new SimpleBooleanProperty(false);
    private final ObservableList<RankedLead> rows = FXCollections.observableArrayList();
    private final Map<Tier, IntegerProperty> tierCounts = new EnumMap<>(Tier.class);
    private final IntegerProperty totalLeads = new SimpleIntegerProperty(0);
    private final BooleanProperty loaded = new SimpleBooleanProperty(false);
    private Consumer<Throwable> onError = e -> { };
    /** Criteria the filter bar does not show (from a saved view): stages, regions, owners, score ranges… */
    private LeadFilter base = LeadFilter.all();
    private long requests;

    public PipelineViewModel(TaskRunner runner) {
        this.runner = runner;
        for (Tier t : Tier.values()) {
            tierCounts.put(t, new SimpleIntegerProperty(0));
        }
    }

    public void attach(Hotlist service) {
        this.hotlist = service;
        refresh();
    }

    public Hotlist hotlist() {
        return hotlist;
    }

    public void setOnError(Consumer<Throwable> handler) {
        this.onError = handler;
    }

    /** The filter as the user set it. */
    public LeadFilter filter() {
        LeadFilter f = base.withTiers(Set.copyOf(tiers)).withText(search.get())
                .withClosedAndSnoozed(includeClosed.get(), includeSnoozed.get());
        return switch (ownership.get()) {
            case MINE -> f.withAssignees(Set.of(hotlist == null ? "" : hotlist.user()));
            case UNASSIGNED -> f.withAssignees(Set.of(""));
            case EVERYONE -> f.withAssignees(Set.of());
        };
    }

    public ObjectProperty<Ownership> ownershipProperty() {
        return ownership;
    }

    /** Shows a saved view: its tiers, words and switches in the filter bar, its other criteria kept as they are. */
    public void apply(SavedView view) {
        LeadFilter f = view.filter();
        base = f;
        tiers.clear();
        tiers.addAll(f.tiers());
        search.set(f.text());
        includeSnoozed.set(f.includeSnoozed());
        includeClosed.set(f.includeClosed());
        ownership.set(f.assignees().equals(Set.of("")) ? Ownership.UNASSIGNED
                : hotlist != null && f.assignees().equals(Set.of(hotlist.user())) ? Ownership.MINE
                : Ownership.EVERYONE);
        refresh();
    }

    /** Re-ranks in the background with the current filter and as-of day. */
    public void refresh() {
        if (hotlist == null) {
            return;
        }
        long request = ++requests;
        Hotlist service = hotlist;
        LeadFilter withoutTiers = filter().withTiers(Set.of());
        Set<Tier> shownTiers = Set.copyOf(tiers);
        LocalDate day = asOf.get();
        runner.later(() -> new Result(service.rank(withoutTiers, day), service.leadCount()), result -> {
            if (request != requests) {
                return;
            }
            Map<Tier, Integer> counts = new EnumMap<>(Tier.class);
            for (RankedLead r : result.ranked) {
                counts.merge(r.score().tier(), 1, Integer::sum);
            }
            for (Tier t : Tier.values()) {
                tierCounts.get(t).set(counts.getOrDefault(t, 0));
            }
            List<RankedLead> shown = shownTiers.isEmpty() ? result.ranked
                    : result.ranked.stream().filter(r -> shownTiers.contains(r.score().tier())).toList();
            // Totals first: whoever watches the rows sees the window already showing the pipeline.
            totalLeads.set((int) result.total);
            loaded.set(true);
            rows.setAll(shown);
        }, onError);
    }

    private record Result(List<RankedLead> ranked, long total) {
    }

    public ObjectProperty<LocalDate> asOfProperty() {
        return asOf;
    }

    public StringProperty searchProperty() {
        return search;
    }

    public ObservableSet<Tier> tiers() {
        return tiers;
    }

    public BooleanProperty includeSnoozedProperty() {
        return includeSnoozed;
    }

    public BooleanProperty includeClosedProperty() {
        return includeClosed;
    }

    public ObservableList<RankedLead> rows() {
        return rows;
    }

    public IntegerProperty tierCount(Tier tier) {
        return tierCounts.get(tier);
    }

    public IntegerProperty totalLeadsProperty() {
        return totalLeads;
    }

    /** True once the first ranking has arrived. */
    public BooleanProperty loadedProperty() {
        return loaded;
    }
}
