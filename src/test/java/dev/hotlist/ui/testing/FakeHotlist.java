package dev.hotlist.ui.testing;

import dev.hotlist.domain.ActivitySummary;
import dev.hotlist.domain.CallLogEntry;
import dev.hotlist.domain.CallOutcome;
import dev.hotlist.domain.ClaimOutcome;
import dev.hotlist.domain.EditOutcome;
import dev.hotlist.domain.FilterChoices;
import dev.hotlist.domain.ImportBatch;
import dev.hotlist.domain.Lead;
import dev.hotlist.domain.LeadEdit;
import dev.hotlist.domain.LeadFilter;
import dev.hotlist.domain.LeadScore;
import dev.hotlist.domain.Progress;
import dev.hotlist.domain.RankedLead;
import dev.hotlist.domain.Reason;
import dev.hotlist.domain.SavedView;
import dev.hotlist.domain.ScoringSettings;
import dev.hotlist.domain.SheetOptions;
import dev.hotlist.domain.Stage;
import dev.hotlist.domain.UndoneAction;
import dev.hotlist.scoring.BuyingTimeParser;
import dev.hotlist.scoring.LeadScorer;
import dev.hotlist.scoring.Ranking;
import dev.hotlist.scoring.ReasonText;
import dev.hotlist.service.Hotlist;
import dev.hotlist.service.ImportPreview;
import dev.hotlist.service.ImportReport;
import dev.hotlist.service.InvalidEditException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import java.util.function.Function;

/**
 * {@link Hotlist} in memory, as AB3's ModelStub: the leads, calls, views, settings and preferences a screen works
 * with, ranked by the real scoring, so a view model is tested without SQLite. Files (import, export, backups) are
 * not its business and throw.
 */
public final class FakeHotlist implements Hotlist {
    private final Map<Long, Lead> leads = new LinkedHashMap<>();
    private final List<CallLogEntry> calls = new ArrayList<>();
    private final List<SavedView> views = new ArrayList<>();
    private final Map<String, String> prefs = new HashMap<>();
    private final Deque<Lead> undo = new ArrayDeque<>();
    private final Deque<UndoneAction.Kind> undoKinds = new ArrayDeque<>();
    private final Clock clock;
    private ScoringSettings settings = ScoringSettings.defaults();
    private long nextId = 100;
    private long revision;

    public FakeHotlist(List<Lead> initial) {
        this(initial, Clock.fixed(TypicalLeads.TODAY.atTime(9, 0).toInstant(ZoneOffset.UTC), ZoneOffset.UTC));
    }

    public FakeHotlist(List<Lead> initial, Clock clock) {
        this.clock = clock;
        initial.forEach(l -> leads.put(l.id(), l));
    }

    /** What another window, process or teammate would do: change a lead behind this one's back. */
    public void changeElsewhere(Lead lead) {
        leads.put(lead.id(), lead.toBuilder().version(leads.get(lead.id()).version() + 1).build());
        revision++;
    }

    /** Stores {@code lead} one version on (every change raises the version, as the database does). */
    private Lead put(Lead lead) {
        Lead stored = lead.toBuilder().version(leads.containsKey(lead.id()) ? leads.get(lead.id()).version() + 1 : 0)
                .build();
        leads.put(stored.id(), stored);
        return stored;
    }

    public List<CallLogEntry> calls() {
        return List.copyOf(calls);
    }

    @Override
    public String location() {
        return "fake.db";
    }

    @Override
    public boolean isTeamDatabase() {
        return false;
    }

    @Override
    public String user() {
        return "me";
    }

    /** Saved only when the stored lead is still at {@code edited}'s version, as the database checks it. */
    @Override
    public EditOutcome save(Lead edited) {
        Lead stored = leads.get(edited.id());
        if (stored == null || stored.version() != edited.version()) {
            return new EditOutcome.Conflict(edited, stored, "someone");
        }
        if (stored.stage() != edited.stage()) {
            remember(stored, UndoneAction.Kind.STAGE);
        } else if (!java.util.Objects.equals(stored.snoozedUntil(), edited.snoozedUntil())) {
            remember(stored, UndoneAction.Kind.SNOOZE);
        }
        return new EditOutcome.Saved(put(edited));
    }

    @Override
    public ClaimOutcome claim(long leadId) {
        Lead lead = leads.get(leadId);
        if (!lead.isUnassigned() && !lead.assignee().equals(user())) {
            return new ClaimOutcome.TakenBy(lead.assignee(), lead);
        }
        return new ClaimOutcome.Claimed(put(lead.toBuilder().assignee(user()).build()));
    }

