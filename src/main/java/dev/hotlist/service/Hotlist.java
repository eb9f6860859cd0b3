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
import dev.hotlist.domain.UnusableFileException;
import dev.hotlist.scoring.learning.LearningReport;
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
    /**
     * The database preference holding the ids of the first rows a window shows as it opens, best first: kept by
     * imports and by a window closing.
     */
    String FIRST_ROWS_PREFERENCE = "ui.firstRows";

    /** The database in words: the file's path, or the team server's URL without its password. */
    String location();

    /** True on a team's shared server. */
    boolean isTeamDatabase();

    /** The name this user's claims and edits are made under. */
    String user();

    long leadCount();

    /**
     * A number that changes when another window or process commits to the database, so a screen polling it knows
     * when to show the list again (this object's own writes do not change it).
     */
    long externalRevision();

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

    /**
     * Only the leads with these ids, as stored now, scored for {@code asOf} and ranked among themselves (gone ones
     * left out): a window's first rows (those it showed last) before the whole list is read and ranked, which takes
     * seconds with 100,000 leads. Scored with the stored need model as it is, not re-fitted.
     */
    List<RankedLead> rankOnly(List<Long> ids, LocalDate asOf);

    /**
     * The first {@code limit} leads of {@link #rank}'s list for {@code filter}, as soon as they can be had, without
     * waiting for the whole list to be read and prepared (seconds with 100,000 leads): what a window shows while it
     * is. The same leads, scores and ranks as the head of {@link #rank}.
     */
    List<RankedLead> firstRows(LeadFilter filter, LocalDate asOf, int limit);

    /**
     * Prepares this JVM for the session's first import and export by rehearsing them on leads of its own in a
     * temporary database, so that the user's first import runs on compiled code instead of compiling as it goes.
     * The user's data is not read or touched. Stops at once (returning false) when the user's own import or export
     * starts or {@code progress} is cancelled; true when it ran to the end. The app calls it in the background once
     * the list is shown. A service with nothing to prepare does nothing.
     */
    default boolean warmUp(Progress progress) {
        return false;
    }

    /** Writes the ranked leads that pass {@code filter} to .xlsx or .csv (by the file's extension). */
    int export(Path out, LeadFilter filter, LocalDate asOf, Progress progress, Locale locale) throws IOException;

    /** As {@link #export}, the printed pages titled with {@code title} (the view's name) and the as-of day. */
    int export(Path out, LeadFilter filter, LocalDate asOf, String title, Progress progress, Locale locale)
            throws IOException;

    /** One reason in plain words, e.g. "+35 timing: buys tomorrow (2026-11-24)". */
    String describe(Reason reason, Locale locale);

    /**
     * Every reason of a score worth reading, strongest first, each in full (the cap at 100 is a closing note on
     * the score, not a reason): the table shows the first ones, the tooltip and the detail pane all.
     */
    List<String> reasons(LeadScore score, Locale locale);

    /** The strongest reasons of a score on one line (the timing reason always among them), for a table. */
    String summarize(LeadScore score, Locale locale);

    ScoringSettings settings();

    void saveSettings(ScoringSettings settings);

    /**
     * Saves the settings that differ between {@code from} (what a form started from) and {@code to} (what it shows
     * now), key by key, so a setting changed meanwhile elsewhere (the command line's {@code settings --set},
     * another window) and not touched here keeps its newer value. Returns the settings as stored.
     */
    ScoringSettings updateSettings(ScoringSettings from, ScoringSettings to);

    /** {@code leads} scored with {@code trial} settings (nothing saved) and ranked among themselves. */
    List<RankedLead> rescore(List<Lead> leads, ScoringSettings trial, LocalDate asOf);

    /** Puts the scoring settings back to their defaults and returns them. */
    ScoringSettings resetSettings();

    List<SavedView> views();

    SavedView saveView(String name, LeadFilter filter);

    void deleteView(long viewId);

    /** Renames a saved view; refused with a {@code StoreException} when another view has that name. */
    void renameView(long viewId, String name);

    /** Replaces a saved view's filter, keeping its name. */
    void updateView(long viewId, LeadFilter filter);

    /** An app preference stored in the database (the last view shown, say). */
    Optional<String> preference(String key);

    void savePreference(String key, String value);

    /**
     * Changes one field of {@code shown} (the lead as the user saw it, at its version) as typed (a buying time or
     * next action in words is read against {@code asOf}) and saves it as {@link #save} does: checked against that
     * version, so an edit of a lead someone saved meanwhile comes back as a conflict with both versions.
     *
     * @throws InvalidEditException when the value cannot be stored as it is; nothing changes then
     */
    EditOutcome editLead(Lead shown, LeadEdit edit, LocalDate asOf);

    /**
     * Adds a lead typed in by hand (no import created it, so undoing imports never removes it).
     *
     * @throws InvalidEditException when a value is refused or the lead has no name, company, email or phone
     */
    Lead addLead(List<LeadEdit> fields, LocalDate asOf);

    /** The distinct segments, customer types, regions, sources and owners of the stored leads. */
    FilterChoices filterChoices();

    /** Calls logged on {@code asOf} and won since that week's Monday. */
    ActivitySummary activity(LocalDate asOf);

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
     * Takes back the newest call, stage change or snooze made through this service: the lead's stage, snooze and
     * next action as they were, and a call retracted in the log (kept, never deleted). Empty when there is none.
     *
     * @throws InvalidEditException when the lead changed since (another window): nothing is undone then
     */
    Optional<UndoneAction> undoLastAction();

    /**
     * Fits the need from the leads whose outcome is known (won, lost), keeps the fit and its report in the database
     * and switches learning on: when the fit beats the rules on held-out leads (with at least 40 won and 40 lost),
     * rank, export and explain use the learned need from now on, and it re-fits by itself whenever the outcomes
     * change. Otherwise the rules stay and the report says why. Takes up to a second or two: call it off the UI
     * thread.
     *
     * @return the new fit's report, learning on
     */
    LearningState learn();

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
