package dev.hotlist.ui.pipeline;

import dev.hotlist.domain.ActivitySummary;
import dev.hotlist.domain.CallOutcome;
import dev.hotlist.domain.FilterChoices;
import dev.hotlist.domain.Lead;
import dev.hotlist.domain.LeadEdit;
import dev.hotlist.domain.LeadFilter;
import dev.hotlist.domain.RankedLead;
import dev.hotlist.domain.ScoringSettings;
import dev.hotlist.domain.Stage;
import dev.hotlist.domain.Tier;
import dev.hotlist.domain.UndoneAction;
import dev.hotlist.service.Hotlist;
import dev.hotlist.domain.EditOutcome;
import dev.hotlist.ui.ConflictViewModel;
import dev.hotlist.ui.TaskExecutor;
import dev.hotlist.ui.team.TeamEdits;
import java.util.ArrayDeque;
import java.util.HashMap;
import java.util.concurrent.Callable;
import java.util.function.Function;
import java.util.function.UnaryOperator;
import java.time.Clock;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.LongProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleLongProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The pipeline's state, without a window: the filter, the as-of day (following the clock unless pinned), the
 * ranked leads it shows, the counts per tier and stage, the selected lead, and working the list (log a call,
 * stage, snooze, undo, edit) so that after each outcome the selection moves on to the next lead. Ranking runs
 * through the {@link TaskExecutor}; a result older than the latest request is dropped.
 */
public final class PipelineViewModel {
    /**
     * What the window shows while the database opens and the first ranking is worked out: the rows it showed last
     * time ({@code FIRST_ROWS}, re-scored from the database in a moment) until the whole list is ranked.
     */
    public enum Loading { OPENING, RANKING, FIRST_ROWS, READY }

    /** The database preference holding the ids of the rows shown when the window closed, best first. */
    static final String FIRST_ROWS_KEY = Hotlist.FIRST_ROWS_PREFERENCE;
    static final int FIRST_ROWS = 40;

    /** Whose leads the list shows: everyone's, the user's own (team mode), or those nobody has claimed. */
    public enum Ownership { EVERYONE, MINE, UNASSIGNED }

    private final TaskExecutor executor;
    private final Clock clock;
    private Hotlist hotlist;
    private final ObjectProperty<LocalDate> asOf;
    private final BooleanProperty asOfPinned = new SimpleBooleanProperty(false);
    private final ObjectProperty<LeadFilter> filter = new SimpleObjectProperty<>(LeadFilter.all());
    private final ObjectProperty<Ownership> ownership = new SimpleObjectProperty<>(Ownership.EVERYONE);
    /** Asks which version of a lead to keep when an edit meets someone else's; by default theirs stays. */
    private Function<ConflictViewModel, Optional<ConflictViewModel.Choice>> resolveConflict =
            c -> Optional.of(ConflictViewModel.Choice.TAKE_THEIRS);
    /** Each lead as this model last saved it: an edit starts from the newest version, not the one still shown. */
    private final Map<Long, Lead> saved = new HashMap<>();
    /** Edits wait for the one before them, so two fields saved in a row never conflict with each other. */
    private final ArrayDeque<Runnable> edits = new ArrayDeque<>();
    private boolean editing;
    private final ObservableList<RankedLead> rows = FXCollections.observableArrayList();
    private final ObjectProperty<RankedLead> selected = new SimpleObjectProperty<>();
    private final Map<Tier, IntegerProperty> tierCounts = new EnumMap<>(Tier.class);
    private final Map<Stage, IntegerProperty> stageCounts = new EnumMap<>(Stage.class);
    private final LongProperty totalLeads = new SimpleLongProperty(-1);
    private final ObjectProperty<Loading> loading = new SimpleObjectProperty<>(Loading.OPENING);
    private final ObjectProperty<FilterChoices> choices = new SimpleObjectProperty<>(FilterChoices.none());
    private final ObjectProperty<ActivitySummary> activity = new SimpleObjectProperty<>(new ActivitySummary(0, 0));
    private final BooleanProperty canUndo = new SimpleBooleanProperty(false);
    private final ObjectProperty<ScoringSettings> settings = new SimpleObjectProperty<>(ScoringSettings.defaults());
    private Consumer<Throwable> onError = e -> { };
    private Consumer<String> onMessage = m -> { };
    private Words words = Words.KEYS;
    /** Read by the background work too: a request overtaken before it starts reads nothing. */
    private volatile long requests;
    /** First rows are shown (kept ones, or a view's head) until the whole ranking arrives; read by background work. */
    private volatile boolean firstShown;
    /** While the kept rows are read as the database opens, a ranking asked for waits (see {@link #attach}). */
    private boolean waitingForKept;
    private long seenRevision = Long.MIN_VALUE;
    /** The lead to select once the next ranking arrives (the one after a lead just worked), else -1. */
    private long selectNext = -1;
    private int selectNextIndex = -1;

