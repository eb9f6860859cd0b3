package dev.hotlist.sheets;

import java.io.IOException;
import java.io.OutputStream;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.zip.Deflater;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * Writes hostile and odd .xlsx files from scratch, streaming, so a test can make a 2 MB file that holds a 200 MB text
 * node without a 200 MB file in the repository: the package parts of a one-sheet workbook, any of which a case may
 * replace. Shared by the sheet tests, the command-line tests in a 256 MB child JVM, and {@code HostileBench}.
 */
public final class HostileWorkbooks {
    /** Writes one zip entry's content. */
    @FunctionalInterface
    public interface Part {
        void write(OutputStream out) throws IOException;
    }

    public static final String CONTENT_TYPES = "[Content_Types].xml";
    public static final String ROOT_RELS = "_rels/.rels";
    public static final String WORKBOOK = "xl/workbook.xml";
    public static final String WORKBOOK_RELS = "xl/_rels/workbook.xml.rels";
    public static final String SHEET = "xl/worksheets/sheet1.xml";
    public static final String SHARED_STRINGS = "xl/sharedStrings.xml";
    static final String MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
    static final String REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
    static final String PKG_REL = "http://schemas.openxmlformats.org/package/2006/relationships";
    /** The header row of every generated sheet, and the start of its data. */
    static final String HEADER_ROW = "<row r=\"1\">" + inline("A1", "Name") + inline("B1", "Phone") + "</row>";

    /**
     * A row past the ones the mapping samples when the sheet opens ({@link ColumnChecks#SAMPLE_VALUES}): a file that
     * breaks there is refused mid-import, inside the transaction, not already while it opens.
     */
    public static final int PAST_THE_SAMPLE = ColumnChecks.SAMPLE_VALUES + 700;

    private HostileWorkbooks() {
    }

    /** The parts of a workbook of one sheet, "Leads", whose {@link #SHEET} holds {@code sheetData}. */
    public static Map<String, Part> parts(String sheetData) {
        Map<String, Part> parts = new LinkedHashMap<>();
        parts.put(CONTENT_TYPES, text(contentTypes(1)));
        parts.put(ROOT_RELS, text("<?xml version=\"1.0\" encoding=\"UTF-8\"?><Relationships xmlns=\"" + PKG_REL
                + "\"><Relationship Id=\"rId1\" Type=\"" + REL + "/officeDocument\" Target=\"xl/workbook.xml\"/>"
                + "</Relationships>"));
        parts.put(WORKBOOK, text(workbook(1, 1)));
        parts.put(WORKBOOK_RELS, text(workbookRels(1)));
        parts.put(SHEET, text(sheet(sheetData)));
        return parts;
    }

    /** A sheet part around {@code sheetData} (the rows, without the sheetData element). */
    public static String sheet(String sheetData) {
        return "<?xml version=\"1.0\" encoding=\"UTF-8\"?><worksheet xmlns=\"" + MAIN + "\" xmlns:r=\"" + REL
                + "\"><sheetData>" + sheetData + "</sheetData></worksheet>";
    }

    /** A good sheet: the header and {@code rows} leads. */
    public static String rows(int rows) {
        StringBuilder sb = new StringBuilder(HEADER_ROW);
        for (int r = 2; r < rows + 2; r++) {
            sb.append("<row r=\"").append(r).append("\">").append(inline("A" + r, "Lead " + r))
                    .append("<c r=\"B").append(r).append("\"><v>").append(1_000_000 + r).append("</v></c></row>");
        }
        return sb.toString();
    }

    static String inline(String ref, String text) {
        return "<c r=\"" + ref + "\" t=\"inlineStr\"><is><t>" + text + "</t></is></c>";
    }

