package dev.hotlist.service;

import dev.hotlist.domain.CallLogEntry;
import dev.hotlist.domain.CallOutcome;
import dev.hotlist.domain.ClaimOutcome;
import dev.hotlist.domain.DatabaseEvent;
import dev.hotlist.domain.EditOutcome;
import dev.hotlist.domain.Lead;
import dev.hotlist.domain.ImportBatch;
import dev.hotlist.domain.LeadFilter;
import dev.hotlist.domain.LeadScore;
import dev.hotlist.domain.Progress;
import dev.hotlist.domain.RankedLead;
import dev.hotlist.domain.Reason;
import dev.hotlist.domain.SavedView;
import dev.hotlist.domain.ScoringSettings;
import dev.hotlist.domain.Stage;
import dev.hotlist.scoring.learning.LearningReport;
import dev.hotlist.sheets.SheetOptions;
import dev.hotlist.sheets.UnusableFileException;
import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * Everything the app and the command line can do with one Hotlist database, a local file or a team's server alike.
 * Both call this and nothing below it; the UI calls it off the JavaFX thread. Implementations are thread-safe.
 */
public interface Hotlist extends AutoCloseable {
    /** The database in words: the file's path, or the team server's URL without its password. */
    String location();

    /** True on a team's shared server. */
    boolean isTeamDatabase();

    /** The name this user's claims and edits are made under. */
    String user();

    long leadCount();

    /**
     * Imports a file as one transaction: on an error, a refusal or a cancel nothing changes, not even the mapping
     * corrections in {@code options} (saved with the import) or the backups (the "before import" copy is kept only
     * once the import has committed). A file that needs more memory than the heap has is refused like a damaged one.
     */
    ImportReport importFile(Path file, SheetOptions options, LocalDate asOf, Progress progress, Locale locale)
            throws UnusableFileException;

    /**
     * What importing {@code file} with {@code options} would read, without writing anything: the sheets, the
     * header row, each column's field (earlier corrections for the same header row applied) and the first
     * {@code rows} data rows parsed against {@code asOf}.
     */
    ImportPreview previewFile(Path file, SheetOptions options, LocalDate asOf, int rows) throws UnusableFileException;

    /** Imports the bundled sample workbook (data/sample-leads.xlsx). */
    ImportReport importSample(LocalDate asOf, Progress progress, Locale locale) throws UnusableFileException;

    /** The leads that pass {@code filter}, scored for {@code asOf}, best first, ranks from 1. */
    List<RankedLead> rank(LeadFilter filter, LocalDate asOf);

    /** Writes the ranked leads that pass {@code filter} to .xlsx or .csv (by the file's extension). */
    int export(Path out, LeadFilter filter, LocalDate asOf, Progress progress, Locale locale) throws IOException;

    /** One reason in plain words, e.g. "+35 timing: buys tomorrow (2026-11-24)". */
    String describe(Reason reason, Locale locale);

    /** The strongest reasons of a score on one line (the timing reason always among them), for a table. */
    String summarize(LeadScore score, Locale locale);

    ScoringSettings settings();

    void saveSettings(ScoringSettings settings);

    /** Puts the scoring settings back to their defaults and returns them. */
    ScoringSettings resetSettings();

    List<SavedView> views();

    SavedView saveView(String name, LeadFilter filter);

    void deleteView(long viewId);

    CallLogEntry logCall(long leadId, CallOutcome outcome, LocalDate callBackOn, String note);

    List<CallLogEntry> callLog(long leadId);

    /** Sets the stage of the lead as it is stored now (no version seen by a user: see {@link #save}). */
    void setStage(long leadId, Stage stage);

    /** Hides the lead from the call list until {@code until}; null wakes it. As {@link #setStage}, on the stored lead. */
    void snooze(long leadId, LocalDate until);

    /** The lead as stored now. */
    Optional<Lead> lead(long leadId);

    /**
     * Saves a user's edit of a lead (stage, own notes, snooze, next action, buying date, sheet fields), checked by the
     * database against {@code edited.version()}, the version the user started from: refused, changing nothing, when
     * someone saved the lead in between; the conflict carries both versions. Keeping one's own is saving it again with
     * the other's version; taking the other's is dropping one's own.
     */
    EditOutcome save(Lead edited);

    /** Makes the lead this user's; of two claiming at once one wins, the other is told who did. */
    ClaimOutcome claim(long leadId);

    /** Gives a lead of this user's back to the unassigned; false when it is not theirs. */
    boolean release(long leadId);

    /**
     * Calls {@code listener} when someone else commits (within about two seconds) or the team server goes away or
     * comes back; the next {@link #rank} shows their changes. Close the result to stop.
     */
    AutoCloseable watch(Consumer<DatabaseEvent> listener);

    /**
     * Fits the need from the leads whose outcome is known (won, lost), keeps the fit and its report in the database
     * and switches learning on: when the fit beats the rules on held-out leads (with at least 40 won and 40 lost),
     * rank, export and explain use the learned need from now on, and it re-fits by itself whenever the outcomes
     * change. Otherwise the rules stay and the report says why. Takes up to a second or two: call it off the UI
     * thread.
     */
    LearningReport learn();

    /** The last fit's report and whether learning is switched off; empty before the first {@link #learn()}. */
    Optional<LearningState> learning();

    /** Back to the rules' need (and no re-fitting) until {@link #learn()} is called again. */
    void useRules();

    List<ImportBatch> imports();

    /** Undoes the most recent import that still stands: its new leads go, updated leads get their old values. */
    Optional<ImportBatch> undoLastImport();

    /** The database's backups (taken before every import and migration), newest first. */
    List<Path> backups();

    /**
     * Puts a backup back in place of the database and goes on with it. The current state is itself backed up
     * first, so a restore can be undone the same way.
     */
    void restoreBackup(Path backup);

    @Override
    void close();
}