    public PipelineViewModel(TaskExecutor executor, Clock clock) {
        this.executor = executor;
        this.clock = clock;
        this.asOf = new SimpleObjectProperty<>(LocalDate.now(clock));
        for (Tier t : Tier.values()) {
            tierCounts.put(t, new SimpleIntegerProperty(0));
        }
        for (Stage s : Stage.values()) {
            stageCounts.put(s, new SimpleIntegerProperty(0));
        }
        filter.addListener((obs, old, f) -> refresh());
        ownership.addListener((obs, old, o) -> refresh());
    }

    /** The sentences the model reports, in the window's language. */
    public interface Words {
        Words KEYS = (key, args) -> key;

        String t(String key, Object... args);
    }

    public void setWords(Words words) {
        this.words = words;
    }

    public void attach(Hotlist service) {
        this.hotlist = service;
        saved.clear();
        firstShown = false;
        loading.set(Loading.RANKING);
        executor.later(service::leadCount, n -> {
            if (totalLeads.get() < 0) {
                totalLeads.set(n);
            }
        }, onError);
        // A few leads read by id, kept in the database by the last import or the last window to close: they show
        // (those the view shows) while the whole list is read and ranked. Nothing else is read meanwhile (on two
        // cores the whole ranking would slow them down): the ranking asked for as the view is restored waits.
        LocalDate day = asOf.get();
        waitingForKept = true;
        executor.later(() -> service.preference(FIRST_ROWS_KEY).map(PipelineViewModel::ids)
                .filter(ids -> !ids.isEmpty()).map(ids -> service.rankOnly(ids, day)).orElse(List.of()), first -> {
                    LeadFilter shown = shownFilter();
                    if (hotlist == service && loading.get() == Loading.RANKING && day.equals(asOf.get())) {
                        showFirst(renumbered(first.stream().filter(r -> shown.test(r.lead(), r.score(), day))
                                .toList()), Set.of());
                    }
                    keptRead(service);
                }, e -> keptRead(service));
        refresh();
    }

    private void keptRead(Hotlist service) {
        if (hotlist == service) {
            waitingForKept = false;
            refresh();
        }
    }

    /**
     * Keeps the ids of the first rows shown, for the next start ({@link Loading#FIRST_ROWS}); on close. Not on a team
     * server, where the rows one person shows (their own, say) are not the next person's: there imports keep them.
     */
    public void rememberFirstRows() {
        if (hotlist == null || hotlist.isTeamDatabase() || loading.get() != Loading.READY) {
            return;
        }
        String ids = rows.stream().limit(FIRST_ROWS).map(r -> Long.toString(r.lead().id()))
                .collect(java.util.stream.Collectors.joining(","));
        try {
            hotlist.savePreference(FIRST_ROWS_KEY, ids);
        } catch (RuntimeException e) {
            // a convenience for the next start: never in the way of closing
        }
    }

    /** Ranks from 1 again, in the same order (a filtered list of last time's rows). */
    private static List<RankedLead> renumbered(List<RankedLead> ranked) {
        List<RankedLead> out = new java.util.ArrayList<>(ranked.size());
        for (RankedLead r : ranked) {
            out.add(new RankedLead(out.size() + 1, r.lead(), r.score()));
        }
        return out;
    }

    private static List<Long> ids(String text) {
        List<Long> ids = new java.util.ArrayList<>();
        for (String part : text.split(",")) {
            try {
                ids.add(Long.parseLong(part.strip()));
            } catch (NumberFormatException e) {
                // an empty list, or a value written by hand: skipped
            }
        }
        return ids;
    }

    public Hotlist hotlist() {
        return hotlist;
    }

    public void setOnError(Consumer<Throwable> handler) {
        this.onError = handler;
    }

    /** Where the model's one-line reports go (the status bar). */
    public void setOnMessage(Consumer<String> handler) {
        this.onMessage = handler;
    }

    public ObjectProperty<LeadFilter> filterProperty() {
        return filter;
    }

