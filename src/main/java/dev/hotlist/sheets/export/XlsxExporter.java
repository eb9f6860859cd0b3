package dev.hotlist.sheets.export;

import dev.hotlist.domain.Lead;
import dev.hotlist.domain.LeadField;
import dev.hotlist.domain.LeadScore;
import dev.hotlist.domain.Progress;
import dev.hotlist.domain.RankedLead;
import dev.hotlist.domain.ScoringSettings;
import dev.hotlist.domain.Tier;
import dev.hotlist.sheets.HeaderNames;
import java.io.File;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.Writer;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.zip.Deflater;
import org.apache.commons.compress.archivers.zip.ZipArchiveOutputStream;
import org.apache.poi.ss.SpreadsheetVersion;
import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.HorizontalAlignment;
import org.apache.poi.ss.usermodel.PageMargin;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SheetDataWriter;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.apache.poi.xssf.usermodel.XSSFColor;
import org.apache.poi.xssf.usermodel.XSSFFont;

/**
 * Writes .xlsx through POI's streaming workbook: only {@value #WINDOW} rows are in memory at a time, the rest go to
 * temporary files that are deleted when the export ends, so a million rows fit in a small heap (compressed past
 * {@value #UNCOMPRESSED_ROWS} rows, where the disk they take starts to matter).
 *
 * <p>The lead sheet has real numbers and dates (a budget, size or extra value that states a plain number is a number
 * cell; phones and ids stay text), lead text as plain string cells (never formulas), a bold header frozen with the
 * rank, tier and name columns, an autofilter, column widths from the content, and the tier cell in its tier's
 * colour. Printed, it is the call sheet ({@link ExportLayout#CALL_SHEET}: rank to next action) in landscape, one
 * page wide, the header row on every page; the other columns stay in the file for filtering and re-import. A second
 * sheet lists the as-of day and every scoring setting.
 */
public final class XlsxExporter implements SheetExporter {
    /** Rows kept in memory while streaming. */
    static final int WINDOW = 100;
    /** Up to this many rows the streaming temp file (about 1 KB a row) is written uncompressed. */
    static final int UNCOMPRESSED_ROWS = 200_000;
    /** Lead rows that fit in one sheet under the header. */
    public static final int MAX_ROWS = SpreadsheetVersion.EXCEL2007.getMaxRows() - 1;
    private static final int MAX_TEXT = SpreadsheetVersion.EXCEL2007.getMaxTextLength();
    private static final int REPORT_EVERY = CsvExporter.REPORT_EVERY;
    /** Rows looked at to size the columns; SXSSF cannot autosize rows it has already flushed. */
    private static final int WIDTH_SAMPLE = 300;
    private static final int MAX_WIDTH = 45;
    private static final int MAX_WHY_WIDTH = 60;
    /** Height of one line of the default 11 pt font, and Excel's largest row height. */
    private static final float LINE_POINTS = 15f;
    private static final float MAX_ROW_POINTS = 409f;
    /** Lines of reasons a row shows (and prints): the strongest two; the cell holds them all. */
    private static final int PRINTED_WHY_LINES = 2;
    /** Longest bare digit string an extra column writes as a number; longer ones are ids or phones. */
    private static final int MAX_BARE_DIGITS = 6;
    private static final List<String> IDENTIFIER_PARTS = List.of("number", "code", "zip", "postal", "qq", "wechat",
            "weixin", "phone", "mobile", "account", "号", "码", "编", "邮编", "微信", "电话", "手机", "证");

