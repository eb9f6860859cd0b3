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
