package dev.hotlist.service;

import dev.hotlist.domain.ActivitySummary;
import dev.hotlist.domain.CallLogEntry;
import dev.hotlist.domain.CallOutcome;
import dev.hotlist.domain.ClaimOutcome;
import dev.hotlist.domain.DatabaseEvent;
import dev.hotlist.domain.EditOutcome;
import dev.hotlist.domain.FilterChoices;
import dev.hotlist.domain.ImportBatch;
import dev.hotlist.domain.Lead;
import dev.hotlist.domain.LeadEdit;
import dev.hotlist.domain.LeadField;
import dev.hotlist.domain.LeadFilter;
import dev.hotlist.domain.LeadKeys;
import dev.hotlist.domain.LeadScore;
import dev.hotlist.domain.ParsedRow;
import dev.hotlist.domain.Progress;
import dev.hotlist.domain.RankedLead;
import dev.hotlist.domain.Reason;
import dev.hotlist.domain.SavedView;
import dev.hotlist.domain.ScoringSettings;
import dev.hotlist.domain.SheetOptions;
import dev.hotlist.domain.Stage;
import dev.hotlist.domain.StoreException;
import dev.hotlist.domain.UndoneAction;
import dev.hotlist.domain.UnusableFileException;
import dev.hotlist.scoring.LeadScorer;
import dev.hotlist.scoring.NeedScale;
import dev.hotlist.scoring.NeedScorer;
import dev.hotlist.scoring.NeedSource;
import dev.hotlist.scoring.Ranking;
import dev.hotlist.scoring.ReasonText;
import dev.hotlist.scoring.learning.LearningReport;
import dev.hotlist.sheets.LeadSheet;
import dev.hotlist.sheets.LeadSheets;
import dev.hotlist.sheets.LeadWorkbook;
import dev.hotlist.sheets.SheetSummary;
import dev.hotlist.sheets.export.ExportException;
import dev.hotlist.sheets.export.ExportRequest;
import dev.hotlist.sheets.export.Exporters;
import dev.hotlist.sheets.export.LastCall;
import dev.hotlist.store.Backups;
import dev.hotlist.store.CallLog;
import dev.hotlist.store.ColumnMappings;
import dev.hotlist.store.Database;
import dev.hotlist.store.ImportBatches;
import dev.hotlist.store.LeadChanges;
import dev.hotlist.store.LeadEdits;
import dev.hotlist.store.LeadStore;
import dev.hotlist.store.LeadWriter;
import dev.hotlist.store.SavedViews;
import dev.hotlist.store.Settings;
import dev.hotlist.store.Store;
import dev.hotlist.store.Stores;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.CancellationException;
import java.util.function.Consumer;

/**
 * {@link Hotlist} on a {@link Store}: a local SQLite file, or a team's PostgreSQL server (the name stays from before
 * team mode, so that work in flight on this class merges; it is the one service for both). Leads are read once and
 * kept in memory for ranking, so re-ranking and filtering cost no database round trip. The copy is refreshed after
 * this object writes and whenever someone else has committed: on SQLite by reading the leads again when its
 * {@code data_version} moved; on a server by fetching only the leads changed since the last look
 * ({@link LeadChanges}), never every lead again.
 */
public final class LocalHotlist implements Hotlist {
    static final String SAMPLE_RESOURCE = "/dev/hotlist/sample/sample-leads.xlsx";

    private final Store db;
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
    /** On a store that tracks changes: the leads by id, and where the next look for changes starts. */
    private TreeMap<Long, Lead> leadsById;
    private long changeMark;
    /** Set by our own writes on such a store: the next ranking fetches what changed instead of rereading all. */
    private boolean stale;
    private final Object refreshLock = new Object();
    /** Who claims and edits through this object. */
    private final String user;
    /** Leads read from the database so far: a server's refresh must read what changed, never every lead again. */
    private long leadsRead;
    private final NeedLearning learning;
    /** Set by the user's own import or export (and by closing): a warm-up running then stops at its next poll. */
    private volatile boolean warmUpStopped;

    private LocalHotlist(Store db, Clock clock) {
        this(db, clock, db.user());
    }