    @Override
    public int write(ExportRequest request, OutputStream out, Progress progress) throws IOException {
        List<RankedLead> rows = request.rows();
        if (rows.size() > MAX_ROWS) {
            throw new IllegalArgumentException(rows.size() + " rows do not fit in one sheet (at most " + MAX_ROWS + ")");
        }
        ExportTexts texts = ExportTexts.of(request.locale());
        ExportLayout layout = ExportLayout.of(rows, texts);
        // close() deletes the streaming temp files (it disposes them since POI 5.x), also on error or cancel.
        try (SXSSFWorkbook wb = new FastZipWorkbook(WINDOW)) {
            // Gzipping the temp file costs as much CPU as the final zip; only a big export needs the disk it saves.
            wb.setCompressTempFiles(rows.size() > UNCOMPRESSED_ROWS);
            Styles styles = new Styles(wb);
            writeLeads(wb.createSheet(texts.text("sheet.leads")), request, layout, texts, styles, progress);
            writeSettings(wb.createSheet(texts.text("sheet.scoring")), request, texts, styles);
            progress.checkCancelled();
            wb.write(out);
            progress.update(rows.size(), rows.size());
            return rows.size();
        }
    }

    private static void writeLeads(SXSSFSheet sheet, ExportRequest request, ExportLayout layout, ExportTexts texts,
                                   Styles styles, Progress progress) {
        List<RankedLead> rows = request.rows();
        int total = rows.size();
        int lastCol = layout.width() - 1;
        // Rank, tier and name stay in view while the wide reasons and fields scroll by.
        sheet.createFreezePane(ExportLayout.CALL_SHEET.indexOf(Column.NAME) + 1, 1);
        sheet.setAutoFilter(new CellRangeAddress(0, total, 0, lastCol));
        int[] widths = setWidths(sheet, request, layout, texts);
        int whyChars = widths[ExportLayout.FIXED.indexOf(Column.WHY)];
        printAsCallSheet(sheet, total, request, texts);
        boolean[] filled = new boolean[ExportLayout.CALL_SHEET.size()];
        boolean[] quantities = new boolean[layout.extraKeys().size()];
        for (int e = 0; e < quantities.length; e++) {
            quantities[e] = holdsQuantities(layout.extraKeys().get(e));
        }

        Row header = sheet.createRow(0);
        for (int c = 0; c <= lastCol; c++) {
            Cell cell = header.createCell(c);
            cell.setCellValue(layout.headers().get(c));
            cell.setCellStyle(styles.header);
        }
        for (int i = 0; i < total; i++) {
            if (i % REPORT_EVERY == 0) {
                progress.checkCancelled();
                progress.update(i, total);
            }
            RankedLead r = rows.get(i);
            LastCall last = request.lastCall().apply(r.lead().id()).orElse(null);
            String why = LeadText.why(r.score(), request.reasonText(), "\n");
            Row row = sheet.createRow(i + 1);
            fitHeight(row, why, whyChars);
            markFilled(filled, r, last, texts);
            int col = 0;
            for (Column c : ExportLayout.FIXED) {
                writeCell(row, col++, c, r, last, why, texts, styles);
            }
            Map<String, String> extra = r.lead().extra();
            for (int e = 0; e < quantities.length; e++) {
                String value = extra.get(layout.extraKeys().get(e));
                if (quantities[e]) {
                    numberOrText(row, col++, value, false, styles);
                } else {
                    text(row, col++, value, styles);
                }
            }
        }
        hideEmpty(sheet, filled, total);
    }

    /**
     * Which call-sheet columns hold anything: one that is empty in every row (no owner, never called) is hidden, so
     * it takes no room on paper; its header stays in the file.
     */
    private static void markFilled(boolean[] filled, RankedLead r, LastCall last, ExportTexts texts) {
        for (int c = 0; c < filled.length; c++) {
            if (!filled[c]) {
                filled[c] = holdsText(ExportLayout.CALL_SHEET.get(c), r, last);
            }
        }
    }

    private static boolean holdsText(Column c, RankedLead r, LastCall last) {
        Lead lead = r.lead();
        return switch (c) {
            case RANK, TIER, WHY, STAGE -> true;
            case BUYING_TIME -> lead.buyingDate() != null || !lead.buyingStated().isBlank();
            case LAST_CALL, LAST_CALL_AT -> last != null;
            case NEXT_ACTION -> lead.nextActionDate() != null;
            default -> !LeadText.of(c, lead).isBlank();
        };
    }

