package dev.hotlist.service;

import dev.hotlist.domain.ActivitySummary;
import dev.hotlist.domain.CallLogEntry;
import dev.hotlist.domain.CallOutcome;
import dev.hotlist.domain.FilterChoices;
import dev.hotlist.domain.ImportBatch;
import dev.hotlist.domain.Lead;
import dev.hotlist.domain.LeadEdit;
import dev.hotlist.domain.LeadFilter;
import dev.hotlist.domain.LeadKeys;
import dev.hotlist.domain.LeadScore;
import dev.hotlist.domain.Progress;
import dev.hotlist.domain.RankedLead;
import dev.hotlist.domain.Reason;
import dev.hotlist.domain.SavedView;
import dev.hotlist.domain.ScoringSettings;
import dev.hotlist.domain.Stage;
import dev.hotlist.domain.UndoneAction;
import dev.hotlist.scoring.LeadScorer;
import dev.hotlist.scoring.NeedScale;
import dev.hotlist.scoring.NeedScorer;
import dev.hotlist.scoring.NeedSource;
import dev.hotlist.scoring.Ranking;
import dev.hotlist.scoring.ReasonText;
import dev.hotlist.scoring.learning.LearningReport;
import dev.hotlist.sheets.LeadField;
import dev.hotlist.sheets.LeadSheet;
import dev.hotlist.sheets.LeadSheets;
import dev.hotlist.sheets.LeadWorkbook;
import dev.hotlist.sheets.ParsedRow;
import dev.hotlist.sheets.SheetOptions;
import dev.hotlist.sheets.SheetSummary;
import dev.hotlist.sheets.UnusableFileException;
import dev.hotlist.sheets.export.ExportException;
import dev.hotlist.sheets.export.ExportRequest;
import dev.hotlist.sheets.export.Exporters;
import dev.hotlist.sheets.export.LastCall;
import dev.hotlist.store.Backups;
import dev.hotlist.store.CallLog;
import dev.hotlist.store.ColumnMappings;
import dev.hotlist.store.Database;
import dev.hotlist.store.ImportBatches;
import dev.hotlist.store.LeadStore;
import dev.hotlist.store.LeadWriter;
import dev.hotlist.store.SavedViews;
import dev.hotlist.store.Settings;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * {@link Hotlist} on one local SQLite file. Leads are read once and kept in memory for ranking; the copy is
 * refreshed after this object writes and whenever another window or process has committed (SQLite's
 * {@code data_version}), so re-ranking and filtering cost no database round trip.
 */
public final class LocalHotlist implements Hotlist {
    static final String SAMPLE_RESOURCE = "/dev/hotlist/sample/sample-leads.xlsx";

    private volatile Database db;
    private final Clock clock;
    private final Object cacheLock = new Object();
    private final Object prepareLock = new Object();
    private Ranking cachedRanking;
    private long cachedVersion = Long.MIN_VALUE;
    /** Bumped by every write of ours, so a ranking read before it is never cached after it. */
    private long generation;
    private ScoringSettings settings;
    private LeadScorer scorer;
    /** The {@code data_version} the settings were read at: another process's commit may have changed them. */
    private long settingsVersion;
    private final WorkUndo undo = new WorkUndo();
    private final NeedLearning learning;

    private LocalHotlist(Database db, Clock clock) {
        this.db = db;
        this.clock = clock;
        this.settingsVersion = db.dataVersion();
        this.settings = db.read(Settings::scoring);
        this.learning = new NeedLearning(clock, new NeedScorer());
        this.scorer = new LeadScorer(settings, learning.rules());
    }

    /** Opens (creating and migrating as needed) the database at {@code file}. */
    public static LocalHotlist open(Path file) {
        return open(file, Clock.systemDefaultZone());
    }

    public static LocalHotlist open(Path file, Clock clock) {
        return new LocalHotlist(Database.open(file), clock);
    }

    /** Deletes the (closed) database at {@code file} with its WAL files: one an import was refused into, say. */
    public static void deleteDatabase(Path file) throws IOException {
        Database.delete(file.toAbsolutePath());
    }

    /** The backups of the database at {@code file}, newest first, readable even when it does not open. */
    public static List<Path> backupsOf(Path file) {
        return Backups.of(file.toAbsolutePath()).list();
    }