    @Override
    public boolean release(long leadId) {
        Lead lead = leads.get(leadId);
        if (!lead.assignee().equals(user())) {
            return false;
        }
        put(lead.toBuilder().assignee("").build());
        return true;
    }

    @Override
    public AutoCloseable watch(java.util.function.Consumer<dev.hotlist.domain.DatabaseEvent> listener) {
        return () -> { };
    }

    @Override
    public long leadCount() {
        return leads.size();
    }

    @Override
    public long externalRevision() {
        return revision;
    }

    @Override
    public ImportReport importFile(Path file, SheetOptions options, LocalDate asOf, Progress progress, Locale l) {
        throw new UnsupportedOperationException("files are not the fake's business");
    }

    @Override
    public ImportPreview previewFile(Path file, SheetOptions options, LocalDate asOf, int rows) {
        throw new UnsupportedOperationException("files are not the fake's business");
    }

    @Override
    public ImportReport importSample(LocalDate asOf, Progress progress, Locale locale) {
        throw new UnsupportedOperationException("files are not the fake's business");
    }

    @Override
    public List<RankedLead> rank(LeadFilter filter, LocalDate asOf) {
        return Ranking.rank(leads.values(), new LeadScorer(settings), asOf, filter);
    }

    @Override
    public List<RankedLead> firstRows(LeadFilter filter, LocalDate asOf, int limit) {
        return Ranking.top(leads.values(), new LeadScorer(settings), asOf, filter, limit);
    }

    @Override
    public List<RankedLead> rankOnly(List<Long> ids, LocalDate asOf) {
        return Ranking.rank(ids.stream().filter(leads::containsKey).map(leads::get).toList(),
                new LeadScorer(settings), asOf, LeadFilter.all().withClosedAndSnoozed(true, true));
    }

    @Override
    public int export(Path out, LeadFilter filter, LocalDate asOf, Progress progress, Locale locale) {
        throw new UnsupportedOperationException("files are not the fake's business");
    }

    @Override
    public int export(Path out, LeadFilter filter, LocalDate asOf, String title, Progress progress, Locale locale) {
        throw new UnsupportedOperationException("files are not the fake's business");
    }

    @Override
    public String describe(Reason reason, Locale locale) {
        return ReasonText.describe(reason, locale);
    }

    @Override
    public List<String> reasons(LeadScore score, Locale locale) {
        return ReasonText.shown(score, locale);
    }

    @Override
    public String summarize(LeadScore score, Locale locale) {
        return ReasonText.summary(score, locale);
    }

    @Override
    public ScoringSettings settings() {
        return settings;
    }

    @Override
    public void saveSettings(ScoringSettings s) {
        settings = s;
    }

    @Override
    public ScoringSettings updateSettings(ScoringSettings from, ScoringSettings to) {
        settings = to;
        return to;
    }

    @Override
    public List<RankedLead> rescore(List<Lead> some, ScoringSettings trial, LocalDate asOf) {
        return Ranking.rank(some, new LeadScorer(trial), asOf, LeadFilter.all().withClosedAndSnoozed(true, true));
    }

    @Override
    public ScoringSettings resetSettings() {
        settings = ScoringSettings.defaults();
        return settings;
    }

    @Override
    public List<SavedView> views() {
        return views.stream().sorted(java.util.Comparator.comparing(SavedView::name)).toList();
    }

    @Override
    public SavedView saveView(String name, LeadFilter filter) {
        views.removeIf(v -> v.name().equals(name.strip()));
        SavedView v = new SavedView(nextId++, name, filter);
        views.add(v);
        return v;
    }

    @Override
    public void deleteView(long viewId) {
        views.removeIf(v -> v.id() == viewId);
    }

    @Override
    public void renameView(long viewId, String name) {
        replaceView(viewId, v -> new SavedView(v.id(), name, v.filter()));
    }

    @Override
    public void updateView(long viewId, LeadFilter filter) {
        replaceView(viewId, v -> new SavedView(v.id(), v.name(), filter));
    }

    private void replaceView(long id, Function<SavedView, SavedView> change) {
        views.replaceAll(v -> v.id() == id ? change.apply(v) : v);
    }

    @Override
    public Optional<String> preference(String key) {
        return Optional.ofNullable(prefs.get(key));
    }

    @Override
    public void savePreference(String key, String value) {
        prefs.put(key, value);
    }

    @Override
    public Optional<Lead> lead(long leadId) {
        return Optional.ofNullable(leads.get(leadId));
    }

    @Override
    public EditOutcome editLead(Lead shown, LeadEdit edit, LocalDate asOf) {
        return save(edited(shown, edit, asOf));
    }