    private static void hideEmpty(SXSSFSheet sheet, boolean[] filled, int total) {
        for (int c = 0; c < filled.length; c++) {
            if (!filled[c] && total > 0) {
                sheet.setColumnHidden(c, true);
            }
        }
    }

    /**
     * Printed, the lead sheet is a call list a manager reads: landscape, the call-sheet columns only, one page wide
     * (as many pages down as it takes), the header row repeated on every page, rows told apart by gridlines, the
     * view and as-of day at the top of every page and "page 2 of 5" at the foot. A row prints at most two lines of
     * reasons, the strongest (the cell keeps them all).
     */
    private static void printAsCallSheet(SXSSFSheet sheet, int total, ExportRequest request, ExportTexts texts) {
        String title = request.title().isEmpty() ? texts.format("print.title", request.asOf().toString())
                : texts.format("print.titled", request.title(), request.asOf().toString());
        sheet.getHeader().setCenter("&B&12" + title.replace("&", "&&"));
        sheet.getFooter().setCenter(texts.format("print.page", "&P", "&N"));
        sheet.getPrintSetup().setLandscape(true);
        sheet.setFitToPage(true);
        sheet.getPrintSetup().setFitWidth((short) 1);
        sheet.getPrintSetup().setFitHeight((short) 0);
        sheet.setRepeatingRows(new CellRangeAddress(0, 0, -1, -1));
        sheet.setPrintGridlines(true);
        sheet.setHorizontallyCenter(true);
        sheet.setMargin(PageMargin.LEFT, 0.4);
        sheet.setMargin(PageMargin.RIGHT, 0.4);
        sheet.setMargin(PageMargin.TOP, 0.5);
        sheet.setMargin(PageMargin.BOTTOM, 0.5);
        sheet.getWorkbook().setPrintArea(sheet.getWorkbook().getSheetIndex(sheet), 0,
                ExportLayout.CALL_SHEET.size() - 1, 0, total);
    }

    /**
     * Whether an extra column may hold quantities ("Amount", "Seats"): not when its header names a phone, an id, a
     * code or a number-as-identifier ("QQ", "Order No.", "邮编", "微信"), whose digits must stay text.
     */
    static boolean holdsQuantities(String header) {
        Optional<LeadField> known = HeaderNames.fieldOf(header);
        if (known.isPresent() && (known.get() == LeadField.PHONE || known.get() == LeadField.EXTERNAL_ID
                || known.get() == LeadField.EMAIL)) {
            return false;
        }
        String key = HeaderNames.normalize(header);
        if (key.endsWith("id") || key.endsWith("no") || key.endsWith("nr") || key.endsWith("ids")) {
            return false;
        }
        for (String part : IDENTIFIER_PARTS) {
            if (key.contains(part)) {
                return false;
            }
        }
        return true;
    }

    /**
     * A number cell when the text states a plain number, else the text. Only a known quantity column ({@code
     * anyLength}) turns a long bare digit string into a number: in an extra column that is more likely an id.
     */
    private static void numberOrText(Row row, int col, String value, boolean anyLength, Styles styles) {
        LeadText.StatedNumber n = value == null ? null : LeadText.number(value);
        if (n != null && (anyLength || n.separators() || n.decimals() > 0 || !n.currency().isEmpty()
                || n.digits() <= MAX_BARE_DIGITS)) {
            Cell cell = row.createCell(col);
            cell.setCellValue(n.value());
            cell.setCellStyle(styles.numberAs(n.format()));
        } else {
            text(row, col, value, styles);
        }
    }