    /** Puts {@code backup} in place of the database at {@code file}, which must not be open here. */
    public static void restoreInto(Path file, Path backup) {
        Backups.of(file.toAbsolutePath()).restore(backup);
    }

    @Override
    public Path databasePath() {
        return db.file();
    }

    /** A count query: cheap even for a million leads, and it needs no ranking. */
    @Override
    public long leadCount() {
        return db.read(LeadStore::count);
    }

    @Override
    public long externalRevision() {
        return db.dataVersion();
    }

    /** Today, by this object's clock. */
    public LocalDate today() {
        return LocalDate.now(clock);
    }

    @Override
    public ImportReport importFile(Path file, SheetOptions options, LocalDate asOf, Progress progress, Locale locale)
            throws UnusableFileException {
        refuseOpenDatabase(file);
        try (LeadWorkbook workbook = LeadWorkbook.open(file);
             LeadSheet sheet = workbook.sheet(withRememberedMapping(workbook, options))) {
            if (!options.mappingOverrides().isEmpty()) {
                rememberMapping(sheet, options.mappingOverrides());
            }
            return importSheet(sheet, workbook.fileName(), asOf, progress, locale);
        }
    }

    @Override
    public ImportPreview previewFile(Path file, SheetOptions options, LocalDate asOf, int rows)
            throws UnusableFileException {
        refuseOpenDatabase(file);
        try (LeadWorkbook workbook = LeadWorkbook.open(file);
             LeadSheet sheet = workbook.sheet(withRememberedMapping(workbook, options))) {
            List<String> headers = sheet.mapping().headers();
            List<LeadField> fields = new ArrayList<>(headers.size());
            for (int c = 0; c < headers.size(); c++) {
                fields.add(sheet.mapping().fieldOf(c));
            }
            List<ParsedRow> sample = sheet.preview(asOf, PREVIEW_SAMPLE);
            int leadRows = (int) sample.stream().filter(r -> r instanceof ParsedRow.LeadRow).count();
            int leads = leadsOf(sheet, sample, asOf);
            return new ImportPreview(sheet.sheetNames(), sheet.sheetName(), sheet.headerRowNumber(), headers, fields,
                    sample.subList(0, Math.min(Math.max(rows, 0), sample.size())), sheet.mapping().rejected(),
                    leadRows, leads);
        }
    }

    /** Rows a preview merges (in a scratch database, by the import's own rules) to see whether the sheet collapses. */
    static final int PREVIEW_SAMPLE = 300;

    /** How many leads {@code rows} make among themselves, merged as an import would. */
    private int leadsOf(LeadSheet sheet, List<ParsedRow> rows, LocalDate asOf) {
        try (Database scratch = Database.scratchCopyOf(null)) {
            return scratch.write(c -> {
                long batch = ImportBatches.start(c, "preview", sheet.sheetName(), clock.instant(), asOf);
                ImportRun.ofRows(c, batch, clock.instant(), sheet, rows, Locale.ROOT);
                return (int) LeadStore.count(c);
            });
        }
    }

    /**
     * What importing {@code file} into the database at {@code database} would do, without writing anything: not
     * to the database, not a new file (the database is read into memory, or taken as empty when there is none).
     */
    public static DryRun dryRun(Path database, Path file, SheetOptions options, LocalDate asOf, Locale locale)
            throws UnusableFileException {
        try (LocalHotlist scratch = new LocalHotlist(Database.scratchCopyOf(database), Clock.systemDefaultZone())) {
            return scratch.dryRunHere(file, options, asOf, locale);
        }
    }

    private DryRun dryRunHere(Path file, SheetOptions options, LocalDate asOf, Locale locale)
            throws UnusableFileException {
        try (LeadWorkbook workbook = LeadWorkbook.open(file);
             LeadSheet sheet = workbook.sheet(withRememberedMapping(workbook, options))) {
            List<ParsedRow> first = sheet.preview(asOf, DryRun.FIRST_ROWS);
            Instant now = clock.instant();
            try {
                return db.writeOnce(c -> {
                    long batch = ImportBatches.start(c, workbook.fileName(), sheet.sheetName(), now, asOf);
                    ImportRun run = ImportRun.ofSheet(c, batch, now, sheet, asOf, Progress.NONE, locale, true);
                    return new DryRun(sheet.sheetName(), sheet.headerRowNumber(), sheet.mapping(), first,
                            run.merges(), run.mergeCount(), run.report(batch, workbook.fileName(), sheet.sheetName()));
                });
            } catch (ImportRun.Failure f) {
                throw f.unusable();
            }
        }
    }

