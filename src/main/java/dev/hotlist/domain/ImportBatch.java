package dev.hotlist.domain;

import java.time.Instant;
import java.time.LocalDate;

/**
 * One import of one sheet: what it brought and whether it was undone.
 *
 * @param undoneAt null while the import stands
 */
public record ImportBatch(long id, String fileName, String sheetName, Instant importedAt, LocalDate asOf,
                          int newCount, int updatedCount, int skippedCount, Instant undoneAt) {
    public boolean isUndone() {
        return undoneAt != null;
    }
}