    public LeadFilter filter() {
        return filter.get();
    }

    public void setFilter(LeadFilter f) {
        filter.set(f);
    }

    /** Everyone's leads, the user's own or the unassigned (team mode): beside the filter, not part of a view. */
    public ObjectProperty<Ownership> ownershipProperty() {
        return ownership;
    }

    /** The filter with whose leads applied: what the list and an export show. */
    public LeadFilter shownFilter() {
        LeadFilter f = filter.get();
        return switch (ownership.get()) {
            case MINE -> f.withAssignees(Set.of(hotlist == null ? "" : hotlist.user()));
            case UNASSIGNED -> f.withAssignees(Set.of(""));
            case EVERYONE -> f;
        };
    }

    public void setConflictResolver(Function<ConflictViewModel, Optional<ConflictViewModel.Choice>> resolver) {
        this.resolveConflict = resolver;
    }

    /**
     * Called by the window's ticker: a new day re-scores the list (unless the day is pinned), and a commit by
     * another window or process shows up.
     */
    public void tick() {
        if (hotlist == null) {
            return;
        }
        LocalDate today = LocalDate.now(clock);
        if (!asOfPinned.get() && !today.equals(asOf.get())) {
            asOf.set(today);
            refresh();
            return;
        }
        Hotlist service = hotlist;
        executor.later(service::externalRevision, revision -> {
            if (revision != seenRevision) {
                refresh();
            }
        }, e -> { });
    }

    /** Scores the list for {@code day}; a day other than today stays pinned until it is set back to today. */
    public void showDay(LocalDate day) {
        asOfPinned.set(!day.equals(LocalDate.now(clock)));
        if (!day.equals(asOf.get())) {
            asOf.set(day);
            refresh();
        }
    }

    /** Re-ranks in the background with the current filter and as-of day. */
    public void refresh() {
        if (hotlist == null || waitingForKept) {
            return;
        }
        long request = ++requests;
        Hotlist service = hotlist;
        LeadFilter f = shownFilter();
        LeadFilter withoutTiers = f.withTiers(Set.of());
        LocalDate day = asOf.get();
        Runnable whole = () -> executor.later(() -> {
            if (request != requests) {
                return null; // overtaken before it started: the newer request ranks
            }
            long revision = service.externalRevision();
            List<RankedLead> ranked = service.rank(withoutTiers, day);
            return new Result(ranked, service.leadCount(), revision, service.filterChoices(), service.activity(day),
                    service.settings());
        }, result -> {
            if (result != null && request == requests) {
                show(result, f.tiers());
            }
        }, onError);
        if (loading.get() == Loading.READY) {
            whole.run();
            return;
        }
        // Nothing ranked yet: unless rows kept in the database show already, this filter's first rows come first
        // (a narrow read), then the whole list, which takes seconds with 100,000 leads. A request overtaken by a
        // newer one (the view restored as the window opens) reads nothing: the newer one does the same.
        executor.later(() -> request == requests && !firstShown ? service.firstRows(withoutTiers, day, FIRST_ROWS)
                : List.<RankedLead>of(), first -> {
                    if (request == requests) {
                        showFirst(first, f.tiers());
                        whole.run();
                    }
                }, e -> {
                    if (request == requests) {
                        whole.run();
                    }
                });
    }

    /**
     * The first rows before the whole list (its head, or last time's rows): shown with the loading state kept; a
     * selection made meanwhile stays on its lead.
     */
    private void showFirst(List<RankedLead> first, Set<Tier> shownTiers) {
        List<RankedLead> shown = shownTiers.isEmpty() ? first
                : first.stream().filter(r -> shownTiers.contains(r.score().tier())).toList();
        if (loading.get() == Loading.READY || shown.isEmpty()) {
            return;
        }
        long keep = selected.get() == null ? -1 : selected.get().lead().id();
        rows.setAll(shown);
        firstShown = true;
        loading.set(Loading.FIRST_ROWS);
        if (!select(selectNext) && !select(keep)) {
            selected.set(null);
        }
    }

    private record Result(List<RankedLead> ranked, long total, long revision, FilterChoices choices,
                          ActivitySummary activity, ScoringSettings settings) {
    }

