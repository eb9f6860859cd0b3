package dev.hotlist.service;

import dev.hotlist.sheets.LeadField;
import dev.hotlist.sheets.ParsedRow;
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
 */
public record ImportPreview(List<String> sheetNames, String sheetName, int headerRowNumber,
                            List<String> headers, List<LeadField> fields, List<ParsedRow> rows) {
    public ImportPreview {
        sheetNames = List.copyOf(sheetNames);
        headers = List.copyOf(headers);
        fields = List.copyOf(fields);
        rows = List.copyOf(rows);
    }
}