    private static Lead edited(Lead lead, LeadEdit edit, LocalDate asOf) {
        Lead.Builder b = lead.toBuilder();
        switch (edit.field()) {
            case NAME -> b.name(edit.value());
            case MY_NOTES -> b.userNotes(edit.value());
            case REGION -> b.region(edit.value());
            case OWNER -> b.owner(edit.value());
            case BUYING_TIME -> {
                BuyingTimeParser.Result r = BuyingTimeParser.parse(edit.value(), asOf)
                        .orElseThrow(() -> new InvalidEditException("edit.buyingTime", edit.value()));
                b.buyingStated(edit.value()).buyingDate(r instanceof BuyingTimeParser.Result.OnDate on ? on.date()
                        : null);
            }
            default -> throw new UnsupportedOperationException("the fake edits name, notes, region, owner, buying");
        }
        return b.build();
    }

    @Override
    public Lead addLead(List<LeadEdit> fields, LocalDate asOf) {
        Lead lead = Lead.builder().id(nextId++).name("new").build();
        for (LeadEdit e : fields) {
            lead = edited(lead, e, asOf);
        }
        return put(lead);
    }

    @Override
    public FilterChoices filterChoices() {
        TreeSet<String> seg = new TreeSet<>();
        TreeSet<String> types = new TreeSet<>();
        TreeSet<String> regions = new TreeSet<>();
        TreeSet<String> sources = new TreeSet<>();
        TreeSet<String> owners = new TreeSet<>();
        for (Lead l : leads.values()) {
            seg.add(l.segment());
            types.add(l.customerType());
            regions.add(l.region());
            sources.add(l.source());
            owners.add(l.owner());
        }
        for (TreeSet<String> s : List.of(seg, types, regions, sources, owners)) {
            s.remove("");
        }
        return new FilterChoices(List.copyOf(seg), List.copyOf(types), List.copyOf(regions), List.copyOf(sources),
                List.copyOf(owners));
    }

    @Override
    public ActivitySummary activity(LocalDate asOf) {
        return new ActivitySummary(calls.size(), (int) calls.stream().filter(c -> c.outcome() == CallOutcome.WON)
                .count());
    }

    @Override
    public CallLogEntry logCall(long leadId, CallOutcome outcome, LocalDate callBackOn, String note) {
        Lead lead = leads.get(leadId);
        remember(lead, UndoneAction.Kind.CALL);
        Lead.Builder b = lead.toBuilder();
        outcome.stageAfter(lead.stage()).ifPresent(b::stage);
        if (outcome == CallOutcome.CALL_BACK) {
            b.nextActionDate(callBackOn).snoozedUntil(callBackOn);
        }
        put(b.build());
        CallLogEntry e = new CallLogEntry(nextId++, leadId, Instant.now(clock), outcome, callBackOn, note);
        calls.add(e);
        return e;
    }

    @Override
    public List<CallLogEntry> callLog(long leadId) {
        return calls.stream().filter(c -> c.leadId() == leadId).toList();
    }

    @Override
    public void setStage(long leadId, Stage stage) {
        remember(leads.get(leadId), UndoneAction.Kind.STAGE);
        put(leads.get(leadId).toBuilder().stage(stage).build());
    }

    @Override
    public void snooze(long leadId, LocalDate until) {
        remember(leads.get(leadId), UndoneAction.Kind.SNOOZE);
        put(leads.get(leadId).toBuilder().snoozedUntil(until).build());
    }

    private void remember(Lead before, UndoneAction.Kind kind) {
        undo.push(before);
        undoKinds.push(kind);
    }

    /** Learning is not faked: the pipeline's tests rank with the rules. */
    @Override
    public dev.hotlist.service.LearningState learn() {
        throw new UnsupportedOperationException("FakeHotlist ranks with the rules only");
    }

    @Override
    public Optional<dev.hotlist.service.LearningState> learning() {
        return Optional.empty();
    }

    @Override
    public void useRules() {
        // already the rules
    }

    @Override
    public Optional<UndoneAction> undoLastAction() {
        if (undo.isEmpty()) {
            return Optional.empty();
        }
        Lead before = undo.pop();
        UndoneAction.Kind kind = undoKinds.pop();
        put(before);
        if (kind == UndoneAction.Kind.CALL) {
            calls.remove(calls.size() - 1);
        }
        return Optional.of(new UndoneAction(kind, before.id(), before.displayName()));
    }

    @Override
    public List<ImportBatch> imports() {
        return List.of();
    }

    @Override
    public Optional<ImportBatch> undoLastImport() {
        return Optional.empty();
    }

    @Override
    public List<Path> backups() {
        return List.of();
    }

    @Override
    public void restoreBackup(Path backup) {
        throw new UnsupportedOperationException("files are not the fake's business");
    }

    @Override
    public void close() {
    }
}
