package dev.hotlist.sheets;

import static dev.hotlist.sheets.TestWorkbooks.leads;
import static dev.hotlist.sheets.TestWorkbooks.readAll;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.hotlist.domain.Lead;
import dev.hotlist.domain.SheetOptions;
import dev.hotlist.domain.UnusableFileException;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Workbook XML that would make the parser buffer without bound, and package parts POI would choke on: refused with
 * one sentence naming the part, before the memory is spent. The same files in a 256 MB heap, through the command
 * line, are in {@code reliability.HostileImportsTest}.
 */
class HostileXmlTest {
    /** Four times the cap: read whole, as before the guard, this would be kept; now it is refused. */
    private static final long HUGE = 4L * XmlTokenGuard.MAX_TOKEN_BYTES;

    @TempDir
    Path dir;

    private static UnusableFileException refusal(Path file) {
        try {
            LeadSheets.open(file, SheetOptions.defaults()).close();
        } catch (UnusableFileException e) {
            assertThat(e.message(Locale.ENGLISH)).doesNotContain("Exception").doesNotContain(e.key());
            assertThat(e.message(Locale.SIMPLIFIED_CHINESE)).doesNotContain(e.key());
            return e;
        }
        throw new AssertionError(file.getFileName() + " was opened");
    }

    private static void assertRefused(Path file, String key, String part) {
        UnusableFileException e = refusal(file);
        assertThat(e.key()).as(file.getFileName().toString()).isEqualTo(key);
        assertThat(e.message(Locale.ENGLISH)).contains(part);
        assertThat(e.message(Locale.SIMPLIFIED_CHINESE)).contains(part);
    }

    @ParameterizedTest
    @ValueSource(strings = {"text", "attribute", "name", "cdata", "cell"})
    @Timeout(value = 60, unit = TimeUnit.SECONDS)
    void aTokenOverTheCapIsRefusedBeforeItIsBuffered(String kind) throws IOException {
        Path file = dir.resolve(kind + ".xlsx");
        switch (kind) {
            case "text" -> HostileWorkbooks.hugeText(file, HUGE);
            case "attribute" -> HostileWorkbooks.hugeAttribute(file, HUGE);
            case "name" -> HostileWorkbooks.hugeName(file, HUGE);
            case "cdata" -> HostileWorkbooks.hugeCdata(file, HUGE);
            default -> HostileWorkbooks.hugeCell(file, HUGE);
        }
        assertRefused(file, "file.limit.token", HostileWorkbooks.SHEET);
        assertThat(refusal(file).message(Locale.ENGLISH))
                .startsWith("This workbook asks for more memory than Hotlist allows: ");
    }

    @Test
    void tokensBelowTheCapAreReadAsBefore() throws IOException, UnusableFileException {
        long big = XmlTokenGuard.MAX_TOKEN_BYTES - 1000;
        Path text = HostileWorkbooks.hugeText(dir.resolve("text.xlsx"), big);
        assertThat(leads(readAll(text))).extracting(Lead::name).containsExactly("Ann", "Bob");
        String cdata = "<row r=\"2\"><c r=\"A2\" t=\"inlineStr\"><is><t><![CDATA[Ann <Lee> & co]]]]><![CDATA[>]]>"
                + "</t></is></c><c r=\"B2\"><v>1</v></c></row><!-- <!DOCTYPE x> --><?pi <?>";
        Path file = HostileWorkbooks.write(dir.resolve("cdata.xlsx"),
                HostileWorkbooks.parts(HostileWorkbooks.HEADER_ROW + cdata));
        assertThat(leads(readAll(file))).extracting(Lead::name).containsExactly("Ann <Lee> & co]]>");
    }

    @Test
    @Timeout(value = 60, unit = TimeUnit.SECONDS)
    void deepNestingIsRefused() throws IOException {
        assertRefused(HostileWorkbooks.deepNesting(dir.resolve("deep.xlsx"), 1_000_000), "file.limit.depth",
                HostileWorkbooks.SHEET);
    }

    @Test
    @Timeout(value = 60, unit = TimeUnit.SECONDS)
    void manyDistinctNamesAreRefused() throws IOException {
        assertRefused(HostileWorkbooks.manyNames(dir.resolve("names.xlsx"), 200_000), "file.limit.names",
                HostileWorkbooks.SHEET);
    }

    @Test
    void aDoctypeInASheetIsRefused() throws IOException {
        Path file = HostileWorkbooks.withPart(dir.resolve("xxe.xlsx"), HostileWorkbooks.SHEET,
                "<?xml version=\"1.0\"?><!DOCTYPE w [<!ENTITY x SYSTEM \"file:///etc/passwd\">]><worksheet xmlns=\""
                + HostileWorkbooks.MAIN + "\"><sheetData>" + HostileWorkbooks.HEADER_ROW + "</sheetData></worksheet>");
        assertRefused(file, "file.doctype", HostileWorkbooks.SHEET);
    }