    static String contentTypes(int sheets) {
        StringBuilder sb = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?><Types xmlns=\""
                + "http://schemas.openxmlformats.org/package/2006/content-types\"><Default Extension=\"rels\" "
                + "ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/><Default Extension=\"xml\" "
                + "ContentType=\"application/xml\"/><Override PartName=\"/xl/workbook.xml\" ContentType=\"application/"
                + "vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml\"/>");
        for (int i = 1; i <= sheets; i++) {
            sb.append("<Override PartName=\"/xl/worksheets/sheet").append(i).append(".xml\" ContentType=\"application/"
                    + "vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml\"/>");
        }
        return sb.append("</Types>").toString();
    }

    /** A workbook.xml listing {@code entries} sheets, each relationship {@code rId(i % parts + 1)}. */
    static String workbook(int entries, int parts) {
        StringBuilder sb = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?><workbook xmlns=\"" + MAIN
                + "\" xmlns:r=\"" + REL + "\"><sheets>");
        for (int i = 0; i < entries; i++) {
            sb.append("<sheet name=\"").append(i == 0 ? "Leads" : "S" + i).append("\" sheetId=\"").append(i + 1)
                    .append("\" r:id=\"rId").append(i % parts + 1).append("\"/>");
        }
        return sb.append("</sheets></workbook>").toString();
    }

    static String workbookRels(int sheets) {
        StringBuilder sb = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?><Relationships xmlns=\""
                + PKG_REL + "\">");
        for (int i = 1; i <= sheets; i++) {
            sb.append("<Relationship Id=\"rId").append(i).append("\" Type=\"").append(REL)
                    .append("/worksheet\" Target=\"worksheets/sheet").append(i).append(".xml\"/>");
        }
        return sb.append("</Relationships>").toString();
    }

    public static Part text(String content) {
        return out -> out.write(content.getBytes(StandardCharsets.UTF_8));
    }

    /** {@code before}, then {@code bytes} of filler that compresses about 80:1 (no zip bomb), then {@code after}. */
    public static Part around(String before, long bytes, String after) {
        return out -> {
            out.write(before.getBytes(StandardCharsets.UTF_8));
            filler(out, bytes);
            out.write(after.getBytes(StandardCharsets.UTF_8));
        };
    }

    /** Letters with a digit every 200 bytes: deflates about 80:1, well below the 1000:1 of a zip bomb. */
    static void filler(OutputStream out, long bytes) throws IOException {
        byte[] block = new byte[1 << 16];
        java.util.Arrays.fill(block, (byte) 'x');
        long seed = 42;
        for (long done = 0; done < bytes; ) {
            for (int i = 0; i < block.length; i += 200) {
                seed = seed * 6364136223846793005L + 1442695040888963407L;
                block[i] = (byte) ('0' + (int) ((seed >>> 33) % 10));
            }
            int n = (int) Math.min(block.length, bytes - done);
            out.write(block, 0, n);
            done += n;
        }
    }

    /** A sheet whose rows are streamed by {@code rows} (a writer of the rows below the header). */
    public static Part streamedSheet(RowWriter rows) {
        return out -> {
            Writer w = new java.io.BufferedWriter(new java.io.OutputStreamWriter(out, StandardCharsets.UTF_8), 1 << 16);
            w.write("<?xml version=\"1.0\" encoding=\"UTF-8\"?><worksheet xmlns=\"" + MAIN + "\" xmlns:r=\"" + REL
                    + "\"><sheetData>" + HEADER_ROW);
            rows.write(w);
            w.write("</sheetData></worksheet>");
            w.flush();
        };
    }

    /** Writes rows of a sheet. */
    @FunctionalInterface
    public interface RowWriter {
        void write(Writer w) throws IOException;
    }

    /** Writes {@code parts} as a zip, fast (deflate level 1). */
    public static Path write(Path file, Map<String, Part> parts) throws IOException {
        try (ZipOutputStream zip = new ZipOutputStream(new java.io.BufferedOutputStream(Files.newOutputStream(file),
                1 << 16))) {
            zip.setLevel(Deflater.BEST_SPEED);
            for (Map.Entry<String, Part> e : parts.entrySet()) {
                zip.putNextEntry(new ZipEntry(e.getKey()));
                e.getValue().write(new NoClose(zip));
                zip.closeEntry();
            }
        }
        return file;
    }

    /** Keeps a part's writer from closing the zip under it. */
    private static final class NoClose extends java.io.FilterOutputStream {
        NoClose(OutputStream out) {
            super(out);
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            out.write(b, off, len);
        }

        @Override
        public void close() throws IOException {
            flush();
        }
    }

    // ---- the cases ----

    /** A sheet with a text node of {@code bytes} between two rows (nothing a cell captures). */
    public static Path hugeText(Path file, long bytes) throws IOException {
        return withSheet(file, around(sheetStart() + "<row r=\"2\">" + inline("A2", "Ann") + "</row>", bytes,
                "<row r=\"3\">" + inline("A3", "Bob") + "</row>" + sheetEnd()));
    }

    /** A cell's inline text of {@code bytes}: the one token the reader captures (it keeps 32,767 characters). */
    public static Path hugeCell(Path file, long bytes) throws IOException {
        return withSheet(file, around(sheetStart() + "<row r=\"2\"><c r=\"A2\" t=\"inlineStr\"><is><t>", bytes,
                "</t></is></c></row>" + sheetEnd()));
    }

    public static Path hugeAttribute(Path file, long bytes) throws IOException {
        return withSheet(file, around(sheetStart() + "<row r=\"2\" spans=\"", bytes, "\">" + inline("A2", "Ann")
                + "</row>" + sheetEnd()));
    }

    public static Path hugeName(Path file, long bytes) throws IOException {
        return withSheet(file, around(sheetStart() + "<row r=\"2\">" + inline("A2", "Ann") + "</row><x", bytes,
                "/>" + sheetEnd()));
    }

    public static Path hugeCdata(Path file, long bytes) throws IOException {
        return withSheet(file, around(sheetStart() + "<row r=\"2\"><c r=\"A2\" t=\"inlineStr\"><is><t><![CDATA[",
                bytes, "]]></t></is></c></row>" + sheetEnd()));
    }

    /** Elements nested {@code depth} deep inside the sheet data. */
    public static Path deepNesting(Path file, int depth) throws IOException {
        return withSheet(file, out -> {
            out.write((sheetStart()).getBytes(StandardCharsets.UTF_8));
            byte[] open = "<a>".getBytes(StandardCharsets.US_ASCII);
            byte[] close = "</a>".getBytes(StandardCharsets.US_ASCII);
            for (int i = 0; i < depth; i++) {
                out.write(open);
            }
            for (int i = 0; i < depth; i++) {
                out.write(close);
            }
            out.write(sheetEnd().getBytes(StandardCharsets.UTF_8));
        });
    }

    /** {@code count} elements of distinct names ({@code <n0/><n1/>…}), which a parser's name table would keep. */
    public static Path manyNames(Path file, int count) throws IOException {
        return withSheet(file, out -> {
            Writer w = new java.io.BufferedWriter(new java.io.OutputStreamWriter(out, StandardCharsets.US_ASCII));
            w.write(sheetStart());
            for (int i = 0; i < count; i++) {
                w.write("<n");
                w.write(Integer.toString(i, 36));
                w.write("/>");
            }
            w.write(sheetEnd());
            w.flush();
        });
    }

    private static String sheetStart() {
        return "<?xml version=\"1.0\" encoding=\"UTF-8\"?><worksheet xmlns=\"" + MAIN + "\"><sheetData>" + HEADER_ROW;
    }

    private static String sheetEnd() {
        return "</sheetData></worksheet>";
    }

    public static Path withSheet(Path file, Part sheet) throws IOException {
        Map<String, Part> parts = parts("");
        parts.put(SHEET, sheet);
        return write(file, parts);
    }

    /** A good workbook of a few leads with one package part replaced. */
    public static Path withPart(Path file, String name, String content) throws IOException {
        Map<String, Part> parts = parts(rows(3));
        parts.put(name, text(content));
        return write(file, parts);
    }

    /** {@code entries} sheet entries in workbook.xml, all pointing at one part of {@code blankRows} blank rows. */
    public static Path manySheets(Path file, int entries, int blankRows) throws IOException {
        Map<String, Part> parts = parts("");
        parts.put(WORKBOOK, text(workbook(entries, 1)));
        parts.put(SHEET, out -> {
            Writer w = new java.io.BufferedWriter(new java.io.OutputStreamWriter(out, StandardCharsets.US_ASCII));
            w.write("<?xml version=\"1.0\" encoding=\"UTF-8\"?><worksheet xmlns=\"" + MAIN + "\"><sheetData>");
            for (int r = 1; r <= blankRows; r++) {
                w.write("<row r=\"");
                w.write(Integer.toString(r));
                w.write("\"/>");
            }
            w.write("</sheetData></worksheet>");
            w.flush();
        });
        return write(file, parts);
    }

    /** {@code merges} overlapping merges {@code A{r}:A1048576} over a sheet of as many leads. */
    public static Path overlappingMerges(Path file, int merges) throws IOException {
        return withSheet(file, out -> {
            Writer w = new java.io.BufferedWriter(new java.io.OutputStreamWriter(out, StandardCharsets.US_ASCII));
            w.write(sheetStart());
            for (int r = 2; r < merges + 2; r++) {
                w.write("<row r=\"" + r + "\">" + inline("A" + r, "Lead " + r) + "<c r=\"B" + r + "\"><v>" + r
                        + "</v></c></row>");
            }
            w.write("</sheetData><mergeCells count=\"" + merges + "\">");
            for (int r = 2; r < merges + 2; r++) {
                w.write("<mergeCell ref=\"A" + r + ":A1048576\"/>");
            }
            w.write("</mergeCells></worksheet>");
            w.flush();
        });
    }

    /** {@code rows} rows with a phone-less, name-less value only: every one skipped for "no contact". */
    public static Path skippedRows(Path file, int rows) throws IOException {
        Map<String, Part> parts = parts("");
        parts.put(SHEET, streamedSheet(w -> {
            w.write("<row r=\"2\">" + inline("A2", "Ann") + "<c r=\"B2\"><v>1</v></c></row>");
            for (int r = 3; r < rows + 3; r++) {
                w.write("<row r=\"");
                w.write(Integer.toString(r));
                w.write("\"><c r=\"C");
                w.write(Integer.toString(r));
                w.write("\"><v>7</v></c></row>");
            }
        }));
        return write(file, parts);
    }

    /** Good rows, then XML that breaks at row {@code breakAt}, under a header only a mapping makes known. */
    public static Path breaksAtRow(Path file, int breakAt, String header) throws IOException {
        StringBuilder sb = new StringBuilder("<row r=\"1\">" + inline("A1", header) + inline("B1", "Phone") + "</row>");
        for (int r = 2; r < breakAt; r++) {
            sb.append("<row r=\"").append(r).append("\">").append(inline("A" + r, "Lead " + r))
                    .append("<c r=\"B").append(r).append("\"><v>").append(r).append("</v></c></row>");
        }
        sb.append("<row r=\"").append(breakAt).append("\"><c r=\"A").append(breakAt).append("\"><v>1</v></x></row>");
        Map<String, Part> parts = parts("");
        parts.put(SHEET, text(sheet(sb.toString())));
        return write(file, parts);
    }

    /**
     * One data row of {@code columns} cells of {@code chars} characters each: every token is within the caps, yet
     * the row alone needs columns × chars bytes of heap.
     */
    public static Path wideRow(Path file, int columns, int chars) throws IOException {
        return withSheet(file, out -> {
            out.write((sheetStart() + "<row r=\"2\">" + inline("A2", "Ann")).getBytes(StandardCharsets.UTF_8));
            for (int c = 1; c < columns; c++) {
                out.write(("<c t=\"inlineStr\"><is><t>").getBytes(StandardCharsets.US_ASCII));
                filler(out, chars);
                out.write("</t></is></c>".getBytes(StandardCharsets.US_ASCII));
            }
            out.write(("</row>" + sheetEnd()).getBytes(StandardCharsets.UTF_8));
        });
    }
}