    private static void writeCell(Row row, int col, Column c, RankedLead r, LastCall last, String why,
                                  ExportTexts texts, Styles styles) {
        Lead lead = r.lead();
        LeadScore score = r.score();
        switch (c) {
            case RANK -> number(row, col, r.rank(), styles.number);
            case TIER -> {
                Cell cell = row.createCell(col);
                cell.setCellValue(score.tier().name());
                cell.setCellStyle(styles.tiers.get(score.tier()));
            }
            case PRIORITY -> number(row, col, score.priorityPoints(), styles.number);
            case NEED_SCORE -> number(row, col, score.needPoints(), styles.number);
            case TIMING_SCORE -> number(row, col, score.timingPoints(), styles.number);
            case WHY -> {
                if (!why.isEmpty()) {
                    Cell cell = row.createCell(col);
                    cell.setCellValue(clip(why));
                    cell.setCellStyle(styles.why);
                }
            }
            case BUYING_TIME -> {
                if (lead.buyingDate() != null) {
                    Cell cell = row.createCell(col);
                    cell.setCellValue(lead.buyingDate());
                    cell.setCellStyle(styles.date);
                } else {
                    text(row, col, lead.buyingStated(), styles);
                }
            }
            case BUDGET -> numberOrText(row, col, lead.budget(), true, styles);
            case SIZE -> numberOrText(row, col, lead.size(), true, styles);
            case STAGE -> text(row, col, texts.stage(lead.stage()), styles);
            case LAST_CALL -> text(row, col, last == null ? null : texts.outcome(last.outcome()), styles);
            case LAST_CALL_AT -> {
                if (last != null) {
                    Cell cell = row.createCell(col);
                    cell.setCellValue(last.at());
                    cell.setCellStyle(styles.dateTime);
                }
            }
            case NEXT_ACTION -> {
                if (lead.nextActionDate() != null) {
                    Cell cell = row.createCell(col);
                    cell.setCellValue(lead.nextActionDate());
                    cell.setCellStyle(styles.date);
                }
            }
            default -> text(row, col, LeadText.of(c, lead), styles);
        }
    }

    private static void number(Row row, int col, double value, CellStyle style) {
        Cell cell = row.createCell(col);
        cell.setCellValue(value);
        cell.setCellStyle(style);
    }

    /** Lead text as a string cell; text that looks like a formula is marked so editing it in Excel keeps it text. */
    private static void text(Row row, int col, String value, Styles styles) {
        if (value == null || value.isEmpty()) {
            return;
        }
        Cell cell = row.createCell(col);
        cell.setCellValue(clip(value));
        cell.setCellStyle(LeadText.looksLikeFormula(value) ? styles.quotedText : styles.text);
    }

    /** Excel refuses cells longer than 32,767 characters; the start of an overlong note is what a reader needs. */
    private static String clip(String value) {
        return value.length() <= MAX_TEXT ? value : value.substring(0, MAX_TEXT);
    }