    /** The parts POI parses itself on opening: each malformed or DOCTYPE-carrying one named in one sentence. */
    @ParameterizedTest
    @ValueSource(strings = {HostileWorkbooks.CONTENT_TYPES, HostileWorkbooks.ROOT_RELS, HostileWorkbooks.WORKBOOK_RELS})
    void malformedOrDoctypePackagePartsAreNamed(String part) throws IOException {
        assertRefused(HostileWorkbooks.withPart(dir.resolve("cut.xlsx"), part, "<Relationships><Relationship"),
                "file.badPart", part);
        assertRefused(HostileWorkbooks.withPart(dir.resolve("doctype.xlsx"), part, "<?xml version=\"1.0\"?>"
                + "<!DOCTYPE r [<!ENTITY lol \"lol\"><!ENTITY lol2 \"&lol;&lol;\">]><Relationships/>"),
                "file.doctype", part);
    }

    @Test
    void corePropertiesWithADoctypeAreRefused() throws IOException {
        Map<String, HostileWorkbooks.Part> parts = HostileWorkbooks.parts(HostileWorkbooks.rows(2));
        parts.put(HostileWorkbooks.CONTENT_TYPES, HostileWorkbooks.text(HostileWorkbooks.contentTypes(1)
                .replace("</Types>", "<Override PartName=\"/docProps/core.xml\" ContentType=\"application/vnd."
                        + "openxmlformats-package.core-properties+xml\"/></Types>")));
        parts.put("docProps/core.xml", HostileWorkbooks.text("<?xml version=\"1.0\"?><!DOCTYPE c SYSTEM "
                + "\"http://example.com/c.dtd\"><cp:coreProperties xmlns:cp=\"http://schemas.openxmlformats.org/"
                + "package/2006/metadata/core-properties\"/>"));
        assertRefused(HostileWorkbooks.write(dir.resolve("core.xlsx"), parts), "file.doctype", "docProps/core.xml");
    }

    @Test
    @Timeout(value = 60, unit = TimeUnit.SECONDS)
    void aPackagePartOverItsCapIsRefused() throws IOException {
        Map<String, HostileWorkbooks.Part> parts = HostileWorkbooks.parts(HostileWorkbooks.rows(2));
        parts.put(HostileWorkbooks.WORKBOOK_RELS, out -> {
            out.write(HostileWorkbooks.workbookRels(1).replace("</Relationships>", "")
                    .getBytes(java.nio.charset.StandardCharsets.UTF_8));
            byte[] comment = ("<!-- " + "x".repeat(1000) + " -->").getBytes(java.nio.charset.StandardCharsets.UTF_8);
            for (long n = 0; n <= PackageCheck.MAX_PART_BYTES; n += comment.length) {
                out.write(comment);
            }
            out.write("</Relationships>".getBytes(java.nio.charset.StandardCharsets.UTF_8));
        });
        assertRefused(HostileWorkbooks.write(dir.resolve("big-rels.xlsx"), parts), "file.limit.part",
                HostileWorkbooks.WORKBOOK_RELS);
    }

    @Test
    void tooManyRelationshipsAreRefused() throws IOException {
        // spread over many parts, each well under its own cap
        Map<String, HostileWorkbooks.Part> parts = HostileWorkbooks.parts(HostileWorkbooks.rows(2));
        int perPart = 10_000;
        for (int p = 0; p * perPart <= PackageCheck.MAX_RELATIONSHIPS; p++) {
            StringBuilder rels = new StringBuilder("<Relationships xmlns=\"" + HostileWorkbooks.PKG_REL + "\">");
            for (int i = 0; i < perPart; i++) {
                rels.append("<Relationship Id=\"h").append(i).append("\" Type=\"").append(HostileWorkbooks.REL)
                        .append("/hyperlink\" Target=\"http://example.com/\" TargetMode=\"External\"/>");
            }
            parts.put("xl/media/_rels/image" + p + ".png.rels", HostileWorkbooks.text(rels + "</Relationships>"));
        }
        UnusableFileException e = refusal(HostileWorkbooks.write(dir.resolve("rels.xlsx"), parts));
        assertThat(e.key()).isEqualTo("file.limit.relationships");
        assertThat(e.message(Locale.ENGLISH)).contains("xl/media/_rels/image");
    }

    @Test
    void aSharedStringTableOverItsShareOfTheHeapIsRefused() throws Exception {
        Path file = TestWorkbooks.xlsx(dir.resolve("strings.xlsx"), new Object[][] {{"Name", "Phone"},
            {"Ann Lee, who has a long name", "1"}, {"Bob", "2"}, {"Cy", "3"}});
        try (OPCPackage pkg = OPCPackage.open(file.toFile(), PackageAccess.READ)) {
            assertThat(SharedStrings.read(pkg, 10_000).size()).as("within its budget").isEqualTo(8);
            assertThatThrownBy(() -> SharedStrings.read(pkg, 100))
                    .satisfies(e -> assertThat(XlsxSource.failure(e).key()).isEqualTo("file.limit.strings"));
        }
    }
}
