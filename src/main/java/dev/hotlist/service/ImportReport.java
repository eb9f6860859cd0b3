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
 * @param skippedCount   rows skipped, all of them
 * @param skipped        the first {@link #LISTED_SKIPS} skipped rows with their number and reason, in the report's
 *                       language: a report of three million skipped rows must not need three million objects
 * @param skipReasons    how many rows were skipped for each reason, in the order the reasons first came up
 * @param notes          what the import decided beyond rows, in the report's language: columns whose header was
 *                       not trusted ("'HasOptedOutOfEmail' holds true/false: not an email"), match keys shared by
 *                       many rows of the sheet
 */
public record ImportReport(long batchId, String fileName, String sheetName, int newCount, int updatedCount,
                           int unchangedCount, int duplicateCount, int skippedCount, List<Skipped> skipped,
                           List<SkipReason> skipReasons, List<String> notes) {
    /** Skipped rows listed one by one; the rest are only counted. */
    public static final int LISTED_SKIPS = 1000;

    public ImportReport {
        skipped = List.copyOf(skipped);
        skipReasons = List.copyOf(skipReasons);
        notes = List.copyOf(notes);
    }

    /** The command line's closing line: {@code imported N new, M updated, K skipped}. */
    public String summaryLine() {
        return "imported " + newCount + " new, " + updatedCount + " updated, " + skippedCount + " skipped";
    }

    /** One skipped row. */
    public record Skipped(int rowNumber, String reason) {
    }

    /** How many rows were skipped for one reason (worded as for the first of them). */
    public record SkipReason(String reason, int count) {
    }
}
