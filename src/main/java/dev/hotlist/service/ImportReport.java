package dev.hotlist.service;

import java.util.List;

/**
 * How an import went.
 *
 * @param batchId        the batch to undo it by
 * @param updatedCount   leads from before this import that it changed
 * @param duplicateCount rows repeating a lead an earlier row of the same file created or updated: merged into it,
 *                       and counted neither as new nor as updated
 * @param skipped        each skipped row with its number and reason, in the report's language
 */
public record ImportReport(long batchId, String fileName, String sheetName, int newCount, int updatedCount,
                           int duplicateCount, List<Skipped> skipped) {
    public ImportReport {
        skipped = List.copyOf(skipped);
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
