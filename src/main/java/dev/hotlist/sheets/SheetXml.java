package dev.hotlist.sheets;

import com.fasterxml.aalto.sax.SAXParserFactoryImpl;
import javax.xml.parsers.ParserConfigurationException;
import javax.xml.parsers.SAXParserFactory;
import org.xml.sax.SAXException;
import org.xml.sax.XMLReader;

/**
 * The SAX parser for workbook parts: Aalto, a small, fast non-validating parser that reaches full speed within
 * the first megabytes of a sheet, where the JDK's parser needs seconds of JIT warm-up. It never loads external
 * entities or DTDs.
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

    static XMLReader newReader() throws ParserConfigurationException, SAXException {
        return FACTORY.newSAXParser().getXMLReader();
    }

    private static SAXParserFactory factory() {
        SAXParserFactory f = new SAXParserFactoryImpl();
        f.setNamespaceAware(true);
        f.setValidating(false);
        return f;
    }
}
