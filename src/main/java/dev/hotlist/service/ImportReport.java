package dev.hotlist.service;

import java.util.List;

/**
 * How an import went.
 *
 * @param batchId        the batch to undo it by
 * @param updatedCount   leads from before this import that it changed
 * @param unchangedCount rows that found their lead from before this import and changed nothing about it
 * @param duplicateCount rows repeating a lead an earlier row of the same file created or updated: merged into it,
 *                       and counted neither as new nor as updated
 * @param skipped        each skipped row with its number and reason, in the report's language
 * @param notes          what the import decided beyond rows, in the report's language: columns whose header was
 *                       not trusted ("'HasOptedOutOfEmail' holds true/false: not an email"), match keys shared by
 *                       many rows of the sheet
 */
public record ImportReport(long batchId, String fileName, String sheetName, int newCount, int updatedCount,
                           int unchangedCount, int duplicateCount, List<Skipped> skipped, List<String> notes) {
    public ImportReport {
        skipped = List.copyOf(skipped);
        notes = List.copyOf(notes);
    }

    public int skippedCount() {
        return skipped.size();
    }

    /** The command line's closing line: {@code imported N new, M updated, K skipped}. */
    public String summaryLine() {
        return "imported " + newCount + " new, " + updatedCount + " updated, " + skippedCount() + " skipped";
    }

    /** One skipped row. */
    public record Skipped(int rowNumber, String reason) {
    }
}
