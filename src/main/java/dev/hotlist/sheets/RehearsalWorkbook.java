package dev.hotlist.sheets;

import dev.hotlist.domain.ColumnMapping;
import dev.hotlist.domain.LeadField;
import dev.hotlist.domain.Progress;
import dev.hotlist.domain.SheetOptions;
import dev.hotlist.domain.UnusableFileException;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.zip.Deflater;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * A larger copy of a lead sheet, for the app's warm-up (the service's {@code WarmUp}): the rows above the header and
 * the header as they are, then the data rows again and again until there are {@code rows} of them, each copy a person
 * of its own (name, last name and record ID numbered, a new e-mail and phone: otherwise the copies would merge into
 * the sheet's own leads) with everything else as the sheet has it. Written as Excel writes a workbook: strings in
 * the shared-strings table, numbers and dates as real numbers and dates, so reading it runs the paths a user's file
 * does. The parts are written here rather than by POI: POI's streaming writer puts a shared-strings table through
 * XMLBeans, which took seconds for the 20,000 rows' strings, longer than the rehearsal itself.
 */
public final class RehearsalWorkbook {
    private RehearsalWorkbook() {
    }

    /** One row of the source as read: its number, each cell's text, kind and date. */
    private record Copied(int rowNumber, String[] text, CellKind[] kind, LocalDate[] date) {
        static Copied of(RowBuffer row) {
            int w = row.width();
            String[] text = new String[w];
            CellKind[] kind = new CellKind[w];
            LocalDate[] date = new LocalDate[w];
            for (int c = 0; c < w; c++) {
                text[c] = row.text(c);
                kind[c] = row.kind(c);
                date[c] = row.date(c);
            }
            return new Copied(row.rowNumber(), text, kind, date);
        }
    }

    /**
     * Writes {@code out} from the first sheet holding leads in {@code source}; returns the data rows written (0 when
     * the sheet has none). Polls {@code progress} for a cancel as an import does.
     */
    public static int write(Path source, Path out, int rows, Progress progress)
            throws UnusableFileException, IOException {
        int headerRow;
        int sheetIndex;
        LeadField[] fields;
        try (LeadSheet sheet = LeadSheets.open(source, SheetOptions.defaults())) {
            headerRow = sheet.headerRowNumber();
            sheetIndex = Math.max(0, sheet.sheetNames().indexOf(sheet.sheetName()));
            ColumnMapping mapping = sheet.mapping();
            fields = new LeadField[mapping.headers().size()];
            for (int c = 0; c < fields.length; c++) {
                fields[c] = mapping.fieldOf(c);
            }
        }
        List<Copied> top = new ArrayList<>();
        List<Copied> data = new ArrayList<>();
        try (SheetSource in = LeadSheets.openSource(source)) {
            in.rows(sheetIndex, MergedRegions.Mode.VERTICAL, row -> {
                (row.rowNumber() <= headerRow ? top : data).add(Copied.of(row));
                return true;
            }, progress);
        }
        SharedTable strings = new SharedTable();
        StringBuilder sheetXml = new StringBuilder(rows * 400);
        sheetXml.append("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n<worksheet xmlns=\"")
                .append(MAIN_NS).append("\"><sheetData>");
        for (Copied row : top) {
            put(sheetXml, row.rowNumber(), row, fields, 0, strings);
        }
        int written = 0;
        for (int copy = 0; !data.isEmpty() && written < rows; copy++) {
            progress.checkCancelled();
            for (int i = 0; i < data.size() && written < rows; i++) {
                put(sheetXml, headerRow + written + 1, data.get(i), fields, copy, strings);
                written++;
            }
        }
        sheetXml.append("</sheetData></worksheet>");
        try (ZipOutputStream zip = new ZipOutputStream(new BufferedOutputStream(Files.newOutputStream(out)))) {
            zip.setLevel(Deflater.BEST_SPEED);
            entry(zip, "[Content_Types].xml", CONTENT_TYPES);
            entry(zip, "_rels/.rels", ROOT_RELS);
            entry(zip, "xl/workbook.xml", WORKBOOK);
            entry(zip, "xl/_rels/workbook.xml.rels", WORKBOOK_RELS);
            entry(zip, "xl/styles.xml", STYLES);
            entry(zip, "xl/sharedStrings.xml", strings.xml());
            entry(zip, "xl/worksheets/sheet1.xml", sheetXml);
        }
        return written;
    }

    private static void put(StringBuilder xml, int rowNumber, Copied row, LeadField[] fields, int copy,
                            SharedTable strings) {
        xml.append("<row r=\"").append(rowNumber).append("\">");
        for (int c = 0; c < row.text().length; c++) {
            String text = row.text()[c];
            if (text.isEmpty()) {
                continue;
            }
            LeadField field = c < fields.length ? fields[c] : LeadField.IGNORE;
            xml.append("<c r=\"").append(columnName(c)).append(rowNumber).append('"');
            boolean renumber = copy > 0 && field != null && isIdentity(field);
            CellKind kind = renumber ? CellKind.TEXT : row.kind()[c];
            String value = renumber ? renumbered(field, text, copy, rowNumber) : text;
            switch (kind) {
                case DATE -> xml.append(" s=\"1\"><v>").append(serial(row.date()[c])).append("</v></c>");
                case NUMBER -> {
                    if (isPlainNumber(value)) {
                        xml.append("><v>").append(value).append("</v></c>");
                    } else {
                        xml.append(" t=\"s\"><v>").append(strings.index(value)).append("</v></c>");
                    }
                }
                case BOOLEAN -> xml.append(" t=\"b\"><v>")
                        .append(Boolean.parseBoolean(value.toLowerCase(Locale.ROOT)) ? 1 : 0).append("</v></c>");
                default -> xml.append(" t=\"s\"><v>").append(strings.index(value)).append("</v></c>");
            }
        }
        xml.append("</row>");
    }

    private static boolean isIdentity(LeadField field) {
        return switch (field) {
            case NAME, LAST_NAME, EXTERNAL_ID, EMAIL, PHONE -> true;
            default -> false;
        };
    }

    private static String renumbered(LeadField field, String text, int copy, int rowIndex) {
        return switch (field) {
            case EMAIL -> {
                int at = text.indexOf('@');
                yield at > 0 ? text.substring(0, at) + "+" + copy + text.substring(at) : text + "+" + copy;
            }
            case PHONE -> String.format(Locale.ROOT, "+1 555 %03d %04d", rowIndex / 10_000 % 1_000, rowIndex % 10_000);
            default -> text + " " + copy;
        };
    }

    private static boolean isPlainNumber(String text) {
        try {
            Double.parseDouble(text);
            return !text.isEmpty() && Character.isDigit(text.charAt(text.length() - 1));
        } catch (NumberFormatException e) {
            return false;
        }
    }

    /** Excel's serial day number (1900 system) of {@code day}. */
    private static long serial(LocalDate day) {
        return day.toEpochDay() - EXCEL_EPOCH.toEpochDay();
    }

    /** A, B, ... Z, AA, ... */
    private static String columnName(int column) {
        StringBuilder name = new StringBuilder();
        for (int c = column + 1; c > 0; c = (c - 1) / 26) {
            name.insert(0, (char) ('A' + (c - 1) % 26));
        }
        return name.toString();
    }

    private static void entry(ZipOutputStream zip, String name, CharSequence xml) throws IOException {
        zip.putNextEntry(new ZipEntry(name));
        zip.write(xml.toString().getBytes(StandardCharsets.UTF_8));
        zip.closeEntry();
    }

    /** The shared-strings table: each distinct string once, cells pointing at it by index, as Excel writes them. */
    private static final class SharedTable {
        private final Map<String, Integer> index = new HashMap<>();
        private final StringBuilder items = new StringBuilder();
        private int count;

        int index(String s) {
            count++;
            return index.computeIfAbsent(s, k -> {
                items.append("<si><t xml:space=\"preserve\">").append(escape(k)).append("</t></si>");
                return index.size();
            });
        }

        CharSequence xml() {
            return new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n<sst xmlns=\"")
                    .append(MAIN_NS).append("\" count=\"").append(count).append("\" uniqueCount=\"")
                    .append(index.size()).append("\">").append(items).append("</sst>");
        }
    }

    private static String escape(String s) {
        StringBuilder out = new StringBuilder(s.length() + 8);
        for (int i = 0; i < s.length(); i++) {
            char ch = s.charAt(i);
            switch (ch) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                default -> {
                    if (ch >= 0x20 || ch == '\t' || ch == '\n' || ch == '\r') {
                        out.append(ch);
                    }
                }
            }
        }
        return out.toString();
    }

    private static final LocalDate EXCEL_EPOCH = LocalDate.of(1899, 12, 30);
    private static final String MAIN_NS = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
    private static final String REL_NS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
    private static final String CONTENT_TYPES = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"
            + "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
            + "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>"
            + "<Default Extension=\"xml\" ContentType=\"application/xml\"/>"
            + "<Override PartName=\"/xl/workbook.xml\" ContentType=\"application/"
            + "vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml\"/>"
            + "<Override PartName=\"/xl/worksheets/sheet1.xml\" ContentType=\"application/"
            + "vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml\"/>"
            + "<Override PartName=\"/xl/styles.xml\" ContentType=\"application/"
            + "vnd.openxmlformats-officedocument.spreadsheetml.styles+xml\"/>"
            + "<Override PartName=\"/xl/sharedStrings.xml\" ContentType=\"application/"
            + "vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml\"/></Types>";
    private static final String ROOT_RELS = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"
            + "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
            + "<Relationship Id=\"rId1\" Type=\"" + REL_NS + "/officeDocument\" Target=\"xl/workbook.xml\"/>"
            + "</Relationships>";
    private static final String WORKBOOK = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"
            + "<workbook xmlns=\"" + MAIN_NS + "\" xmlns:r=\"" + REL_NS + "\"><sheets>"
            + "<sheet name=\"Leads\" sheetId=\"1\" r:id=\"rId1\"/></sheets></workbook>";
    private static final String WORKBOOK_RELS = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"
            + "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
            + "<Relationship Id=\"rId1\" Type=\"" + REL_NS + "/worksheet\" Target=\"worksheets/sheet1.xml\"/>"
            + "<Relationship Id=\"rId2\" Type=\"" + REL_NS + "/styles\" Target=\"styles.xml\"/>"
            + "<Relationship Id=\"rId3\" Type=\"" + REL_NS + "/sharedStrings\" Target=\"sharedStrings.xml\"/>"
            + "</Relationships>";
    /** Two cell formats: general, and the built-in date format 14 (dates read as dates). */
    private static final String STYLES = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"
            + "<styleSheet xmlns=\"" + MAIN_NS + "\"><fonts count=\"1\"><font><sz val=\"11\"/><name val=\"Calibri\"/>"
            + "</font></fonts><fills count=\"1\"><fill><patternFill patternType=\"none\"/></fill></fills>"
            + "<borders count=\"1\"><border><left/><right/><top/><bottom/><diagonal/></border></borders>"
            + "<cellStyleXfs count=\"1\"><xf numFmtId=\"0\" fontId=\"0\" fillId=\"0\" borderId=\"0\"/></cellStyleXfs>"
            + "<cellXfs count=\"2\"><xf numFmtId=\"0\" fontId=\"0\" fillId=\"0\" borderId=\"0\" xfId=\"0\"/>"
            + "<xf numFmtId=\"14\" fontId=\"0\" fillId=\"0\" borderId=\"0\" xfId=\"0\" applyNumberFormat=\"1\"/>"
            + "</cellXfs></styleSheet>";
}
