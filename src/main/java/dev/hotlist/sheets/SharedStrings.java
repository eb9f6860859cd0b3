package dev.hotlist.sheets;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackagePart;
import org.xml.sax.Attributes;
import org.xml.sax.SAXException;

/**
 * The workbook's shared strings, read once by SAX and kept as plain, already cleaned Java strings. POI's
 * {@code ReadOnlySharedStringsTable} would build a rich-text object for every cell looked up, which doubled the
 * time to read a 100k-row sheet; phonetic runs ({@code <rPh>}) are left out as Excel shows them apart.
 *
 * <p>The table must stay in memory (any cell may point at any item), so its size is what the file claims: it is
 * refused once its strings would take more than {@link #HEAP_SHARE} of the heap, which is far more than a million
 * rows of leads need.
 */
final class SharedStrings extends BoundedHandler {
    /** The share of the heap the table may take. */
    static final double HEAP_SHARE = 0.5;
    /** What a kept string costs beyond its characters: the String, its array header, the list slot. */
    private static final int STRING_OVERHEAD = 48;

    private final List<String> strings = new ArrayList<>();
    private final long budget;
    private long used;
    private final StringBuilder text = new StringBuilder(64);
    private boolean inItem;
    private boolean inText;
    private boolean inPhonetic;

    private SharedStrings(String part, long budget) {
        super(part);
        this.budget = budget;
    }

    static SharedStrings read(OPCPackage pkg) throws IOException, SAXException {
        return read(pkg, (long) (Runtime.getRuntime().maxMemory() * HEAP_SHARE));
    }

    /** Reads the table, refused once its strings would take more than {@code budget} bytes. */
    static SharedStrings read(OPCPackage pkg, long budget) throws IOException, SAXException {
        List<PackagePart> parts = pkg.getPartsByContentType(SheetXml.SHARED_STRINGS);
        if (parts.isEmpty()) {
            return new SharedStrings("", budget);
        }
        String name = SheetXml.nameOf(parts.get(0));
        SharedStrings table = new SharedStrings(name, budget);
        try (InputStream in = parts.get(0).getInputStream()) {
            SheetXml.parse(in, name, table);
        }
        return table;
    }

    int size() {
        return strings.size();
    }

    /** The cleaned text of item {@code index}, or "" when there is no such item. */
    String get(int index) {
        return index >= 0 && index < strings.size() ? strings.get(index) : "";
    }

    @Override
    public void startElement(String uri, String localName, String qName, Attributes atts) throws SAXException {
        enter(atts);
        switch (localName) {
            case "si" -> {
                inItem = true;
                text.setLength(0);
            }
            case "t" -> inText = inItem && !inPhonetic;
            case "rPh" -> inPhonetic = true;
            default -> name(qName);
        }
    }

    @Override
    public void endElement(String uri, String localName, String qName) throws SAXException {
        leave();
        switch (localName) {
            case "si" -> {
                inItem = false;
                add(CellText.clean(CellText.decodeEscapes(text)));
            }
            case "t" -> inText = false;
            case "rPh" -> inPhonetic = false;
            default -> {
            }
        }
    }

    private void add(String s) throws SAXException {
        used += STRING_OVERHEAD + s.length();
        if (used > budget) {
            throw new SAXException(new XmlLimitException("file.limit.strings", budget >> 20));
        }
        strings.add(s);
    }

    @Override
    public void characters(char[] ch, int start, int length) {
        if (inText) {
            int room = CellText.MAX_LENGTH + 1 - text.length();
            if (room > 0) {
                text.append(ch, start, Math.min(room, length));
            }
        }
    }
}
