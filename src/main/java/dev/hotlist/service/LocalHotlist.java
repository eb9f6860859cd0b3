package dev.hotlist.service;

import dev.hotlist.domain.CallLogEntry;
import dev.hotlist.domain.CallOutcome;
import dev.hotlist.domain.ImportBatch;
import dev.hotlist.domain.Lead;
import dev.hotlist.domain.LeadFilter;
import dev.hotlist.domain.LeadKeys;
import dev.hotlist.domain.LeadScore;
import dev.hotlist.domain.Progress;
import dev.hotlist.domain.RankedLead;
import dev.hotlist.domain.Reason;
import dev.hotlist.domain.SavedView;
import dev.hotlist.domain.ScoringSettings;
import dev.hotlist.domain.Stage;
import dev.hotlist.scoring.LeadScorer;
import dev.hotlist.scoring.NeedScale;
import dev.hotlist.scoring.Ranking;
import dev.hotlist.scoring.ReasonText;
import dev.hotlist.sheets.LeadField;
import dev.hotlist.sheets.LeadSheet;
import dev.hotlist.sheets.LeadSheets;
import dev.hotlist.sheets.LeadWorkbook;
import dev.hotlist.sheets.ParsedRow;
import dev.hotlist.sheets.SheetOptions;
import dev.hotlist.sheets.SheetSummary;
import dev.hotlist.sheets.UnusableFileException;
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
import java.sql.Connection;
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
    private Ranking cachedRanking;
    private long cachedVersion = Long.MIN_VALUE;
    /** Bumped by every write of ours, so a ranking read before it is never cached after it. */
    private long generation;
    private ScoringSettings settings;
    private LeadScorer scorer;

    private LocalHotlist(Database db, Clock clock) {
        this.db = db;
        this.clock = clock;
        this.settings = db.read(Settings::scoring);
        this.scorer = new LeadScorer(settings);
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

    /** Today, by this object's clock. */
    public LocalDate today() {
        return LocalDate.now(clock);
    }

    @Override
    public ImportReport importFile(Path file, SheetOptions options, LocalDate asOf, Progress progress, Locale locale)
            throws UnusableFileException {
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
        try (LeadWorkbook workbook = LeadWorkbook.open(file);
             LeadSheet sheet = workbook.sheet(withRememberedMapping(workbook, options))) {
            List<String> headers = sheet.mapping().headers();
            List<LeadField> fields = new ArrayList<>(headers.size());
            for (int c = 0; c < headers.size(); c++) {
                fields.add(sheet.mapping().fieldOf(c));
            }
            return new ImportPreview(sheet.sheetNames(), sheet.sheetName(),
                    sheet.headerRowNumber(), headers, fields, sheet.preview(asOf, rows));
        } catch (OutOfMemoryError e) {
            throw tooLarge(e);
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
     * in it. The "before import" backup is copied first but kept (and old ones pruned) only once the import has
     * committed: a refused or failed import leaves the database, its folder and its backups as they were.
     */
    private ImportReport importSheet(LeadSheet sheet, String fileName, LocalDate asOf, Progress progress,
                                     Locale locale, Map<String, LeadField> corrections) throws UnusableFileException {
        Backups.Pending backup = leadCount() > 0 ? db.backups().prepare(db, "before-import") : null;
        Instant now = clock.instant();
        ImportReport report;
        try {
            report = db.write(c -> {
                long batch = ImportBatches.start(c, fileName, sheet.sheetName(), now, asOf);
                int[] counts = new int[LeadWriter.Outcome.values().length];
                SkippedRows skipped = new SkippedRows(locale);
                try (LeadWriter writer = new LeadWriter(c, batch, now)) {
                    SheetSummary summary = RowPipe.run(sheet, asOf, progress, Prepared::of, row -> {
                        if (row.lead() != null) {
                            LeadWriter.Outcome outcome = writer.merge(row.lead(), row.keys());
                            counts[outcome.ordinal()]++;
                        } else if (row.row() instanceof ParsedRow.SkippedRow sr) {
                            skipped.add(sr);
                        }
                    });
                    writer.settleNeedScale(summary.needScale());
                } catch (SQLException | RuntimeException e) {
                    throw e;
                } catch (UnusableFileException e) {
                    throw new Failure(e);
                } catch (Exception e) {
                    throw new IllegalStateException(e);
                }
                if (!corrections.isEmpty()) {
                    rememberMapping(c, sheet, corrections, now);
                }
                ImportBatches.finish(c, batch, counts[0], counts[1], skipped.count());
                return new ImportReport(batch, fileName, sheet.sheetName(), counts[0], counts[1], counts[2],
                        skipped.count(), skipped.listed(), skipped.reasons());
            });
        } catch (Failure f) {
            discard(backup);
            throw f.unusable;
        } catch (RuntimeException | Error e) {
            discard(backup);
            throw e;
        }
        invalidate();
        if (backup != null) {
            backup.keep();
        }
        return report;
    }

    private static void discard(Backups.Pending backup) {
        if (backup != null) {
            backup.discard();
        }
    }

    /** A row ready to write: the lead with its match keys, worked out on the reading thread; else the row. */
    private record Prepared(ParsedRow row, Lead lead, LeadKeys.Keys keys) {
        static Prepared of(ParsedRow row) {
            if (row instanceof ParsedRow.LeadRow lr) {
                Lead lead = withPendingScale(lr.lead());
                return new Prepared(row, lead, LeadKeys.of(lead));
            }
            return new Prepared(row, null, null);
        }
    }

    /** A bare-number need waits for its column's scale, known once the whole sheet is read. */
    private static Lead withPendingScale(Lead row) {
        if (row.needScale() == null && NeedScale.bareNumber(row.needStated()).isPresent()) {
            return row.toBuilder().needScale(LeadWriter.SCALE_PENDING).build();
        }
        return row;
    }

    @Override
    public List<RankedLead> rank(LeadFilter filter, LocalDate asOf) {
        return ranking().rank(asOf, filter);
    }

    @Override
    public int export(Path out, LeadFilter filter, LocalDate asOf, Progress progress, Locale locale)
            throws IOException {
        Map<Long, LastCall> lastCalls = new HashMap<>();
        db.read(CallLog::latestByLead).forEach((id, call) -> lastCalls.put(id, LastCall.of(call, clock.getZone())));
        ExportRequest request = new ExportRequest(rank(filter, asOf), asOf, settings(),
                reason -> describe(reason, locale), lastCalls, locale);
        return Exporters.write(out, request, progress);
    }

    @Override
    public String describe(Reason reason, Locale locale) {
        return ReasonText.describe(reason, locale);
    }

    @Override
    public String summarize(LeadScore score, Locale locale) {
        return ReasonText.summary(score, locale);
    }

    @Override
    public ScoringSettings settings() {
        synchronized (cacheLock) {
            return settings;
        }
    }

    @Override
    public void saveSettings(ScoringSettings newSettings) {
        db.write(c -> {
            Settings.saveScoring(c, newSettings);
            return null;
        });
        synchronized (cacheLock) {
            settings = newSettings;
            scorer = new LeadScorer(newSettings);
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

    /**
     * Logs a call and applies what it implies: the stage it moves to (won, lost, contacted), and for a call
     * back, the next action on that day with the lead snoozed until then.
     */
    @Override
    public CallLogEntry logCall(long leadId, CallOutcome outcome, LocalDate callBackOn, String note) {
        Instant now = clock.instant();
        CallLogEntry entry = db.write(c -> {
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
            return saved;
        });
        invalidate();
        return entry;
    }

    @Override
    public List<CallLogEntry> callLog(long leadId) {
        return db.read(c -> CallLog.of(c, leadId));
    }

    @Override
    public void setStage(long leadId, Stage stage) {
        db.write(c -> {
            LeadStore.setStage(c, leadId, stage, clock.instant());
            return null;
        });
        invalidate();
    }

    @Override
    public void snooze(long leadId, LocalDate until) {
        db.write(c -> {
            LeadStore.setSnoozedUntil(c, leadId, until, clock.instant());
            return null;
        });
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
        Path file = db.file();
        db.close();
        try {
            restoreInto(file, backup);
        } finally {
            db = Database.open(file);
            synchronized (cacheLock) {
                settings = db.read(Settings::scoring);
                scorer = new LeadScorer(settings);
            }
            invalidate();
        }
    }

    @Override
    public void close() {
        db.close();
    }

    /**
     * The leads as stored now with their need already assessed, from memory when nobody has written since
     * they were read and the settings have not changed.
     */
    private Ranking ranking() {
        long version = db.dataVersion();
        LeadScorer current;
        long readAt;
        synchronized (cacheLock) {
            if (cachedRanking != null && version == cachedVersion && cachedRanking.scorer() == scorer) {
                return cachedRanking;
            }
            current = scorer;
            readAt = generation;
        }
        Ranking fresh = Ranking.prepare(db.read(LeadStore::all), current);
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

    /** Carries a checked failure out of a lambda that may not throw it. */
    private static final class Failure extends RuntimeException {
        private static final long serialVersionUID = 1L;
        private final transient UnusableFileException unusable;

        Failure(UnusableFileException e) {
            super(e);
            this.unusable = e;
        }

    }
}
