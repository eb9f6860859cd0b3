package dev.hotlist.sheets;

import dev.hotlist.domain.Progress;
import dev.hotlist.domain.UnusableFileException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.poi.openxml4j.exceptions.OpenXML4JException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.openxml4j.opc.PackagePart;
import org.apache.poi.openxml4j.opc.PackageRelationship;
import org.apache.poi.openxml4j.opc.PackageRelationshipCollection;
import org.apache.poi.openxml4j.opc.PackageRelationshipTypes;
import org.apache.poi.openxml4j.opc.PackagingURIHelper;
import org.xml.sax.Attributes;
import org.xml.sax.SAXException;

/**
 * Streams an .xlsx sheet with POI's OPC package (the zip, with its {@code ZipSecureFile} guards) and a lean SAX
 * handler of its own: per cell it keeps only the value text, and looks at number formats only for numeric cells,
 * once per style ({@link DateStyles}). Shared strings come from {@link SharedStrings}. This is what POI's
 * {@code XSSFReader} does, minus the XMLBeans objects, whose class loading alone costs more than reading.
 *
 * <p>Merged ranges ({@code <mergeCells>}) are written after {@code <sheetData>}, yet rows need them as they stream.
 * So the first time a sheet is read, a cheap byte scan of the sheet part collects the merge list (no XML parsing;
 * it costs one more inflate of the part), and the list is kept for later passes.
 *
 * <p>What a hostile file claims stays bounded: POI's own package parts are checked first ({@link PackageCheck}),
 * every part is parsed through {@link SheetXml}'s caps, and at most {@link #MAX_SHEETS} sheets are considered, each
 * part once however many sheet entries point at it.
 */
final class XlsxSource implements SheetSource {
    private static final String ZIP_BOMB = "Zip bomb detected";
    /** Sheets considered; Excel's own files rarely hold more than a few dozen. */
    static final int MAX_SHEETS = 1000;

    static {
        // Refuse entries that inflate over 1000:1 (zip bombs); real sheets, even of empty rows, stay below it.
        org.apache.poi.openxml4j.util.ZipSecureFile.setMinInflateRatio(0.001);
    }

    private final OPCPackage pkg;
    private final List<SheetInfo> sheets = new ArrayList<>();
    private final List<PackagePart> parts = new ArrayList<>();
    private final Map<Integer, MergedRegions> merges = new HashMap<>();
    private final SharedStrings strings;
    private final DateStyles styles;
    private boolean date1904;

    private XlsxSource(OPCPackage pkg) throws IOException, OpenXML4JException, SAXException,
            UnusableFileException {
        this.pkg = pkg;
        PackagePart workbook = workbookPart(pkg);
        try (InputStream in = workbook.getInputStream()) {
            readWorkbook(in, workbook);
        }
        this.strings = SharedStrings.read(pkg);
        // by content type, which transitional and strict OOXML share (their relationship types differ)
        List<PackagePart> styleParts = pkg.getPartsByContentType(SheetXml.STYLES);
        this.styles = styleParts.isEmpty() ? DateStyles.NONE : DateStyles.read(styleParts.get(0));
    }

    static XlsxSource open(Path file) throws UnusableFileException {
        if (isOpenDocument(file)) {
            throw new UnusableFileException("file.notSpreadsheet");
        }
        PackageCheck.check(file);
        OPCPackage pkg;
        try {
            pkg = OPCPackage.open(file.toFile(), PackageAccess.READ);
        } catch (Exception e) {
            throw failure(e);
        }
        try {
            return new XlsxSource(pkg);
        } catch (UnusableFileException e) {
            pkg.revert();
            throw e;
        } catch (Exception e) {
            pkg.revert();
            throw failure(e);
        }
    }

    /** OpenDocument files (.ods) are zips whose first entry is named "mimetype" (at byte 30 of the file). */
    private static boolean isOpenDocument(Path file) {
        try (InputStream in = java.nio.file.Files.newInputStream(file)) {
            byte[] head = in.readNBytes(38);
            return head.length == 38
                    && new String(head, 30, 8, java.nio.charset.StandardCharsets.US_ASCII).equals("mimetype");
        } catch (IOException e) {
            return false;
        }
    }

