package dev.hotlist.sheets;

import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import javax.xml.parsers.ParserConfigurationException;
import org.apache.poi.openxml4j.opc.PackagePart;
import org.apache.poi.ss.usermodel.BuiltinFormats;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.util.XMLHelper;
import org.xml.sax.Attributes;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.XMLReader;
import org.xml.sax.helpers.DefaultHandler;

/**
 * Which cell styles of an .xlsx show a date. Read by SAX from the styles part (number formats and the cell
 * formats' {@code numFmtId}) rather than through POI's XMLBeans {@code StylesTable}, whose schema classes take
 * longer to load than a whole 100k-row sheet takes to read; each style is judged once by
 * {@link DateUtil#isADateFormat(int, String)}.
 */
final class DateStyles extends DefaultHandler {
    static final DateStyles NONE = new DateStyles();

    private final Map<Integer, String> formats = new HashMap<>();
    private int[] formatOfStyle = new int[16];
    private int styles;
    private boolean inCellXfs;
    /** Per style: 0 not judged yet, 1 a date, 2 not a date. */
    private byte[] judged = new byte[0];

    private DateStyles() {
    }

    static DateStyles read(PackagePart part) throws IOException, SAXException, ParserConfigurationException {
        DateStyles table = new DateStyles();
        if (part != null) {
            try (InputStream in = part.getInputStream()) {
                XMLReader xml = SheetXml.newReader();
                xml.setContentHandler(table);
                xml.parse(new InputSource(in));
            }
        }
        table.judged = new byte[table.styles];
        return table;
    }

    boolean isDate(int style) {
        if (style < 0 || style >= styles) {
            return false;
        }
        if (judged[style] == 0) {
            int id = formatOfStyle[style];
            String pattern = formats.get(id);
            if (pattern == null) {
                pattern = BuiltinFormats.getBuiltinFormat(id);
            }
            judged[style] = pattern != null && DateUtil.isADateFormat(id, pattern) ? (byte) 1 : (byte) 2;
        }
        return judged[style] == 1;
    }

    @Override
    public void startElement(String uri, String localName, String qName, Attributes atts) {
        switch (localName) {
            case "numFmt" -> {
                int id = parse(atts.getValue("numFmtId"));
                String code = atts.getValue("formatCode");
                if (id >= 0 && code != null) {
                    formats.put(id, code);
                }
            }
            case "cellXfs" -> inCellXfs = true;
            case "xf" -> {
                if (inCellXfs && styles < 1_000_000) {
                    if (styles == formatOfStyle.length) {
                        formatOfStyle = Arrays.copyOf(formatOfStyle, styles * 2);
                    }
                    formatOfStyle[styles++] = Math.max(0, parse(atts.getValue("numFmtId")));
                }
            }
            default -> {
            }
        }
    }

    @Override
    public void endElement(String uri, String localName, String qName) {
        if ("cellXfs".equals(localName)) {
            inCellXfs = false;
        }
    }

    private static int parse(String s) {
        try {
            return s == null ? -1 : Integer.parseInt(s.strip());
        } catch (NumberFormatException e) {
            return -1;
        }
    }
}
