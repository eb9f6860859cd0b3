package dev.hotlist.service;

import dev.hotlist.domain.ColumnMapping;
import dev.hotlist.domain.LeadField;
import dev.hotlist.domain.ParsedRow;
import java.util.List;

/**
 * What importing a file would read, shown before anything is written so the user can correct it: the sheets,
 * the header row found, the field each column feeds, and the first rows parsed with that mapping.
 *
 * @param sheetNames      every sheet of the workbook, in order (one for CSV)
 * @param sheetName       the sheet that would be read
 * @param headerRowNumber the header row as the spreadsheet numbers it (1-based)
 * @param headers         the header row's texts, by column
 * @param fields          the field each column feeds, by column (the user's saved corrections applied)
 * @param rows            the first data rows, parsed
 * @param rejected        the header proposals the column's values turned down, with why
 * @param sampledRows     rows of the sheet's first few hundred that describe a lead
 * @param sampledLeads    how many leads those rows make once merged (by the import's own rules)
 */
public record ImportPreview(List<String> sheetNames, String sheetName, int headerRowNumber,
                            List<String> headers, List<LeadField> fields, List<ParsedRow> rows,
                            List<ColumnMapping.Rejection> rejected, int sampledRows, int sampledLeads) {
    /** Fewer leads than this share of the rows is "collapsing": the preview warns before anything is written. */
    static final double COLLAPSE = 0.5;
    /** Below this many rows a collapse says little. */
    static final int COLLAPSE_MIN_ROWS = 10;

    public ImportPreview {
        sheetNames = List.copyOf(sheetNames);
        headers = List.copyOf(headers);
        fields = List.copyOf(fields);
        rows = List.copyOf(rows);
        rejected = List.copyOf(rejected);
    }

    /** True when the sheet would merge into far fewer leads than it has rows: a sign of a wrong key column. */
    public boolean collapses() {
        return sampledRows >= COLLAPSE_MIN_ROWS && sampledLeads < sampledRows * COLLAPSE;
    }
}
