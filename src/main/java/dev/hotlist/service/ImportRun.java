package dev.hotlist.service;

import dev.hotlist.domain.ColumnMapping;
import dev.hotlist.domain.Lead;
import dev.hotlist.domain.LeadKeys;
import dev.hotlist.domain.LeadScore;
import dev.hotlist.domain.ParsedRow;
import dev.hotlist.domain.Progress;
import dev.hotlist.domain.UnusableFileException;
import dev.hotlist.scoring.LeadScorer;
import dev.hotlist.scoring.NeedScale;
import dev.hotlist.sheets.LeadSheet;
import dev.hotlist.sheets.SheetSummary;
import dev.hotlist.store.LeadWriter;
import dev.hotlist.store.SheetPrint;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * One pass of a sheet's rows through a {@link LeadWriter} on a connection inside the caller's transaction: the
 * import itself, and the dry run and preview estimate, which do the same on a scratch database. It counts what each
 * row did, keeps the skipped rows and, for a dry run, the first merges with the key that made each.
 */
final class ImportRun {
    /** Merges kept one by one for a dry run; the rest are counted. */
    static final int LISTED_MERGES = 20;

    private final int[] counts = new int[LeadWriter.Outcome.values().length];
    private final SkippedRows skipped;
    private final List<DryRun.Merge> merges = new ArrayList<>();
    private int mergeCount;
    private final Map<Long, Integer> rowOfLead;
    private final Locale locale;
    private final LeadWriter writer;
    private Map<String, Integer> shared = Map.of();
    /** Leads counted updated that the import's later rows put back as they were. */
    private int restored;
    private List<ColumnMapping.Rejection> rejected = List.of();

    /** The best rows of the default view, kept in the database with the import (null: a dry run keeps none). */
    private final KeptFirstRows firstRows;

    private ImportRun(LeadWriter writer, Locale locale, boolean keepMerges, KeptFirstRows firstRows) {
        this.writer = writer;
        this.firstRows = firstRows;
        this.locale = locale;
        this.skipped = new SkippedRows(locale);
        this.rowOfLead = keepMerges ? new HashMap<>() : null;
    }