    private void show(Result result, Set<Tier> shownTiers) {
        seenRevision = result.revision;
        Map<Tier, Integer> tiers = new EnumMap<>(Tier.class);
        Map<Stage, Integer> stages = new EnumMap<>(Stage.class);
        for (RankedLead r : result.ranked) {
            tiers.merge(r.score().tier(), 1, Integer::sum);
        }
        List<RankedLead> shown = shownTiers.isEmpty() ? result.ranked
                : result.ranked.stream().filter(r -> shownTiers.contains(r.score().tier())).toList();
        for (RankedLead r : shown) {
            stages.merge(r.lead().stage(), 1, Integer::sum);
        }
        for (Tier t : Tier.values()) {
            tierCounts.get(t).set(tiers.getOrDefault(t, 0));
        }
        for (Stage s : Stage.values()) {
            stageCounts.get(s).set(stages.getOrDefault(s, 0));
        }
        choices.set(result.choices);
        settings.set(result.settings);
        activity.set(result.activity);
        canUndo.set(hotlist != null);
        // Totals first: whoever watches the rows sees the window already showing the pipeline.
        totalLeads.set(result.total);
        long keep = selectNext >= 0 ? selectNext : selected.get() == null ? -1 : selected.get().lead().id();
        int keepIndex = selectNextIndex;
        selectNext = -1;
        selectNextIndex = -1;
        rows.setAll(shown);
        firstShown = false;
        loading.set(Loading.READY);
        reselect(keep, keepIndex);
    }

    /** The same lead again if it is still shown; else the one now at its place; else nothing. */
    private void reselect(long id, int index) {
        if (id >= 0) {
            for (RankedLead r : rows) {
                if (r.lead().id() == id) {
                    selected.set(r);
                    return;
                }
            }
        }
        selected.set(index >= 0 && !rows.isEmpty() ? rows.get(Math.min(index, rows.size() - 1)) : null);
    }

    /** Selects the lead with {@code id} when the next ranking shows it (a selection kept across a rebuild). */
    public void selectWhenShown(long id) {
        selectNext = id;
        if (!select(id)) {
            refresh();
        }
    }

    /** Selects the lead with {@code id} if it is shown (a chart dot, a restored selection). */
    public boolean select(long id) {
        for (RankedLead r : rows) {
            if (r.lead().id() == id) {
                selected.set(r);
                return true;
            }
        }
        return false;
    }

    /** After work on the selected lead, the lead below it is selected next (or the one that takes its place). */
    private void moveOnAfterWork() {
        RankedLead current = selected.get();
        int at = current == null ? -1 : rows.indexOf(current);
        selectNext = at >= 0 && at + 1 < rows.size() ? rows.get(at + 1).lead().id() : -1;
        selectNextIndex = at;
    }

    /**
     * Logs a call for the selected lead and moves on to the next one. A call back needs {@code callBackOn}.
     */
    public void log(CallOutcome outcome, LocalDate callBackOn, String note) {
        RankedLead current = selected.get();
        if (current == null || hotlist == null) {
            return;
        }
        Lead lead = current.lead();
        Hotlist service = hotlist;
        moveOnAfterWork();
        executor.later(() -> service.logCall(lead.id(), outcome, callBackOn, note), entry -> {
            onMessage.accept(words.t("status.called", lead.displayName(), words.t("outcome." + outcome.name())));
            refresh();
        }, this::failed);
    }

    /** Sets the selected lead's stage (the list moves on), against the version shown: see {@link #edit}. */
    public void setStage(Stage stage) {
        work(lead -> lead.toBuilder().stage(stage).build(),
                lead -> words.t("status.staged", lead.displayName(), words.t("stage." + stage.name())), true);
    }

    /** Snoozes the selected lead until {@code until} (the list moves on); null wakes it. */
    public void snooze(LocalDate until) {
        work(lead -> lead.toBuilder().snoozedUntil(until).build(), lead -> until == null
                ? words.t("status.unsnoozed", lead.displayName())
                : words.t("status.snoozed", lead.displayName(), until), until != null);
    }

    private void work(UnaryOperator<Lead> change, Function<Lead, String> said, boolean moveOn) {
        RankedLead current = selected.get();
        if (current == null || hotlist == null) {
            return;
        }
        Hotlist service = hotlist;
        if (moveOn) {
            moveOnAfterWork();
        }
        queueEdit(current.lead(), base -> () -> service.save(change.apply(base)), stored -> {
            onMessage.accept(said.apply(stored));
            refresh();
        }, this::failed);
    }