    /**
     * Reading a database this process has open (dropped on the window, say) would release SQLite's locks on it, so
     * such a file is refused before it is opened.
     */
    private static void refuseOpenDatabase(Path file) throws UnusableFileException {
        if (Database.isOpenHere(file)) {
            throw new UnusableFileException("file.isOpenDatabase", file.getFileName());
        }
    }

    /**
     * The user's earlier corrections for a sheet with the same header row, unless they gave new ones. A header
     * row only the corrections make recognisable (e.g. "Who", "Mood") is found by trying each saved mapping.
     */
    private SheetOptions withRememberedMapping(LeadWorkbook workbook, SheetOptions options)
            throws UnusableFileException {
        if (!options.mappingOverrides().isEmpty() || db.read(ColumnMappings::all).isEmpty()) {
            return options;
        }
        try (LeadSheet probe = workbook.sheet(options)) {
            String signature = signature(probe);
            Optional<Map<String, String>> saved = db.read(c -> ColumnMappings.find(c, signature));
            return saved.map(m -> new SheetOptions(options.sheetName(), fields(m))).orElse(options);
        } catch (UnusableFileException noHeader) {
            if (!"sheet.noHeader".equals(noHeader.key())) {
                throw noHeader;
            }
            for (Map.Entry<String, Map<String, String>> saved : db.read(ColumnMappings::all).entrySet()) {
                SheetOptions candidate = new SheetOptions(options.sheetName(), fields(saved.getValue()));
                try (LeadSheet probe = workbook.sheet(candidate)) {
                    if (signature(probe).equals(saved.getKey())) {
                        return candidate;
                    }
                } catch (UnusableFileException stillNoHeader) {
                    // not this one
                }
            }
            throw noHeader;
        }
    }

    private static Map<String, LeadField> fields(Map<String, String> saved) {
        Map<String, LeadField> overrides = new LinkedHashMap<>();
        saved.forEach((header, field) -> {
            try {
                overrides.put(header, LeadField.valueOf(field));
            } catch (IllegalArgumentException e) {
                // a field this version no longer has: automatic mapping decides that column
            }
        });
        return overrides;
    }

    private void rememberMapping(LeadSheet sheet, Map<String, LeadField> overrides) {
        Map<String, String> text = new LinkedHashMap<>();
        overrides.forEach((header, field) -> text.put(header, field.name()));
        String signature = signature(sheet);
        db.write(c -> {
            ColumnMappings.save(c, signature, text, clock.instant());
            return null;
        });
    }

    private static String signature(LeadSheet sheet) {
        return String.join("\u001f", sheet.mapping().headers()).toLowerCase(Locale.ROOT);
    }

