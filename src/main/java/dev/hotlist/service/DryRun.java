package dev.hotlist.service;

import dev.hotlist.domain.ColumnMapping;
import dev.hotlist.domain.ParsedRow;
import java.util.List;

/**
 * What an import would do, worked out on a scratch copy of the database: the mapping with every rejected proposal,
 * the merges, the first rows as parsed, and the report the import would end with. Nothing was written.
 *
 * @param merges     the first {@link ImportRun#LISTED_MERGES} rows that would join a lead another row or an earlier
 *                   import made
 * @param mergeCount all such rows
 */
public record DryRun(String sheetName, int headerRowNumber, ColumnMapping mapping, List<ParsedRow> firstRows,
                     List<Merge> merges, int mergeCount, ImportReport report) {
    /** Rows shown as parsed. */
    static final int FIRST_ROWS = 5;

    public DryRun {
        firstRows = List.copyOf(firstRows);
        merges = List.copyOf(merges);
    }

    /**
     * A row that would join a lead.
     *
     * @param intoRow the sheet row whose lead it joins; 0 for a lead already in the database
     * @param key     what matched: 'x' record id, 'e' email, 'p' phone, 'n' name (+ company)
     */
    public record Merge(int rowNumber, int intoRow, String name, char key) {
    }
}
