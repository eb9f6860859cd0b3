package dev.hotlist.sheets;

import com.fasterxml.aalto.sax.SAXParserFactoryImpl;
import java.io.IOException;
import java.io.InputStream;
import javax.xml.parsers.ParserConfigurationException;
import javax.xml.parsers.SAXParserFactory;
import org.apache.poi.openxml4j.opc.PackagePart;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.XMLReader;

/**
 * The SAX parser for workbook parts: Aalto, a small, fast non-validating parser that reaches full speed within
 * the first megabytes of a sheet, where the JDK's parser needs seconds of JIT warm-up. It never loads external
 * entities or DTDs. Every part is read through an {@link XmlTokenGuard} into a {@link BoundedHandler}, so what the
 * parser buffers stays bounded whatever the file claims.
 */
final class SheetXml {
    /**
     * Content types of the parts read besides the sheets; transitional and strict OOXML share them. Written here
     * rather than read from POI's {@code XSSFRelation}, whose class set-up loads a hundred classes of the
     * full workbook model.
     */
    static final String SHARED_STRINGS = "application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml";
    static final String STYLES = "application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml";
    private static final SAXParserFactory FACTORY = factory();

    private SheetXml() {
    }

    /** A part's name as the zip entry spells it ("xl/worksheets/sheet1.xml"), for messages. */
    static String nameOf(PackagePart part) {
        String name = part.getPartName().getName();
        return name.startsWith("/") ? name.substring(1) : name;
    }

    /** Parses the part {@code part} from {@code in} into {@code handler}, its tokens capped. */
    static void parse(InputStream in, String part, BoundedHandler handler) throws IOException, SAXException {
        XMLReader xml;
        try {
            xml = FACTORY.newSAXParser().getXMLReader();
        } catch (ParserConfigurationException e) {
            throw new IllegalStateException("Aalto's SAX parser is not configured", e);
        }
        xml.setContentHandler(handler);
        xml.parse(new InputSource(new XmlTokenGuard(in, part)));
    }

    private static SAXParserFactory factory() {
        SAXParserFactory f = new SAXParserFactoryImpl();
        f.setNamespaceAware(true);
        f.setValidating(false);
        return f;
    }
}
