package dev.hotlist.sheets;

import java.util.HashSet;
import java.util.Set;
import org.xml.sax.Attributes;
import org.xml.sax.SAXException;
import org.xml.sax.helpers.DefaultHandler;

/**
 * A SAX handler for workbook parts that keeps what the parser holds bounded where {@link XmlTokenGuard} cannot see
 * it: the open elements (the parser stacks each one) and the distinct names (the parser's name table keeps every
 * name it met, for the life of the factory). Subclasses call {@link #enter} and {@link #leave} around each element
 * and {@link #name} for every element name they do not know; attribute names, namespace prefixes and processing
 * instruction targets are counted here.
 */
abstract class BoundedHandler extends DefaultHandler {
    /** A real sheet nests about eight deep. */
    static final int MAX_DEPTH = 256;
    /** OOXML parts use a few dozen names each. */
    static final int MAX_NAMES = 10_000;

    private final String part;
    private final Set<String> names = new HashSet<>();
    private int depth;

    BoundedHandler(String part) {
        this.part = part;
    }

    /** The part this handler reads, as messages name it. */
    final String part() {
        return part;
    }

    /** An element opens: counts its depth, and the names of its attributes longer than one character. */
    final void enter(Attributes atts) throws SAXException {
        if (++depth > MAX_DEPTH) {
            throw new SAXException(new XmlLimitException("file.limit.depth", part, MAX_DEPTH));
        }
        for (int i = 0, n = atts.getLength(); i < n; i++) {
            String qName = atts.getQName(i);
            if (qName.length() > 1) {
                name(qName);
            }
        }
    }

    final void leave() {
        depth--;
    }

    /** Counts a name; single characters need not be, there are few of them. */
    final void name(String qName) throws SAXException {
        if (names.add(qName) && names.size() > MAX_NAMES) {
            throw new SAXException(new XmlLimitException("file.limit.names", part, MAX_NAMES));
        }
    }

    @Override
    public void startPrefixMapping(String prefix, String uri) throws SAXException {
        name(prefix);
    }

    @Override
    public void processingInstruction(String target, String data) throws SAXException {
        name(target);
    }
}
