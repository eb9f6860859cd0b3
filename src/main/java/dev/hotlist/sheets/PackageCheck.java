package dev.hotlist.sheets;

import dev.hotlist.domain.UnusableFileException;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipFile;
import org.apache.poi.openxml4j.util.ZipSecureFile;
import org.xml.sax.Attributes;
import org.xml.sax.SAXException;

/**
 * Reads, before POI opens the package, the parts POI itself parses into a DOM on opening: the content types
 * ({@code [Content_Types].xml}), every relationships part ({@code *.rels}) and the core properties. Each must be
 * well-formed XML without a DOCTYPE, within the {@link XmlTokenGuard} caps and {@link #MAX_PART_BYTES}, and the
 * package may hold at most {@link #MAX_RELATIONSHIPS} relationships and as many entries as POI's
 * {@link ZipSecureFile#getMaxFileCount()} allows (said here as a limit, not as damage). So a malformed or hostile package part gets
 * one sentence naming it, rather than POI's parser printing its stack trace or filling the heap.
 */
final class PackageCheck {
    /** Far above any real package part: 20,000 sheets take about 3 MB of relationships. */
    static final long MAX_PART_BYTES = 16L << 20;
    /** POI keeps an object of about half a kilobyte for each. */
    static final int MAX_RELATIONSHIPS = 200_000;
    private static final String CONTENT_TYPES = "[content_types].xml";
    private static final String CORE_PROPERTIES = "application/vnd.openxmlformats-package.core-properties+xml";

    private int relationships;
    private final Set<String> coreParts = new HashSet<>();
    private final Set<String> coreExtensions = new HashSet<>();

    private PackageCheck() {
    }

    /**
     * Checks the package at {@code file}; a file that is no readable zip is left for POI to judge.
     *
     * @throws UnusableFileException naming the part that is malformed, carries a DOCTYPE or is too large
     */
    static void check(Path file) throws UnusableFileException {
        try (ZipFile zip = new ZipFile(file.toFile())) {
            new PackageCheck().check(zip);
        } catch (ZipException notAZip) {
            // POI says what is wrong with it in its own words
        } catch (IOException e) {
            throw new UnusableFileException(e, "file.unreadable", String.valueOf(file.getFileName()));
        }
    }

    private void check(ZipFile zip) throws IOException, UnusableFileException {
        List<ZipEntry> rels = new ArrayList<>();
        List<ZipEntry> others = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        if (zip.size() > ZipSecureFile.getMaxFileCount()) {
            throw new XmlLimitException("file.limit.entries", ZipSecureFile.getMaxFileCount()).unusable();
        }
        for (var entries = zip.entries(); entries.hasMoreElements(); ) {
            ZipEntry e = entries.nextElement();
            String name = e.getName().toLowerCase(Locale.ROOT);
            if (name.equals(CONTENT_TYPES)) {
                if (!seen.add(name)) {
                    throw new UnusableFileException("file.corrupt");
                }
                read(zip, e, new ContentTypes(e.getName()));
            } else if (name.endsWith(".rels")) {
                if (!seen.add(name)) {
                    throw new UnusableFileException("file.corrupt");
                }
                rels.add(e);
            } else {
                others.add(e);
            }
        }
        for (ZipEntry e : rels) {
            read(zip, e, new Relationships(e.getName()));
        }
        for (ZipEntry e : others) {
            String name = e.getName();
            int dot = name.lastIndexOf('.');
            String extension = dot < 0 ? "" : name.substring(dot + 1).toLowerCase(Locale.ROOT);
            if (coreParts.contains(name.toLowerCase(Locale.ROOT)) || coreExtensions.contains(extension)) {
                read(zip, e, new Wellformed(name));
            }
        }
    }

    private static void read(ZipFile zip, ZipEntry entry, BoundedHandler handler)
            throws IOException, UnusableFileException {
        String name = entry.getName();
        try (InputStream in = new Capped(zip.getInputStream(entry), name)) {
            SheetXml.parse(in, name, handler);
        } catch (SAXException | IOException e) {
            for (Throwable t = e; t != null; t = t.getCause()) {
                if (t instanceof XmlLimitException limit) {
                    throw limit.unusable();
                }
                if (t instanceof ZipException) {
                    return; // a damaged entry: POI's reading of it will say the file is corrupt
                }
            }
            if (e instanceof IOException io) {
                throw io;
            }
            throw new UnusableFileException(e, "file.badPart", name);
        }
    }

    /** Checks well-formedness only. */
    private static class Wellformed extends BoundedHandler {
        Wellformed(String part) {
            super(part);
        }

        @Override
        public void startElement(String uri, String localName, String qName, Attributes atts) throws SAXException {
            enter(atts);
            name(qName);
        }

        @Override
        public void endElement(String uri, String localName, String qName) {
            leave();
        }
    }

    /** Notes which parts POI will read as core properties. */
    private final class ContentTypes extends Wellformed {
        ContentTypes(String part) {
            super(part);
        }

        @Override
        public void startElement(String uri, String localName, String qName, Attributes atts) throws SAXException {
            super.startElement(uri, localName, qName, atts);
            if (!CORE_PROPERTIES.equalsIgnoreCase(String.valueOf(atts.getValue("ContentType")).strip())) {
                return;
            }
            String partName = atts.getValue("PartName");
            String extension = atts.getValue("Extension");
            if ("Override".equals(localName) && partName != null) {
                String entry = URLDecoder.decode(partName.replace("+", "%2B"), StandardCharsets.UTF_8);
                coreParts.add((entry.startsWith("/") ? entry.substring(1) : entry).toLowerCase(Locale.ROOT));
            } else if ("Default".equals(localName) && extension != null) {
                coreExtensions.add(extension.toLowerCase(Locale.ROOT));
            }
        }
    }

    /** Counts relationships across the package. */
    private final class Relationships extends Wellformed {
        private final String part;

        Relationships(String part) {
            super(part);
            this.part = part;
        }

        @Override
        public void startElement(String uri, String localName, String qName, Attributes atts) throws SAXException {
            super.startElement(uri, localName, qName, atts);
            if ("Relationship".equals(localName) && ++relationships > MAX_RELATIONSHIPS) {
                throw new SAXException(new XmlLimitException("file.limit.relationships", part, MAX_RELATIONSHIPS));
            }
        }
    }

    /** Stops reading a part past {@link #MAX_PART_BYTES}, whatever its zip entry claims. */
    private static final class Capped extends FilterInputStream {
        private final String part;
        private long count;

        Capped(InputStream in, String part) {
            super(in);
            this.part = part;
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            if (b >= 0) {
                counted(1);
            }
            return b;
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            int n = super.read(b, off, len);
            if (n > 0) {
                counted(n);
            }
            return n;
        }

        private void counted(int n) throws XmlLimitException {
            count += n;
            if (count > MAX_PART_BYTES) {
                throw new XmlLimitException("file.limit.part", part, MAX_PART_BYTES >> 20);
            }
        }
    }
}