    /**
     * Reads the whole sheet (on its own thread, see {@link RowPipe}) into the database on {@code c} as batch
     * {@code batch}; {@code keepMerges} lists which rows joined which (for a dry run). With a {@code scorer}, each row
     * is scored on the reading thread and the first rows of the default view are kept in the database with the
     * import ({@link KeptFirstRows}), so that a window's first open of it shows rows at once.
     */
    static ImportRun ofSheet(Connection c, long batch, Instant now, LeadSheet sheet, LocalDate asOf,
                             Progress progress, Locale locale, boolean keepMerges, LeadScorer scorer)
            throws SQLException {
        try (LeadWriter writer = new LeadWriter(c, batch, now)) {
            ImportRun run = new ImportRun(writer, locale, keepMerges, scorer == null ? null : new KeptFirstRows(asOf));
            run.start(sheet);
            SheetSummary summary = RowPipe.run(sheet, asOf, progress, row -> Prepared.of(row, scorer, asOf),
                    run::acceptAll);
            writer.settleNeedScale(summary.needScale());
            run.shared = writer.sharedKeys();
            run.restored = writer.restoredCount();
            if (scorer != null) {
                run.firstRows.save(c, scorer);
            }
            return run;
        } catch (SQLException | RuntimeException e) {
            throw e;
        } catch (UnusableFileException e) {
            throw new Failure(e);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /** The given rows (a preview's) into the database on {@code c}, with merges kept. */
    static ImportRun ofRows(Connection c, long batch, Instant now, LeadSheet sheet, List<ParsedRow> rows,
                            Locale locale) throws SQLException {
        try (LeadWriter writer = new LeadWriter(c, batch, now)) {
            ImportRun run = new ImportRun(writer, locale, true, null);
            run.start(sheet);
            for (ParsedRow row : rows) {
                run.accept(Prepared.of(row, null, null));
            }
            run.shared = writer.sharedKeys();
            run.restored = writer.restoredCount();
            return run;
        }
    }

    private void start(LeadSheet sheet) {
        writer.noKeys(sheet.sharedValues().emails(), sheet.sharedValues().phones());
        rejected = sheet.mapping().rejected();
    }

    /** A batch of rows in sheet order; the writer fetches the stored leads they point at once for all of them. */
    private void acceptAll(List<Prepared> rows) throws SQLException {
        List<LeadKeys.Keys> keys = new ArrayList<>(rows.size());
        long[] prints = new long[rows.size()];
        for (Prepared row : rows) {
            if (row.keys() != null) {
                prints[keys.size()] = row.print();
                keys.add(row.keys());
            }
        }
        writer.prefetch(keys, java.util.Arrays.copyOf(prints, keys.size()));
        for (Prepared row : rows) {
            accept(row);
        }
    }

    private void accept(Prepared row) throws SQLException {
        if (row.lead() == null) {
            if (row.row() instanceof ParsedRow.SkippedRow sr) {
                skipped.add(sr);
            }
            return;
        }
        LeadWriter.Outcome outcome = writer.merge(row.lead(), row.keys(), row.print());
        counts[outcome.ordinal()]++;
        if (firstRows != null) {
            firstRows.offer(writer.lastLead(), row.lead(), row.score());
        }
        if (writer.lastRevisedUnchanged()) {
            counts[LeadWriter.Outcome.UNCHANGED.ordinal()]--;
        }
        if (rowOfLead == null) {
            return;
        }
        long lead = writer.lastLead();
        Integer into = rowOfLead.putIfAbsent(lead, row.row().rowNumber());
        if (outcome != LeadWriter.Outcome.NEW && mergeCount++ < LISTED_MERGES) {
            merges.add(new DryRun.Merge(row.row().rowNumber(), outcome == LeadWriter.Outcome.DUPLICATE && into != null
                    ? into : 0, row.lead().displayName(), writer.lastKey()));
        }
    }

    /**
     * Rows by what they did to their lead; a lead that later rows put back as it was before the import counts as
     * unchanged, not updated ({@link LeadWriter#restoredCount}).
     */
    int count(LeadWriter.Outcome outcome) {
        return counts[outcome.ordinal()] + switch (outcome) {
            case UPDATED -> -restored;
            case UNCHANGED -> restored;
            default -> 0;
        };
    }

    int skippedCount() {
        return skipped.count();
    }

    List<DryRun.Merge> merges() {
        return merges;
    }

    /** Rows that joined another row's lead or a lead already stored. */
    int mergeCount() {
        return mergeCount;
    }

    /** Rows that made a lead or joined one. */
    int leadRows() {
        int n = 0;
        for (int c : counts) {
            n += c;
        }
        return n;
    }

    /** The rejected mapping proposals and the shared keys, in sentences of the report's language. */
    List<String> notes() {
        List<String> notes = new ArrayList<>();
        for (ColumnMapping.Rejection r : rejected) {
            notes.add(r.reason(locale));
        }
        shared.forEach((key, rows) -> notes.add(dev.hotlist.domain.Messages.format("dev.hotlist.sheets.messages",
                "merge.sharedKey", new Object[] {key, rows}, locale)));
        return notes;
    }

    ImportReport report(long batch, String fileName, String sheetName) {
        return new ImportReport(batch, fileName, sheetName, count(LeadWriter.Outcome.NEW),
                count(LeadWriter.Outcome.UPDATED), count(LeadWriter.Outcome.UNCHANGED),
                count(LeadWriter.Outcome.DUPLICATE), skipped.count(), skipped.listed(), skipped.reasons(), notes());
    }

    /**
     * A row ready to write: the lead with its match keys, its {@link SheetPrint} and, given a scorer, its score as
     * read (a need whose scale the sheet settles later is scored as read), worked out on the reading thread; else the
     * row.
     */
    record Prepared(ParsedRow row, Lead lead, LeadKeys.Keys keys, long print, LeadScore score) {
        static Prepared of(ParsedRow row, LeadScorer scorer, LocalDate asOf) {
            if (row instanceof ParsedRow.LeadRow lr) {
                Lead lead = withPendingScale(lr.lead());
                return new Prepared(row, lead, LeadKeys.of(lead), SheetPrint.of(lead),
                        scorer == null ? null : scorer.score(lr.lead(), asOf));
            }
            return new Prepared(row, null, null, 0, null);
        }
    }

    /** A bare-number need waits for its column's scale, known once the whole sheet is read. */
    private static Lead withPendingScale(Lead row) {
        if (row.needScale() == null && NeedScale.bareNumber(row.needStated()).isPresent()) {
            return row.toBuilder().needScale(LeadWriter.SCALE_PENDING).build();
        }
        return row;
    }

    /** Carries a checked failure out of a lambda that may not throw it. */
    static final class Failure extends RuntimeException {
        private static final long serialVersionUID = 1L;
        private final transient UnusableFileException unusable;

        Failure(UnusableFileException e) {
            super(e);
            this.unusable = e;
        }

        UnusableFileException unusable() {
            return unusable;
        }
    }
}