    private static void writeSettings(SXSSFSheet sheet, ExportRequest request, ExportTexts texts, Styles styles) {
        ScoringSettings s = request.settings();
        sheet.setColumnWidth(0, 48 * 256);
        sheet.setColumnWidth(1, 14 * 256);
        sheet.setColumnWidth(2, 56 * 256);
        sheet.getPrintSetup().setLandscape(true);
        // One page wide when printed: the sheet is short, and a legend cut in half helps nobody.
        sheet.setFitToPage(true);
        sheet.getPrintSetup().setFitWidth((short) 1);
        sheet.getPrintSetup().setFitHeight((short) 0);
        int r = 0;
        Row header = sheet.createRow(r++);
        headerCell(header, 0, texts.text("settings.header.setting"), styles);
        headerCell(header, 1, texts.text("settings.header.value"), styles);

        Row asOf = settingRow(sheet, r++, texts.text("settings.asOf"), styles);
        asOf.createCell(1).setCellValue(request.asOf());
        asOf.getCell(1).setCellStyle(styles.date);
        setting(sheet, r++, texts.text("settings.rows"), request.rows().size(), styles.number, styles);
        setting(sheet, r++, texts.text("settings.needWeight"), s.needWeight(), styles.decimal, styles);
        setting(sheet, r++, texts.text("settings.timingWeight"), s.timingWeight(), styles.decimal, styles);
        setting(sheet, r++, texts.text("settings.hotNeed"), s.hotNeed(), styles.number, styles);
        setting(sheet, r++, texts.text("settings.hotTiming"), s.hotTiming(), styles.number, styles);
        setting(sheet, r++, texts.text("settings.timingMidpointDays"), s.timingMidpointDays(), styles.general, styles);
        setting(sheet, r++, texts.text("settings.timingSteepness"), s.timingSteepness(), styles.general, styles);
        setting(sheet, r++, texts.text("settings.overdueGraceDays"), s.overdueGraceDays(), styles.number, styles);
        setting(sheet, r++, texts.text("settings.staleAfterDays"), s.staleAfterDays(), styles.number, styles);

        r++;
        Row legend = sheet.createRow(r++);
        headerCell(legend, 0, texts.text("settings.header.tier"), styles);
        headerCell(legend, 1, texts.text("settings.header.meaning"), styles);
        headerCell(legend, 2, "", styles);
        sheet.addMergedRegion(new CellRangeAddress(legend.getRowNum(), legend.getRowNum(), 1, 2));
        for (Tier tier : Tier.values()) {
            Row row = sheet.createRow(r++);
            Cell name = row.createCell(0);
            name.setCellValue(tier.name());
            name.setCellStyle(styles.tiers.get(tier));
            // The meaning spans the value and the wide third column, so it prints on the same page.
            Cell meaning = row.createCell(1);
            meaning.setCellValue(texts.format("tier." + tier.name(), s.hotNeed(), s.hotTiming()));
            meaning.setCellStyle(styles.text);
            sheet.addMergedRegion(new CellRangeAddress(row.getRowNum(), row.getRowNum(), 1, 2));
        }
    }

    private static void headerCell(Row row, int col, String text, Styles styles) {
        Cell cell = row.createCell(col);
        cell.setCellValue(text);
        cell.setCellStyle(styles.header);
    }

    private static Row settingRow(SXSSFSheet sheet, int r, String label, Styles styles) {
        Row row = sheet.createRow(r);
        Cell cell = row.createCell(0);
        cell.setCellValue(label);
        cell.setCellStyle(styles.text);
        return row;
    }

    private static void setting(SXSSFSheet sheet, int r, String label, double value, CellStyle style,
                                Styles styles) {
        number(settingRow(sheet, r, label, styles), 1, value, style);
    }

    /**
     * Makes a row tall enough for its wrapped reasons. Streamed rows get no automatic height (LibreOffice keeps
     * one line and the reasons overprint each other), and the line count is known here anyway.
     */
    private static void fitHeight(Row row, String why, int whyChars) {
        int lines = 0;
        int start = 0;
        while (start <= why.length()) {
            int end = why.indexOf('\n', start);
            if (end < 0) {
                end = why.length();
            }
            int width = displayWidth(why.substring(start, end));
            lines += Math.max(1, (width + whyChars - 2) / (whyChars - 1));
            start = end + 1;
        }
        if (lines > 1) {
            row.setHeightInPoints(Math.min(LINE_POINTS * Math.min(lines, PRINTED_WHY_LINES) + 2, MAX_ROW_POINTS));
        }
    }

    /**
     * Sets column widths from the header and the first rows, in characters (CJK counts double), capped so notes do
     * not sprawl; returns them.
     */
    private static int[] setWidths(SXSSFSheet sheet, ExportRequest request, ExportLayout layout, ExportTexts texts) {
        int[] widths = new int[layout.width()];
        for (int c = 0; c < widths.length; c++) {
            // Room for the autofilter's drop-down button.
            widths[c] = displayWidth(layout.headers().get(c)) + 3;
        }
        List<RankedLead> sample = request.rows().subList(0, Math.min(WIDTH_SAMPLE, request.rows().size()));
        for (RankedLead r : sample) {
            int col = 0;
            for (Column c : ExportLayout.FIXED) {
                widen(widths, col++, sampleText(c, r, request, texts));
            }
            for (String key : layout.extraKeys()) {
                widen(widths, col++, r.lead().extra().get(key));
            }
        }
        int whyCol = ExportLayout.FIXED.indexOf(Column.WHY);
        // Bold centred tier names need a little more room than their letters.
        widths[ExportLayout.FIXED.indexOf(Column.TIER)] += 2;
        for (int c = 0; c < widths.length; c++) {
            int cap = c == whyCol ? MAX_WHY_WIDTH : MAX_WIDTH;
            widths[c] = Math.min(widths[c] + 1, cap);
            sheet.setColumnWidth(c, widths[c] * 256);
        }
        return widths;
    }