    /** The sentence for a failure inside POI: zip bomb, else a damaged file. */
    static UnusableFileException failure(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof XmlLimitException limit) {
                return limit.unusable();
            }
            if (t instanceof org.apache.poi.openxml4j.exceptions.ODFNotOfficeXmlFileException) {
                return new UnusableFileException(e, "file.notSpreadsheet");
            }
            if (t.getMessage() != null && t.getMessage().startsWith(ZIP_BOMB)) {
                return new UnusableFileException(e, "file.zipBomb");
            }
        }
        return new UnusableFileException(e, "file.corrupt");
    }

    private static PackagePart workbookPart(OPCPackage pkg) throws UnusableFileException {
        PackageRelationshipCollection rels = pkg.getRelationshipsByType(PackageRelationshipTypes.CORE_DOCUMENT);
        if (rels.size() == 0) {
            rels = pkg.getRelationshipsByType(PackageRelationshipTypes.STRICT_CORE_DOCUMENT);
        }
        PackagePart part = rels.size() == 0 ? null : pkg.getPart(rels.getRelationship(0));
        // A Word or PowerPoint file, or a binary .xlsb workbook, is a zip package too.
        String type = part == null ? "" : part.getContentType();
        if (!type.endsWith("+xml") || !(type.contains("spreadsheetml") || type.contains("ms-excel"))) {
            throw new UnusableFileException("file.notSpreadsheet");
        }
        return part;
    }

    private void readWorkbook(InputStream in, PackagePart workbook) throws IOException, SAXException {
        String name = SheetXml.nameOf(workbook);
        java.util.Set<PackagePart> taken = new java.util.HashSet<>();
        SheetXml.parse(in, name, new BoundedHandler(name) {
            @Override
            public void startElement(String uri, String localName, String qName, Attributes atts)
                    throws SAXException {
                enter(atts);
                name(qName);
                if ("workbookPr".equals(localName)) {
                    String v = atts.getValue("date1904");
                    date1904 = "1".equals(v) || "true".equalsIgnoreCase(v);
                } else if ("sheet".equals(localName) && sheets.size() < MAX_SHEETS) {
                    String relId = null;
                    for (int i = 0; i < atts.getLength(); i++) {
                        if ("id".equals(atts.getLocalName(i)) && atts.getURI(i).endsWith("relationships")) {
                            relId = atts.getValue(i);
                        }
                    }
                    String sheetName = atts.getValue("name");
                    PackagePart part = relId == null || sheetName == null ? null : partOf(workbook, relId);
                    // a second entry for a part already listed holds no other rows: reading it again gains nothing
                    if (part != null && taken.add(part)) {
                        String state = atts.getValue("state");
                        sheets.add(new SheetInfo(sheetName, state == null || "visible".equals(state)));
                        parts.add(part);
                    }
                }
            }

            @Override
            public void endElement(String uri, String localName, String qName) {
                leave();
            }
        });
    }

    /** The part a workbook relationship points at, or null. */
    private PackagePart partOf(PackagePart workbook, String relId) throws SAXException {
        PackageRelationship rel = workbook.getRelationship(relId);
        if (rel == null) {
            return null;
        }
        try {
            return pkg.getPart(PackagingURIHelper.createPartName(rel.getTargetURI()));
        } catch (OpenXML4JException | IllegalArgumentException e) {
            throw new SAXException(e);
        }
    }

    @Override
    public List<SheetInfo> sheets() {
        return List.copyOf(sheets);
    }

    @Override
    public void rows(int index, MergedRegions.Mode mode, RowVisitor visitor, Progress progress)
            throws UnusableFileException {
        PackagePart part = parts.get(index);
        MergedRegions regions = merges(index);
        long total = part.getSize();
        String name = SheetXml.nameOf(part);
        try (CountingStream in = new CountingStream(part.getInputStream())) {
            SheetXml.parse(in, name, new SheetHandler(name, regions.filler(mode), visitor, progress, in, total));
        } catch (StopReading stop) {
            // the visitor has what it wanted
        } catch (IOException | SAXException | org.apache.poi.openxml4j.exceptions.OpenXML4JRuntimeException e) {
            throw failure(e);
        }
    }

    /** The merged ranges of a sheet, found once by a byte scan of its part. */
    MergedRegions merges(int index) throws UnusableFileException {
        MergedRegions known = merges.get(index);
        if (known != null) {
            return known;
        }
        List<MergedRegions.Range> ranges = new ArrayList<>();
        try (InputStream in = parts.get(index).getInputStream()) {
            MergeScanner.scan(in, ranges);
        } catch (IOException e) {
            throw failure(e);
        }
        MergedRegions regions = ranges.isEmpty() ? MergedRegions.NONE : new MergedRegions(ranges);
        merges.put(index, regions);
        return regions;
    }

    @Override
    public void close() {
        pkg.revert();
    }

    /** Thrown by the handler to end a pass early; carries no stack trace. */
    private static final class StopReading extends SAXException {
        private static final long serialVersionUID = 1L;
        static final StopReading INSTANCE = new StopReading();

        private StopReading() {
            super("stop");
        }

        @Override
        public synchronized Throwable fillInStackTrace() {
            return this;
        }
    }

    /** The lean sheet handler: one reused buffer for values, one reused row. */
    private final class SheetHandler extends BoundedHandler {
        private final MergedRegions.Filler filler;
        private final RowVisitor visitor;
        private final Progress progress;
        private final CountingStream in;
        private final long total;
        private final RowBuffer row = new RowBuffer();
        private final StringBuilder value = new StringBuilder(64);
        private int rowsSeen;
        private int nextRow = 1;
        private int nextColumn;
        private int column;
        private char type;
        private int style;
        private boolean capture;
        private boolean inInline;
        private boolean inPhonetic;

        SheetHandler(String part, MergedRegions.Filler filler, RowVisitor visitor, Progress progress,
                     CountingStream in, long total) {
            super(part);
            this.filler = filler;
            this.visitor = visitor;
            this.progress = progress;
            this.in = in;
            this.total = total;
            row.date1904(date1904);
        }

        @Override
        public void startElement(String uri, String localName, String qName, Attributes atts) throws SAXException {
            enter(atts);
            switch (localName) {
                case "c" -> startCell(atts);
                case "v" -> {
                    value.setLength(0);
                    capture = true;
                }
                case "is" -> {
                    value.setLength(0);
                    inInline = true;
                }
                case "t" -> capture = inInline && !inPhonetic;
                case "rPh" -> inPhonetic = true;
                case "row" -> startRow(atts.getValue("r"));
                default -> name(qName);
            }
        }

        private void startRow(String r) {
            int number = r == null ? nextRow : MergedRegions.rowOf(r);
            if (number < 1) {
                number = nextRow;
            }
            nextRow = number + 1;
            nextColumn = 0;
            row.reset(number);
            if ((++rowsSeen & 511) == 0) {
                progress.checkCancelled();
                progress.update(in.count, total);
            }
        }

        private void startCell(Attributes atts) {
            String ref = null;
            String t = null;
            String s = null;
            for (int i = 0, n = atts.getLength(); i < n; i++) {
                String name = atts.getLocalName(i);
                if (name.length() == 1) {
                    switch (name.charAt(0)) {
                        case 'r' -> ref = atts.getValue(i);
                        case 't' -> t = atts.getValue(i);
                        case 's' -> s = atts.getValue(i);
                        default -> {
                        }
                    }
                }
            }
            column = ref == null ? nextColumn : MergedRegions.columnOf(ref);
            if (column < 0) {
                column = nextColumn;
            }
            nextColumn = column + 1;
            type = typeOf(t);
            style = s == null ? 0 : parseIndex(s);
            value.setLength(0);
        }

        private static char typeOf(String t) {
            if (t == null || t.equals("n")) {
                return 'n';
            }
            return switch (t) {
                case "s" -> 's';
                case "str" -> 'f';
                case "inlineStr" -> 'i';
                case "b" -> 'b';
                case "e" -> 'e';
                case "d" -> 'd';
                default -> 'n';
            };
        }

        @Override
        public void characters(char[] ch, int start, int length) {
            if (capture) {
                int room = CellText.MAX_LENGTH + 1 - value.length();
                if (room > 0) {
                    value.append(ch, start, Math.min(room, length));
                }
            }
        }

        @Override
        public void endElement(String uri, String localName, String qName) throws SAXException {
            leave();
            switch (localName) {
                case "v" -> capture = false;
                case "t" -> capture = false;
                case "is" -> inInline = false;
                case "rPh" -> inPhonetic = false;
                case "c" -> endCell();
                case "row" -> endRow();
                case "sheetData" -> throw StopReading.INSTANCE;
                default -> {
                }
            }
        }

        private void endRow() throws StopReading {
            if (row.isBlank()) {
                return;
            }
            filler.apply(row);
            if (!visitor.row(row)) {
                throw StopReading.INSTANCE;
            }
        }

        private void endCell() {
            if (value.length() == 0) {
                return;
            }
            switch (type) {
                case 's' -> {
                    row.setText(column, strings.get(parseIndex(value)));
                }
                case 'i' -> row.setText(column, CellText.clean(CellText.decodeEscapes(value)));
                case 'f' -> row.setText(column, CellText.clean(value.toString()));
                case 'b' -> row.set(column, value.charAt(0) == '1' || value.charAt(0) == 't' ? "TRUE" : "FALSE",
                        CellKind.BOOLEAN, null);
                case 'e' -> {
                    // error cells (#N/A, #DIV/0!) carry nothing a lead can use
                }
                case 'd' -> {
                    LocalDate day = isoDay(value);
                    if (day != null) {
                        row.setDate(column, day);
                    } else {
                        row.setText(column, CellText.clean(value.toString()));
                    }
                }
                default -> endNumber();
            }
        }

        private void endNumber() {
            String raw = value.toString();
            if (styles.isDate(style)) {
                try {
                    LocalDate day = CellText.excelDate(Double.parseDouble(raw), date1904);
                    if (day != null) {
                        row.setDate(column, day);
                        return;
                    }
                } catch (NumberFormatException e) {
                    row.setText(column, CellText.clean(raw));
                    return;
                }
            }
            row.set(column, CellText.plainNumber(raw), CellKind.NUMBER, null);
        }
    }

    private static LocalDate isoDay(CharSequence s) {
        if (s.length() < 10) {
            return null;
        }
        try {
            return LocalDate.parse(s.subSequence(0, 10));
        } catch (java.time.DateTimeException e) {
            return null;
        }
    }

    /** Non-negative int of a short digit string; -1 if it is not one. */
    private static int parseIndex(CharSequence s) {
        int n = s.length();
        if (n == 0 || n > 9) {
            return -1;
        }
        int v = 0;
        for (int i = 0; i < n; i++) {
            char c = s.charAt(i);
            if (c < '0' || c > '9') {
                return -1;
            }
            v = v * 10 + (c - '0');
        }
        return v;
    }
}
