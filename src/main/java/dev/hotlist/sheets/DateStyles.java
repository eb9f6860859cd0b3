package dev.hotlist.sheets;

import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import org.apache.poi.openxml4j.opc.PackagePart;
import org.apache.poi.ss.usermodel.BuiltinFormats;
import org.apache.poi.ss.usermodel.DateUtil;
import org.xml.sax.Attributes;
import org.xml.sax.SAXException;

/**
 * Which cell styles of an .xlsx show a date. Read by SAX from the styles part (number formats and the cell
 * formats' {@code numFmtId}) rather than through POI's XMLBeans {@code StylesTable}, whose schema classes take
 * longer to load than a whole 100k-row sheet takes to read; each style is judged once by
 * {@link DateUtil#isADateFormat(int, String)}. Excel keeps at most a few hundred number formats of 255 characters
 * and 64,000 cell formats; what a file claims beyond that is not kept.
 */
final class DateStyles extends BoundedHandler {
    static final DateStyles NONE = new DateStyles("");
    static final int MAX_FORMATS = 4096;
    static final int MAX_FORMAT_LENGTH = 1024;
    static final int MAX_STYLES = 1_000_000;

    private final Map<Integer, String> formats = new HashMap<>();
    private int[] formatOfStyle = new int[16];
    private int styles;
    private boolean inCellXfs;
    /** Per style: 0 not judged yet, 1 a date, 2 not a date. */
    private byte[] judged = new byte[0];

    private DateStyles(String part) {
        super(part);
    }

    static DateStyles read(PackagePart part) throws IOException, SAXException {
        DateStyles table = new DateStyles(part == null ? "" : SheetXml.nameOf(part));
        if (part != null) {
            try (InputStream in = part.getInputStream()) {
                SheetXml.parse(in, table.part(), table);
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
    public void startElement(String uri, String localName, String qName, Attributes atts) throws SAXException {
        enter(atts);
        switch (localName) {
            case "numFmt" -> {
                int id = parse(atts.getValue("numFmtId"));
                String code = atts.getValue("formatCode");
                if (id >= 0 && code != null && code.length() <= MAX_FORMAT_LENGTH
                        && (formats.size() < MAX_FORMATS || formats.containsKey(id))) {
                    formats.put(id, code);
                }
            }
            case "cellXfs" -> inCellXfs = true;
            case "xf" -> {
                if (inCellXfs && styles < MAX_STYLES) {
                    if (styles == formatOfStyle.length) {
                        formatOfStyle = Arrays.copyOf(formatOfStyle, styles * 2);
                    }
                    formatOfStyle[styles++] = Math.max(0, parse(atts.getValue("numFmtId")));
                }
            }
            default -> name(qName);
        }
    }

    @Override
    public void endElement(String uri, String localName, String qName) {
        leave();
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