    /** Takes back the newest call, stage or snooze, and selects the lead it was done to. */
    public void undo() {
        if (hotlist == null) {
            return;
        }
        Hotlist service = hotlist;
        executor.later(service::undoLastAction, undone -> {
            onMessage.accept(undone.map(this::undoneText).orElse(words.t("status.nothingToUndoWork")));
            undone.ifPresent(u -> selectNext = u.leadId());
            refresh();
        }, this::failed);
    }

    private String undoneText(UndoneAction u) {
        return words.t("status.undoneWork", words.t("undo." + u.kind().name()), u.lead());
    }

    /**
     * Saves one field of the selected lead as typed; {@code onRefused} gets the sentence when the service refuses
     * it. The list is re-ranked and the lead stays selected where it moved. The edit is checked against the version
     * shown (the team's path, {@link Hotlist#editLead}): when someone saved the lead meanwhile, the conflict
     * resolver decides which version stays.
     */
    public void edit(LeadEdit edit, Runnable onSaved, Consumer<Throwable> onRefused) {
        RankedLead current = selected.get();
        if (current == null || hotlist == null) {
            return;
        }
        long id = current.lead().id();
        Hotlist service = hotlist;
        LocalDate day = asOf.get();
        queueEdit(current.lead(), base -> () -> service.editLead(base, edit, day), stored -> {
            onSaved.run();
            onMessage.accept(words.t("status.saved", stored.displayName()));
            // the lead where it moved; if the edit took it out of the view, the one now at its place
            selectNextIndex = rows.indexOf(selected.get());
            selectNext = id;
            refresh();
        }, onRefused);
    }

    /**
     * Runs a version-checked save of {@code shown} after the edits before it, from the newest version this model
     * saved of it; a conflict goes to the resolver ({@link TeamEdits}).
     */
    private void queueEdit(Lead shown, Function<Lead, Callable<EditOutcome>> attempt, Consumer<Lead> done,
                           Consumer<Throwable> failed) {
        Hotlist service = hotlist;
        edits.add(() -> {
            Lead known = saved.get(shown.id());
            Lead base = known != null && known.version() > shown.version() ? known : shown;
            new TeamEdits(executor, resolveConflict).attempt(service, attempt.apply(base), stored -> {
                saved.put(stored.id(), stored);
                nextEdit();
                done.accept(stored);
            }, e -> {
                nextEdit();
                failed.accept(e);
            });
        });
        if (!editing) {
            nextEdit();
        }
    }

    private void nextEdit() {
        Runnable next = edits.poll();
        editing = next != null;
        if (next != null) {
            next.run();
        }
    }

    /** Adds a lead typed by hand and selects it once shown. */
    public void add(List<LeadEdit> fields, Consumer<Lead> onAdded, Consumer<Throwable> onRefused) {
        if (hotlist == null) {
            return;
        }
        Hotlist service = hotlist;
        LocalDate day = asOf.get();
        executor.later(() -> service.addLead(fields, day), lead -> {
            selectNext = lead.id();
            onAdded.accept(lead);
            refresh();
        }, onRefused);
    }

    private void failed(Throwable e) {
        selectNext = -1;
        selectNextIndex = -1;
        onError.accept(e);
        refresh();
    }

    /** The selected lead's place in the shown list, if any. */
    public Optional<Integer> selectedIndex() {
        RankedLead r = selected.get();
        int i = r == null ? -1 : rows.indexOf(r);
        return i < 0 ? Optional.empty() : Optional.of(i);
    }

    public ObjectProperty<LocalDate> asOfProperty() {
        return asOf;
    }

    public BooleanProperty asOfPinnedProperty() {
        return asOfPinned;
    }

    public ObservableList<RankedLead> rows() {
        return rows;
    }

    public ObjectProperty<RankedLead> selectedProperty() {
        return selected;
    }

    public IntegerProperty tierCount(Tier tier) {
        return tierCounts.get(tier);
    }

    public IntegerProperty stageCount(Stage stage) {
        return stageCounts.get(stage);
    }

    /** Leads in the database; -1 until known. */
    public LongProperty totalLeadsProperty() {
        return totalLeads;
    }

    public ObjectProperty<Loading> loadingProperty() {
        return loading;
    }

    public ObjectProperty<FilterChoices> choicesProperty() {
        return choices;
    }

    public ObjectProperty<ActivitySummary> activityProperty() {
        return activity;
    }

    /** The scoring settings the list was last ranked with. */
    public ObjectProperty<ScoringSettings> settingsProperty() {
        return settings;
    }

    public BooleanProperty canUndoProperty() {
        return canUndo;
    }
}