    @Override
    public ImportReport importSample(LocalDate asOf, Progress progress, Locale locale) throws UnusableFileException {
        Path tmp = null;
        try (InputStream in = LocalHotlist.class.getResourceAsStream(SAMPLE_RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("The sample workbook is missing from this build");
            }
            tmp = Files.createTempFile("hotlist-sample-", ".xlsx");
            Files.copy(in, tmp, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
            try (LeadSheet sheet = LeadSheets.open(tmp, SheetOptions.defaults())) {
                return importSheet(sheet, "sample-leads.xlsx", asOf, progress, locale);
            }
        } catch (IOException e) {
            throw new UnusableFileException(e, "file.unreadable", "sample-leads.xlsx");
        } finally {
            deleteQuietly(tmp);
        }
    }

    private ImportReport importSheet(LeadSheet sheet, String fileName, LocalDate asOf, Progress progress,
                                     Locale locale) throws UnusableFileException {
        if (leadCount() > 0) {
            db.backups().take(db, "before-import");
        }
        Instant now = clock.instant();
        try {
            ImportReport report = db.writeOnce(c -> {
                long batch = ImportBatches.start(c, fileName, sheet.sheetName(), now, asOf);
                ImportRun run = ImportRun.ofSheet(c, batch, now, sheet, asOf, progress, locale, false);
                ImportBatches.finish(c, batch, run.count(LeadWriter.Outcome.NEW), run.count(LeadWriter.Outcome.UPDATED),
                        run.skipped().size());
                return run.report(batch, fileName, sheet.sheetName());
            });
            invalidate();
            return report;
        } catch (ImportRun.Failure f) {
            throw f.unusable();
        }
    }

    @Override
    public List<RankedLead> rank(LeadFilter filter, LocalDate asOf) {
        return ranking().rank(asOf, filter);
    }

    @Override
    public int export(Path out, LeadFilter filter, LocalDate asOf, Progress progress, Locale locale)
            throws IOException {
        return export(out, filter, asOf, "", progress, locale);
    }

    @Override
    public int export(Path out, LeadFilter filter, LocalDate asOf, String title, Progress progress, Locale locale)
            throws IOException {
        if (Database.isOpenHere(out)) {
            throw ExportException.of(ExportException.Problem.IS_DATABASE, out, locale, null);
        }
        Map<Long, LastCall> lastCalls = new HashMap<>();
        db.read(CallLog::latestByLead).forEach((id, call) -> lastCalls.put(id, LastCall.of(call, clock.getZone())));
        ExportRequest request = new ExportRequest(rank(filter, asOf), asOf, settings(),
                reason -> describe(reason, locale), lastCalls, locale).titled(title);
        return Exporters.write(out, request, progress);
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
        refreshSettings(db.dataVersion());
        synchronized (cacheLock) {
            return settings;
        }
    }

    /** Re-reads the settings when another process or window has committed since they were read. */
    private void refreshSettings(long version) {
        synchronized (cacheLock) {
            if (version == settingsVersion) {
                return;
            }
        }
        ScoringSettings stored = db.read(Settings::scoring);
        synchronized (cacheLock) {
            settingsVersion = version;
            if (!stored.equals(settings)) {
                settings = stored;
                scorer = new LeadScorer(stored);
            }
        }
    }

    @Override
    public ScoringSettings updateSettings(ScoringSettings from, ScoringSettings to) {
        ScoringSettings stored = db.write(c -> Settings.updateScoring(c, from, to));
        synchronized (cacheLock) {
            settings = stored;
            scorer = new LeadScorer(stored);
        }
        return stored;
    }

    @Override
    public List<RankedLead> rescore(List<Lead> leads, ScoringSettings trial, LocalDate asOf) {
        return Ranking.rank(leads, new LeadScorer(trial), asOf, LeadFilter.all().withClosedAndSnoozed(true, true));
    }

    @Override
    public void saveSettings(ScoringSettings newSettings) {
        db.write(c -> {
            Settings.saveScoring(c, newSettings);
            return null;
        });
        synchronized (cacheLock) {
            settings = newSettings;
            scorer = new LeadScorer(newSettings, scorer.needSource());
        }
    }

    @Override
    public ScoringSettings resetSettings() {
        ScoringSettings defaults = ScoringSettings.defaults();
        saveSettings(defaults);
        return defaults;
    }

    @Override
    public List<SavedView> views() {
        return db.read(SavedViews::all);
    }

    @Override
    public SavedView saveView(String name, LeadFilter filter) {
        return db.write(c -> SavedViews.save(c, name, filter, clock.instant()));
    }

    @Override
    public void deleteView(long viewId) {
        db.write(c -> {
            SavedViews.delete(c, viewId);
            return null;
        });
    }

    @Override
    public void renameView(long viewId, String name) {
        db.write(c -> {
            SavedViews.rename(c, viewId, name, clock.instant());
            return null;
        });
    }

    @Override
    public void updateView(long viewId, LeadFilter filter) {
        db.write(c -> {
            SavedViews.update(c, viewId, filter, clock.instant());
            return null;
        });
    }

    @Override
    public Optional<String> preference(String key) {
        return db.read(c -> Settings.get(c, key));
    }

    @Override
    public void savePreference(String key, String value) {
        db.write(c -> {
            Settings.put(c, key, value);
            return null;
        });
    }

    @Override
    public Optional<Lead> lead(long leadId) {
        return db.read(c -> LeadStore.find(c, leadId));
    }

    @Override
    public Lead editLead(long leadId, LeadEdit edit, LocalDate asOf) {
        Instant now = clock.instant();
        Lead saved = db.write(c -> {
            Lead lead = LeadStore.find(c, leadId).orElseThrow(() -> new InvalidEditException("edit.noLead"));
            Lead edited = LeadEditor.apply(lead, edit, asOf);
            LeadStore.saveEdited(c, edited, now);
            return LeadStore.find(c, leadId).orElseThrow();
        });
        invalidate();
        return saved;
    }

    @Override
    public Lead addLead(List<LeadEdit> fields, LocalDate asOf) {
        Lead draft = Lead.builder().name("?").build();
        for (LeadEdit edit : fields) {
            draft = LeadEditor.apply(draft, edit, asOf);
        }
        Lead typed = "?".equals(draft.name()) ? LeadEditor.apply(draft, new LeadEdit(LeadEdit.Field.NAME, ""), asOf)
                : draft;
        Instant now = clock.instant();
        Lead saved = db.write(c -> {
            long id = LeadStore.insert(c, typed, now);
            LeadStore.saveEdited(c, typed.toBuilder().id(id).build(), now);
            return LeadStore.find(c, id).orElseThrow();
        });
        invalidate();
        return saved;
    }

    @Override
    public FilterChoices filterChoices() {
        java.util.SortedSet<String> segments = new java.util.TreeSet<>();
        java.util.SortedSet<String> types = new java.util.TreeSet<>();
        java.util.SortedSet<String> regions = new java.util.TreeSet<>();
        java.util.SortedSet<String> sources = new java.util.TreeSet<>();
        java.util.SortedSet<String> owners = new java.util.TreeSet<>();
        for (Lead lead : ranking().leads()) {
            addIfSet(segments, lead.segment());
            addIfSet(types, lead.customerType());
            addIfSet(regions, lead.region());
            addIfSet(sources, lead.source());
            addIfSet(owners, lead.owner());
        }
        return new FilterChoices(List.copyOf(segments), List.copyOf(types), List.copyOf(regions),
                List.copyOf(sources), List.copyOf(owners));
    }

    private static void addIfSet(java.util.Set<String> values, String value) {
        if (!value.isBlank()) {
            values.add(value);
        }
    }

    @Override
    public ActivitySummary activity(LocalDate asOf) {
        Instant dayStart = asOf.atStartOfDay(clock.getZone()).toInstant();
        Instant weekStart = asOf.with(java.time.temporal.TemporalAdjusters.previousOrSame(java.time.DayOfWeek.MONDAY))
                .atStartOfDay(clock.getZone()).toInstant();
        return db.read(c -> new ActivitySummary(CallLog.countSince(c, dayStart, null),
                CallLog.countSince(c, weekStart, CallOutcome.WON)));
    }

    /**
     * Logs a call and applies what it implies: the stage it moves to (won, lost, contacted), and for a call
     * back, the next action on that day with the lead snoozed until then.
     */
    @Override
    public CallLogEntry logCall(long leadId, CallOutcome outcome, LocalDate callBackOn, String note) {
        Instant now = clock.instant();
        WorkUndo.Step step = db.write(c -> {
            Lead lead = LeadStore.find(c, leadId).orElseThrow(() -> new IllegalArgumentException(
                    "No lead with id " + leadId));
            CallLogEntry saved = CallLog.add(c, new CallLogEntry(0, leadId, now, outcome, callBackOn, note));
            Optional<Stage> next = outcome.stageAfter(lead.stage());
            if (next.isPresent()) {
                LeadStore.setStage(c, leadId, next.get(), now);
            }
            if (outcome == CallOutcome.CALL_BACK) {
                LeadStore.setNextAction(c, leadId, callBackOn, now);
                LeadStore.setSnoozedUntil(c, leadId, callBackOn, now);
            }
            return step(c, UndoneAction.Kind.CALL, lead, saved.id());
        });
        invalidate();
        undo.record(step);
        return new CallLogEntry(step.callId(), leadId, now, outcome, callBackOn, note);
    }

    /** The undo step of an action just done to {@code before} inside the open transaction. */
    private static WorkUndo.Step step(java.sql.Connection c, UndoneAction.Kind kind, Lead before, long callId)
            throws SQLException {
        Lead after = LeadStore.find(c, before.id()).orElseThrow();
        return new WorkUndo.Step(kind, before.id(), before.displayName(), WorkUndo.Work.of(before),
                WorkUndo.Work.of(after), callId);
    }

    @Override
    public Optional<UndoneAction> undoLastAction() {
        try {
            return undo.undoLast(db, clock.instant());
        } finally {
            invalidate();
        }
    }

    @Override
    public List<CallLogEntry> callLog(long leadId) {
        return db.read(c -> CallLog.of(c, leadId));
    }

    @Override
    public void setStage(long leadId, Stage stage) {
        workOn(leadId, UndoneAction.Kind.STAGE, c -> LeadStore.setStage(c, leadId, stage, clock.instant()));
    }

    @Override
    public void snooze(long leadId, LocalDate until) {
        workOn(leadId, UndoneAction.Kind.SNOOZE, c -> LeadStore.setSnoozedUntil(c, leadId, until, clock.instant()));
    }

    /** A change of a lead's work fields, remembered for undo. */
    private void workOn(long leadId, UndoneAction.Kind kind, SqlChange change) {
        WorkUndo.Step step = db.write(c -> {
            Lead before = LeadStore.find(c, leadId).orElseThrow(() -> new InvalidEditException("edit.noLead"));
            change.apply(c);
            return step(c, kind, before, 0);
        });
        invalidate();
        undo.record(step);
    }

    @FunctionalInterface
    private interface SqlChange {
        void apply(java.sql.Connection c) throws SQLException;
    }

    @Override
    public LearningReport learn() {
        LearningReport report = learning.learn(db, db.read(LeadStore::all)).report();
        invalidate();
        return report;
    }

    @Override
    public Optional<LearningState> learning() {
        return learning.state(db);
    }

    @Override
    public void useRules() {
        learning.switchOff(db);
        invalidate();
    }

    @Override
    public List<ImportBatch> imports() {
        return db.read(ImportBatches::all);
    }

    @Override
    public Optional<ImportBatch> undoLastImport() {
        Optional<ImportBatch> undone = db.write(c -> ImportBatches.undoLatest(c, clock.instant()));
        invalidate();
        return undone;
    }

    @Override
    public List<Path> backups() {
        return db.backups().list();
    }

    @Override
    public synchronized void restoreBackup(Path backup) {
        // Restored through the open connection: other windows and processes see one more commit, not a new file.
        db.backups().restoreInto(db, backup);
        synchronized (cacheLock) {
            settings = db.read(Settings::scoring);
            scorer = new LeadScorer(settings, learning.rules());
        }
        invalidate();
    }

    @Override
    public void close() {
        db.close();
    }

    /**
     * The leads as stored now with their need already assessed, from memory when nobody has written since
     * they were read and the settings have not changed.
     */
    /**
     * The leads prepared for ranking, read again only when the database changed. One preparation at a time: the
     * window asks twice as it opens (its first list and the view it restores), and two threads each reading and
     * assessing 100,000 leads on two cores took twice as long as one.
     */
    private Ranking ranking() {
        synchronized (prepareLock) {
            return rankingNow();
        }
    }

    private Ranking rankingNow() {
        long version = db.dataVersion();
        refreshSettings(version);
        LeadScorer current;
        long readAt;
        synchronized (cacheLock) {
            if (cachedRanking != null && version == cachedVersion && cachedRanking.scorer() == scorer) {
                return cachedRanking;
            }
            readAt = generation;
        }
        List<Lead> leads = db.read(LeadStore::all);
        // the learned need, re-fitted first when the outcomes changed since its fit, or the rules
        NeedSource need = learning.needFor(db, leads);
        synchronized (cacheLock) {
            if (scorer.needSource() != need) {
                scorer = new LeadScorer(settings, need);
            }
            current = scorer;
        }
        Ranking fresh = Ranking.prepare(leads, current);
        synchronized (cacheLock) {
            if (readAt == generation) {
                cachedRanking = fresh;
                cachedVersion = version;
            }
            return fresh;
        }
    }

    private void invalidate() {
        synchronized (cacheLock) {
            cachedRanking = null;
            generation++;
        }
    }

    private static void deleteQuietly(Path p) {
        if (p != null) {
            try {
                Files.deleteIfExists(p);
            } catch (IOException ignored) {
                // a temp file the OS will clean up
            }
        }
    }

}
