/**
 * Ranked lists back out to a spreadsheet a manager can open and use.
 *
 * <p>{@link dev.hotlist.sheets.export.Exporters#write Exporters.write} is the one entry point: it picks the
 * {@link dev.hotlist.sheets.export.ExportFormat format} from the file name, and writes through a temporary file in
 * the target's folder that replaces the target only once complete, so a failure or a cancel leaves the old file as
 * it was. The two {@link dev.hotlist.sheets.export.SheetExporter writers} stream an
 * {@link dev.hotlist.sheets.export.ExportRequest} (ranked leads, as-of day, settings, how to word reasons, last
 * calls, locale) to a stream: {@link dev.hotlist.sheets.export.XlsxExporter} through POI's SXSSF in bounded memory,
 * {@link dev.hotlist.sheets.export.CsvExporter} through Commons CSV. Both share one column layout
 * ({@code ExportLayout}: the call sheet a manager prints, then the scores and other fields, then every extra imported
 * column) with headers from {@code columns.properties} that the importer recognises, and neither lets lead text
 * become a formula: reasons are written "timing +35: buys tomorrow", beginning with a word, not a sign.
 */
package dev.hotlist.sheets.export;
