/**
 * Reading lead sheets: any real .xlsx, .xls or .csv in, parsed leads out, streaming.
 *
 * <p>{@link dev.hotlist.sheets.LeadSheets#open} sniffs the format from the file's content and opens a
 * {@code SheetSource} ({@code XlsxSource}: POI's XSSFReader with a lean SAX handler; {@code XlsSource}: HSSF;
 * {@code CsvSource}: Commons CSV with encoding and delimiter detection). It picks the sheet, finds the header row
 * among the first rows ({@link dev.hotlist.sheets.HeaderNames} knows English, Chinese and CRM header names) and
 * maps the columns ({@link dev.hotlist.sheets.ColumnMapper}). The returned {@link dev.hotlist.sheets.LeadSheet}
 * streams each data row through {@code LeadAssembler} into a {@link dev.hotlist.domain.ParsedRow}. Sources reuse
 * one {@code RowBuffer} per pass, and {@code MergedRegions} spreads merged cells as rows go by. To look at one file
 * several ways (once per saved column mapping, say) open it once as a {@link dev.hotlist.sheets.LeadWorkbook} and
 * take its sheets from there: the zip and the shared strings are read once.
 *
 * <p><b>Headers propose, values decide.</b> {@link dev.hotlist.sheets.ColumnMapper} takes each header's proposal
 * from {@code HeaderFamilies} (rule families: entity prefixes, outcomes, flags, whose contact it is) and
 * {@code HeaderNames} (exact names), then {@code ColumnChecks} confirms it on up to 300 values of the column read with
 * the header ({@code CellValues} tells flags, addresses, phones, dates and amounts apart). A rejected column stays an
 * extra field and {@link dev.hotlist.domain.ColumnMapping#rejected} says why. Placeholders ("Select", "--", N/A,
 * 未填写) are blank everywhere.
 *
 * <p><b>Whose contact it is</b>, the order of several email or phone columns (lower wins, then the leftmost; the
 * losers stay extras): 0 the person's mobile, direct or primary line; 1 a plain or work one; 2 home, other or a
 * second one; 3 the company's main line, HQ or switchboard. The owner's, an assistant's, a spouse's, a referrer's or
 * an emergency contact's email or phone (Lead Owner Email, Assistant's Phone, Spouse Email, 负责人手机) is never the
 * lead's. Of record id columns only one is the lead's: the person's before a deal's before an account's. A cell
 * holding several addresses or numbers (Pipedrive's "a@x.se, b@x.se", Google's "+34 600 ::: +34 91") gives the lead
 * the first; the others stay an extra. A column naming the lead record (Lead Name, 线索名称) yields to a person's
 * name column (First/Last Name, 联系人) beside it: there it holds a title or the company.
 *
 * <p>CSV: {@code TextSniff} reads the whole file once for its encoding (UTF-8, Windows-1252, Big5, GB18030; UTF-16 by
 * its BOM) and refuses binary data anywhere; {@code QuoteGuard} gives up a quote that never closes so later rows
 * still arrive. {@link dev.hotlist.sheets.SharedValues} names the emails and phones the sample shows on several
 * different people: no match keys for that sheet.
 *
 * <p>Files that cannot be imported raise {@link dev.hotlist.domain.UnusableFileException} with a key of
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