    private static void widen(int[] widths, int col, String text) {
        if (text != null) {
            widths[col] = Math.max(widths[col], displayWidth(text));
        }
    }

    private static String sampleText(Column c, RankedLead r, ExportRequest request, ExportTexts texts) {
        Lead lead = r.lead();
        return switch (c) {
            case RANK -> Integer.toString(r.rank());
            case TIER -> r.score().tier().name();
            case PRIORITY, NEED_SCORE, TIMING_SCORE -> "100";
            case WHY -> LeadText.why(r.score(), request.reasonText(), "\n");
            case BUYING_TIME -> lead.buyingDate() != null ? "2000-01-01" : lead.buyingStated();
            case STAGE -> texts.stage(lead.stage());
            case LAST_CALL -> request.lastCall().apply(lead.id()).map(l -> texts.outcome(l.outcome())).orElse("");
            case LAST_CALL_AT -> "2000-01-01 00:00";
            case NEXT_ACTION -> lead.nextActionDate() != null ? "2000-01-01" : "";
            default -> LeadText.of(c, lead);
        };
    }

    /** Columns a text needs: its longest line, with wide (CJK, full-width) characters counting two. */
    static int displayWidth(String text) {
        int longest = 0;
        int line = 0;
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            i += Character.charCount(cp);
            if (cp == '\n') {
                longest = Math.max(longest, line);
                line = 0;
            } else {
                line += isWide(cp) ? 2 : 1;
            }
        }
        return Math.max(longest, line);
    }

    private static boolean isWide(int cp) {
        return cp >= 0x1100 && (cp <= 0x115F || (cp >= 0x2E80 && cp <= 0xA4CF) || (cp >= 0xAC00 && cp <= 0xD7A3)
                || (cp >= 0xF900 && cp <= 0xFAFF) || (cp >= 0xFE30 && cp <= 0xFE4F) || (cp >= 0xFF00 && cp <= 0xFF60)
                || (cp >= 0xFFE0 && cp <= 0xFFE6) || (cp >= 0x20000 && cp <= 0x3FFFD));
    }

    /** The workbook's few shared styles: Excel caps styles per file, so cells share these instead of owning one. */
    /**
     * Zips the workbook at the fastest deflate level: the sheet XML is most of an export's bytes (132 MB for 100,000
     * leads), which zlib deflates in 0.43 s of CPU at level 1 against 1.12 s at the default 6, for a file a third
     * larger (14.5 MB against 10.9 MB).
     */
    private static final class FastZipWorkbook extends SXSSFWorkbook {
        FastZipWorkbook(int window) {
            super(window);
        }

        @Override
        protected ZipArchiveOutputStream createArchiveOutputStream(OutputStream stream) {
            ZipArchiveOutputStream zip = super.createArchiveOutputStream(stream);
            zip.setLevel(Deflater.BEST_SPEED);
            return zip;
        }

        /** The sheet XML goes to its temporary file through {@link Utf8Writer} (uncompressed: see the class). */
        @Override
        protected SheetDataWriter createSheetDataWriter() throws IOException {
            if (isCompressTempFiles()) {
                return super.createSheetDataWriter();
            }
            return new SheetDataWriter() {
                @Override
                public Writer createWriter(File fd) throws IOException {
                    return new Utf8Writer(decorateOutputStream(new FileOutputStream(fd)));
                }
            };
        }
    }

    private static final class Styles {
        final CellStyle header;
        final CellStyle text;
        final CellStyle quotedText;
        final CellStyle why;
        final CellStyle number;
        final CellStyle decimal;
        final CellStyle general;
        final CellStyle date;
        final Map<Tier, CellStyle> tiers = new EnumMap<>(Tier.class);
        final CellStyle dateTime;
        /** Number styles by format, made on first use: the handful of ways numbers were written in the sheet. */
        private final Map<String, CellStyle> numbers = new HashMap<>();
        private final SXSSFWorkbook wb;

        Styles(SXSSFWorkbook wb) {
            this.wb = wb;
            var formats = wb.createDataFormat();

            XSSFFont bold = (XSSFFont) wb.createFont();
            bold.setBold(true);
            XSSFCellStyle h = top(wb);
            h.setFont(bold);
            h.setVerticalAlignment(VerticalAlignment.CENTER);
            h.setFillForegroundColor(rgb(0xD9, 0xE1, 0xF2));
            h.setFillPattern(FillPatternType.SOLID_FOREGROUND);
            h.setBorderBottom(BorderStyle.THIN);
            header = h;

            text = top(wb);
            quotedText = top(wb);
            quotedText.setQuotePrefixed(true);
            why = top(wb);
            why.setWrapText(true);
            // Keeps the reasons apart from the right-aligned timing score just left of them.
            why.setAlignment(HorizontalAlignment.LEFT);
            why.setIndention((short) 1);
            // Reasons begin with a word ("timing +35: …"); should one not, editing it must not make a formula.
            why.setQuotePrefixed(true);
            number = top(wb);
            number.setDataFormat(formats.getFormat("0"));
            decimal = top(wb);
            decimal.setDataFormat(formats.getFormat("0.00"));
            general = top(wb);
            date = top(wb);
            date.setDataFormat(formats.getFormat("yyyy-mm-dd"));
            date.setAlignment(HorizontalAlignment.LEFT);

            tier(wb, Tier.HOT, rgb(0xF8, 0xCB, 0xAD), rgb(0x9C, 0x00, 0x06));
            tier(wb, Tier.SCHEDULE, rgb(0xFF, 0xE6, 0x99), rgb(0x7F, 0x60, 0x00));
            tier(wb, Tier.QUALIFY, rgb(0xBD, 0xD7, 0xEE), rgb(0x1F, 0x4E, 0x78));
            tier(wb, Tier.NURTURE, rgb(0xE7, 0xE6, 0xE6), rgb(0x59, 0x59, 0x59));
            dateTime = top(wb);
            dateTime.setDataFormat(formats.getFormat("yyyy-mm-dd hh:mm"));
            dateTime.setAlignment(HorizontalAlignment.LEFT);
        }

        /** The style of a number written as {@code format} ("#,##0", "\"¥\"#,##0.00"). */
        CellStyle numberAs(String format) {
            if (format.equals("0")) {
                return number;
            }
            return numbers.computeIfAbsent(format, f -> {
                XSSFCellStyle s = top(wb);
                s.setDataFormat(wb.createDataFormat().getFormat(f));
                return s;
            });
        }

        private void tier(SXSSFWorkbook wb, Tier tier, XSSFColor fill, XSSFColor fontColour) {
            XSSFFont font = (XSSFFont) wb.createFont();
            font.setBold(true);
            font.setColor(fontColour);
            XSSFCellStyle s = top(wb);
            s.setFont(font);
            s.setFillForegroundColor(fill);
            s.setFillPattern(FillPatternType.SOLID_FOREGROUND);
            s.setAlignment(HorizontalAlignment.CENTER);
            tiers.put(tier, s);
        }

        /** Rows grow tall when the reasons wrap; top alignment keeps each row readable from its first line. */
        private static XSSFCellStyle top(SXSSFWorkbook wb) {
            XSSFCellStyle s = (XSSFCellStyle) wb.createCellStyle();
            s.setVerticalAlignment(VerticalAlignment.TOP);
            return s;
        }

        private static XSSFColor rgb(int r, int g, int b) {
            return new XSSFColor(new byte[] {(byte) r, (byte) g, (byte) b});
        }
    }

}