    private LocalHotlist(Store db, Clock clock, String user) {
        this.db = db;
        this.clock = clock;
        this.settingsVersion = db.dataVersion();
        this.user = user;
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

    /** Opens a file (created if missing) or a team server (its schema created or migrated if behind). */
    public static LocalHotlist open(DatabaseLocation location) {
        return open(location, Clock.systemDefaultZone());
    }

    public static LocalHotlist open(DatabaseLocation location, Clock clock) {
        return new LocalHotlist(openStore(location, true), clock);
    }

    /** {@link #open(DatabaseLocation, Clock)} as a given team member (two people in one test, say). */
    public static LocalHotlist open(DatabaseLocation location, Clock clock, String user) {
        return new LocalHotlist(openStore(location, true), clock, user);
    }

    /** {@link #open(DatabaseLocation)} for commands that only read: a missing file is an error, not a new database. */
    public static LocalHotlist openExisting(DatabaseLocation location) {
        return new LocalHotlist(openStore(location, false), Clock.systemDefaultZone());
    }

    private static Store openStore(DatabaseLocation location, boolean create) {
        return Stores.open(location.text(), create);
    }

    /** True when a database exists there: a file that exists, or any server (whose schema opening creates). */
    public static boolean exists(DatabaseLocation location) {
        return location.isServer() || Files.isRegularFile(location.file().orElseThrow());
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
    public String location() {
        return db.location();
    }

    @Override
    public boolean isTeamDatabase() {
        return db.engine() == Store.Engine.POSTGRESQL;
    }

    @Override
    public String user() {
        return user;
    }

    /** How many leads this object has read from the database (for tests of the change feed). */
    long leadsRead() {
        synchronized (refreshLock) {
            return leadsRead;
        }
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
        warmUpStopped = true;
        refuseOpenDatabase(file);
        try (LeadWorkbook workbook = LeadWorkbook.open(file);
             LeadSheet sheet = workbook.sheet(withRememberedMapping(workbook, options))) {
            return importSheet(sheet, workbook.fileName(), asOf, progress, locale, options.mappingOverrides());
        } catch (OutOfMemoryError e) {
            throw tooLarge(e);
        }
    }

    /**
     * A file that ran the heap out despite the readers' limits (a million-column row, say) is refused like any
     * other: the transaction has rolled back and what the reading held is garbage again.
     */
    private static UnusableFileException tooLarge(OutOfMemoryError e) {
        return new UnusableFileException(e, "file.limit.memory", Runtime.getRuntime().maxMemory() >> 20);
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
        } catch (OutOfMemoryError e) {
            throw tooLarge(e);
        }
    }

    /** Rows a preview merges (in a scratch database, by the import's own rules) to see whether the sheet collapses. */
    static final int PREVIEW_SAMPLE = 300;

    /** How many leads {@code rows} make among themselves, merged as an import would. */
    private int leadsOf(LeadSheet sheet, List<ParsedRow> rows, LocalDate asOf) {
        try (Database scratch = Database.scratchCopyOf((Path) null)) {
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
    public static DryRun dryRun(DatabaseLocation database, Path file, SheetOptions options, LocalDate asOf,
                                Locale locale) throws UnusableFileException {
        Database copy;
        if (database.isServer()) {
            try (Store server = Stores.open(database.text(), false)) {
                copy = Database.scratchCopyOf(server);
            }
        } else {
            copy = Database.scratchCopyOf(database.file().orElseThrow());
        }
        try (LocalHotlist scratch = new LocalHotlist(copy, Clock.systemDefaultZone())) {
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
                    ImportRun run = ImportRun.ofSheet(c, batch, now, sheet, asOf, Progress.NONE, locale, true,
                            null);
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

    /** Saves the user's corrections for this header row, inside the import's transaction: a refusal saves none. */
    private static void rememberMapping(Connection c, LeadSheet sheet, Map<String, LeadField> overrides, Instant now)
            throws SQLException {
        Map<String, String> text = new LinkedHashMap<>();
        overrides.forEach((header, field) -> text.put(header, field.name()));
        ColumnMappings.save(c, signature(sheet), text, now);
    }

    private static String signature(LeadSheet sheet) {
        return String.join("\u001f", sheet.mapping().headers()).toLowerCase(Locale.ROOT);
    }

    @Override
    public ImportReport importSample(LocalDate asOf, Progress progress, Locale locale) throws UnusableFileException {
        warmUpStopped = true;
        Path tmp = null;
        try (InputStream in = LocalHotlist.class.getResourceAsStream(SAMPLE_RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("The sample workbook is missing from this build");
            }
            tmp = Files.createTempFile("hotlist-sample-", ".xlsx");
            Files.copy(in, tmp, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
            try (LeadSheet sheet = LeadSheets.open(tmp, SheetOptions.defaults())) {
                return importSheet(sheet, "sample-leads.xlsx", asOf, progress, locale, Map.of());
            }
        } catch (IOException e) {
            throw new UnusableFileException(e, "file.unreadable", "sample-leads.xlsx");
        } finally {
            deleteQuietly(tmp);
        }
    }

    /**
     * Reads the sheet into the database in one transaction, with the user's {@code corrections} to the mapping saved
     * in it. Once the rows are written, and only when they added or changed a lead (or a mapping was saved), the
     * database as it was before (the last commit, which the open transaction does not touch) is copied as the
     * "before import" backup, before the import commits; the copy is kept (and old ones pruned) only once the import
     * has committed: a refused or failed import leaves the database, its folder and its backups as they were, and
     * the copy never holds back the first row.
     */
    private ImportReport importSheet(LeadSheet sheet, String fileName, LocalDate asOf, Progress progress,
                                     Locale locale, Map<String, LeadField> corrections) throws UnusableFileException {
        boolean hadLeads = leadCount() > 0;
        Store.PendingBackup[] backup = {Store.PendingBackup.NONE};
        Instant now = clock.instant();
        // the first rows are kept with the import, scored as a window would score them
        LeadScorer rows = new LeadScorer(settings(), learning.storedNeed(db));
        ImportReport report;
        try {
            report = db.writeOnce(c -> {
                long batch = ImportBatches.start(c, fileName, sheet.sheetName(), now, asOf);
                ImportRun run = ImportRun.ofSheet(c, batch, now, sheet, asOf, progress, locale, false, rows);
                if (!corrections.isEmpty()) {
                    rememberMapping(c, sheet, corrections, now);
                }
                int added = run.count(LeadWriter.Outcome.NEW);
                int updated = run.count(LeadWriter.Outcome.UPDATED);
                if (hadLeads && (added > 0 || updated > 0 || !corrections.isEmpty())) {
                    backup[0] = db.prepareBackup("before-import");
                }
                ImportBatches.finish(c, batch, added, updated, run.skippedCount());
                return run.report(batch, fileName, sheet.sheetName());
            });
        } catch (ImportRun.Failure f) {
            backup[0].discard();
            throw f.unusable();
        } catch (RuntimeException | Error e) {
            backup[0].discard();
            throw e;
        }
        invalidate();
        backup[0].keep();
        return report;
    }

    @Override
    public List<RankedLead> rank(LeadFilter filter, LocalDate asOf) {
        return ranking().rank(asOf, filter);
    }

    @Override
    public List<RankedLead> rankOnly(List<Long> ids, LocalDate asOf) {
        List<Lead> leads = db.read(c -> byIds(c, ids));
        LeadScorer current;
        synchronized (cacheLock) {
            current = new LeadScorer(settings, learning.storedNeed(db));
        }
        return Ranking.rank(leads, current, asOf, LeadFilter.all().withClosedAndSnoozed(true, true));
    }

    private static List<Lead> byIds(Connection c, List<Long> ids) throws SQLException {
        List<Lead> found = new ArrayList<>(ids.size());
        for (long id : ids) {
            LeadStore.find(c, id).ifPresent(found::add);
        }
        return found;
    }

    /**
     * From the leads in memory when they are ready; else, with the rules' need, the first rows are picked from a
     * narrow read ({@link LeadStore#forRanking}: no extra columns, stamps or keys) and only they are read whole,
     * both in one read so they agree. A learned need reads every column and extra field: then the whole list is
     * ranked, as {@link #rank} does.
     */
    @Override
    public List<RankedLead> firstRows(LeadFilter filter, LocalDate asOf, int limit) {
        Ranking ready = readyRanking();
        if (ready != null) {
            return head(ready.rank(asOf, filter), limit);
        }
        NeedSource need = learning.storedNeed(db);
        if (need != learning.rules()) {
            return head(rank(filter, asOf), limit);
        }
        LeadScorer current = new LeadScorer(settings(), need);
        List<Lead> first = db.read(c -> {
            List<RankedLead> top = Ranking.top(LeadStore.forRanking(c, filter.query() != null), current, asOf,
                    filter, limit);
            return byIds(c, top.stream().map(r -> r.lead().id()).toList());
        });
        return Ranking.rank(first, current, asOf, LeadFilter.all().withClosedAndSnoozed(true, true));
    }

    private static List<RankedLead> head(List<RankedLead> ranked, int limit) {
        return ranked.subList(0, Math.min(Math.max(0, limit), ranked.size()));
    }

    /** The ranking in memory if nobody has written since it was prepared; else null (nothing is read for it). */
    private Ranking readyRanking() {
        long version = db.dataVersion();
        synchronized (cacheLock) {
            return cachedRanking != null && version == cachedVersion && !stale && cachedRanking.scorer() == scorer
                    ? cachedRanking : null;
        }
    }

    @Override
    public int export(Path out, LeadFilter filter, LocalDate asOf, Progress progress, Locale locale)
            throws IOException {
        return export(out, filter, asOf, "", progress, locale);
    }

    @Override
    public int export(Path out, LeadFilter filter, LocalDate asOf, String title, Progress progress, Locale locale)
            throws IOException {
        warmUpStopped = true;
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

    /**
     * Re-reads the settings when another process or window has committed since they were read. A server's version
     * follows its leads only, so there they are read each time (a few rows).
     */
    private void refreshSettings(long version) {
        synchronized (cacheLock) {
            if (version == settingsVersion && !db.tracksChanges()) {
                return;
            }
        }
        ScoringSettings stored = db.read(Settings::scoring);
        synchronized (cacheLock) {
            settingsVersion = version;
            if (!stored.equals(settings)) {
                settings = stored;
                scorer = new LeadScorer(stored, scorer.needSource());
            }
        }
    }

    @Override
    public ScoringSettings updateSettings(ScoringSettings from, ScoringSettings to) {
        ScoringSettings stored = db.write(c -> Settings.updateScoring(c, from, to));
        synchronized (cacheLock) {
            settings = stored;
            scorer = new LeadScorer(stored, scorer.needSource());
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
    public EditOutcome editLead(Lead shown, LeadEdit edit, LocalDate asOf) {
        return save(LeadEditor.apply(shown, edit, asOf));
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
            Lead inserted = LeadStore.find(c, id).orElseThrow();
            // the fields an import's insert leaves out (own notes, next action), by the edit path every change takes
            if (!LeadEdits.save(c, typed.toBuilder().id(id).version(inserted.version()).build(), user, now)) {
                throw new java.sql.SQLTransactionRollbackException("lead " + id + " changed meanwhile", "40001");
            }
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
            return undo.undoLast(db, user, clock.instant());
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
        editCurrent(leadId, UndoneAction.Kind.STAGE, l -> l.toBuilder().stage(stage).build());
    }

    @Override
    public void snooze(long leadId, LocalDate until) {
        editCurrent(leadId, UndoneAction.Kind.SNOOZE, l -> l.toBuilder().snoozedUntil(until).build());
    }

    /**
     * An edit with no version the user saw (a script, a test): applied to the lead as stored, by the same
     * version-checked UPDATE, in one transaction; a race with another writer makes the transaction run again.
     * Remembered for undo.
     */
    private void editCurrent(long leadId, UndoneAction.Kind kind, java.util.function.UnaryOperator<Lead> change) {
        WorkUndo.Step step = db.write(c -> {
            Lead before = LeadStore.find(c, leadId).orElseThrow(() -> new InvalidEditException("edit.noLead"));
            if (!LeadEdits.save(c, change.apply(before), user, clock.instant())) {
                throw new java.sql.SQLTransactionRollbackException("lead " + leadId + " changed meanwhile", "40001");
            }
            return step(c, kind, before, 0);
        });
        invalidate();
        undo.record(step);
    }

    /**
     * Saves {@code edited} if the stored lead is still at {@code edited.version()}, the version the user started
     * from; else changes nothing and hands back both versions. A change of stage or snooze can be undone.
     */
    @Override
    public EditOutcome save(Lead edited) {
        Saving saving = db.write(c -> {
            Optional<Lead> before = LeadStore.find(c, edited.id());
            if (before.isPresent() && LeadEdits.save(c, edited, user, clock.instant())) {
                Lead b = before.get();
                UndoneAction.Kind kind = b.stage() != edited.stage() ? UndoneAction.Kind.STAGE
                        : !Objects.equals(b.snoozedUntil(), edited.snoozedUntil()) ? UndoneAction.Kind.SNOOZE : null;
                WorkUndo.Step step = kind == null ? null : step(c, kind, b, 0);
                return new Saving(new EditOutcome.Saved(LeadStore.find(c, edited.id()).orElseThrow()), step);
            }
            Lead theirs = before.isPresent() ? LeadStore.find(c, edited.id()).orElse(null) : null;
            String by = LeadEdits.changedBy(c, edited.id()).orElse("");
            return new Saving(new EditOutcome.Conflict(edited, theirs, by), null);
        });
        if (saving.outcome() instanceof EditOutcome.Saved) {
            invalidate();
        }
        if (saving.step() != null) {
            undo.record(saving.step());
        }
        return saving.outcome();
    }

    private record Saving(EditOutcome outcome, WorkUndo.Step step) {
    }

    @Override
    public ClaimOutcome claim(long leadId) {
        ClaimOutcome outcome = db.write(c -> {
            boolean mine = LeadEdits.claim(c, leadId, user, clock.instant());
            Lead lead = LeadStore.find(c, leadId).orElseThrow(() -> new IllegalArgumentException(
                    "No lead with id " + leadId));
            return mine ? new ClaimOutcome.Claimed(lead) : new ClaimOutcome.TakenBy(lead.assignee(), lead);
        });
        invalidate();
        return outcome;
    }

    @Override
    public boolean release(long leadId) {
        boolean released = db.write(c -> LeadEdits.release(c, leadId, user, clock.instant()));
        invalidate();
        return released;
    }

    @Override
    public AutoCloseable watch(Consumer<DatabaseEvent> listener) {
        return db.watch(event -> {
            if (event instanceof DatabaseEvent.Changed || event instanceof DatabaseEvent.Online) {
                invalidate();
            }
            listener.accept(event);
        });
    }

    @Override
    public LearningState learn() {
        LearningReport report = learning.learn(db, db.read(LeadStore::all)).report();
        invalidate();
        return new LearningState(report, false);
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
        return db.backupFiles();
    }

    @Override
    public synchronized void restoreBackup(Path backup) {
        // Restored through the open connection: other windows and processes see one more commit, not a new file.
        db.restoreBackup(backup);
        synchronized (cacheLock) {
            settings = db.read(Settings::scoring);
            scorer = new LeadScorer(settings, learning.rules());
        }
        invalidate();
    }

    @Override
    public void close() {
        warmUpStopped = true;
        db.close();
    }

    /**
     * Rehearses an import and a re-import on leads of its own in a temporary database ({@link WarmUp}),
     * unless the user's own import or export has started (or this service was closed) before or while it runs: then
     * it stops within a few hundred rows and returns false, having changed nothing anywhere.
     */
    @Override
    public boolean warmUp(Progress progress) {
        Progress stoppable = progress.orStoppedBy(() -> warmUpStopped);
        if (stoppable.isCancelled()) {
            return false;
        }
        try {
            WarmUp.run(clock, stoppable, WarmUp.ROWS, WarmUp.MAX_ROUNDS);
            return true;
        } catch (CancellationException e) {
            return false;
        } catch (IOException | UnusableFileException e) {
            throw new IllegalStateException("The warm-up could not run: " + e.getMessage(), e);
        }
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
        if (db.tracksChanges()) {
            return trackedRanking();
        }
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

    /**
     * On a server: the first ranking reads every lead; later ones apply only the leads written or deleted since
     * ({@link LeadChanges}), when the store's version moved or this object wrote. The settings are read again with
     * each change (a few rows), since a teammate may have changed them.
     */
    private Ranking trackedRanking() {
        synchronized (refreshLock) {
            long version;
            try {
                version = db.dataVersion();
            } catch (StoreException offline) {
                synchronized (cacheLock) {
                    if (cachedRanking != null && "db.offline".equals(offline.key())) {
                        // out of reach: the list as last read stays workable (re-rank, filter); writes say why
                        return cachedRanking;
                    }
                }
                throw offline;
            }
            synchronized (cacheLock) {
                if (cachedRanking != null && version == cachedVersion && !stale && cachedRanking.scorer() == scorer) {
                    return cachedRanking;
                }
                stale = false;
            }
            if (leadsById == null) {
                leadsById = new TreeMap<>();
                long mark = db.read(c -> {
                    long m = LeadChanges.mark(c);
                    for (Lead l : LeadStore.all(c)) {
                        leadsById.put(l.id(), l);
                    }
                    leadsRead += leadsById.size();
                    return m;
                });
                changeMark = mark;
            } else {
                LeadChanges changes = db.read(c -> LeadChanges.since(c, changeMark));
                leadsRead += changes.changed().size();
                for (Lead l : changes.changed()) {
                    leadsById.put(l.id(), l);
                }
                changes.gone().forEach(leadsById::remove);
                changeMark = changes.mark();
            }
            ScoringSettings stored = db.read(Settings::scoring);
            List<Lead> leads = new ArrayList<>(leadsById.values());
            // the learned need, re-fitted first when the outcomes changed since its fit, or the rules
            NeedSource need = learning.needFor(db, leads);
            LeadScorer current;
            synchronized (cacheLock) {
                if (!stored.equals(settings) || scorer.needSource() != need) {
                    settings = stored;
                    scorer = new LeadScorer(stored, need);
                }
                current = scorer;
            }
            Ranking fresh = Ranking.prepare(leads, current);
            synchronized (cacheLock) {
                cachedRanking = fresh;
                cachedVersion = version;
            }
            return fresh;
        }
    }

    private void invalidate() {
        synchronized (cacheLock) {
            if (db.tracksChanges()) {
                stale = true;
            } else {
                cachedRanking = null;
            }
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
