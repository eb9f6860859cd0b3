/**
 * Reading lead sheets: any real .xlsx, .xls or .csv in, parsed leads out, streaming.
 *
 * <p>{@link dev.hotlist.sheets.LeadSheets#open} sniffs the format from the file's content and opens a
 * {@code SheetSource} ({@code XlsxSource}: POI's XSSFReader with a lean SAX handler; {@code XlsSource}: HSSF;
 * {@code CsvSource}: Commons CSV with encoding and delimiter detection). It picks the sheet, finds the header row
 * among the first rows ({@link dev.hotlist.sheets.HeaderNames} knows English, Chinese and CRM header names) and
 * maps the columns ({@link dev.hotlist.sheets.ColumnMapper}). The returned {@link dev.hotlist.sheets.LeadSheet}
 * streams each data row through {@code LeadAssembler} into a {@link dev.hotlist.sheets.ParsedRow}. Sources reuse
 * one {@code RowBuffer} per pass, and {@code MergedRegions} spreads merged cells as rows go by. To look at one file
 * several ways (once per saved column mapping, say) open it once as a {@link dev.hotlist.sheets.LeadWorkbook} and
 * take its sheets from there: the zip and the shared strings are read once.
 *
 * <p>Files that cannot be imported raise {@link dev.hotlist.sheets.UnusableFileException} with a key of
 * {@code messages*.properties}; the export of ranked lists lives in {@code dev.hotlist.sheets.export}.
 *
 * <p>A small file must not be able to claim unbounded memory or time. Before POI opens a workbook,
 * {@code PackageCheck} reads the parts POI parses into a DOM itself (content types, relationships, core properties):
 * malformed or DOCTYPE-carrying ones are refused by name, before POI's parser can print a stack trace. Every part
 * Hotlist parses goes through {@code XmlTokenGuard} (no text, name, value, CDATA or PI over 1 MB: the parser buffers
 * each token whole) into a {@code BoundedHandler} (nesting and distinct names capped: the parser keeps a stack and a
 * name table). The shared-string table may take half the heap; beyond that, and for an {@code OutOfMemoryError}
 * anyway, the refusal says the workbook "asks for more memory than Hotlist allows". Each sheet part is read once
 * however many sheet entries point at it, and overlapping merged ranges (which Excel drops when it repairs a file) are
 * dropped in one sorted sweep, so each row costs O(log n) in the merges.
 */
package dev.hotlist.sheets;
