package dev.hotlist.sheets;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import javax.xml.parsers.ParserConfigurationException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackagePart;
import org.apache.poi.util.XMLHelper;
import org.xml.sax.Attributes;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.XMLReader;
import org.xml.sax.helpers.DefaultHandler;

/**
 * The workbook's shared strings, read once by SAX and kept as plain, already cleaned Java strings. POI's
 * {@code ReadOnlySharedStringsTable} would build a rich-text object for every cell looked up, which doubled the
 * time to read a 100k-row sheet; phonetic runs ({@code <rPh>}) are left out as Excel shows them apart.
 */
final class SharedStrings extends DefaultHandler {
    private final List<String> strings = new ArrayList<>();
    private final StringBuilder text = new StringBuilder(64);
    private boolean inItem;
    private boolean inText;
    private boolean inPhonetic;

    private SharedStrings() {
    }

    static SharedStrings read(OPCPackage pkg) throws IOException, SAXException, ParserConfigurationException {
        SharedStrings table = new SharedStrings();
        List<PackagePart> parts = pkg.getPartsByContentType(SheetXml.SHARED_STRINGS);
        if (!parts.isEmpty()) {
            try (InputStream in = parts.get(0).getInputStream()) {
                XMLReader xml = SheetXml.newReader();
                xml.setContentHandler(table);
                xml.parse(new InputSource(in));
            }
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
    public void startElement(String uri, String localName, String qName, Attributes atts) {
        switch (localName) {
            case "si" -> {
                inItem = true;
                text.setLength(0);
            }
            case "t" -> inText = inItem && !inPhonetic;
            case "rPh" -> inPhonetic = true;
            default -> {
            }
        }
    }

    @Override
    public void endElement(String uri, String localName, String qName) {
        switch (localName) {
            case "si" -> {
                inItem = false;
                strings.add(CellText.clean(CellText.decodeEscapes(text)));
            }
            case "t" -> inText = false;
            case "rPh" -> inPhonetic = false;
            default -> {
            }
        }
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
