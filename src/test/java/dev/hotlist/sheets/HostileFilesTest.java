package dev.hotlist.sheets;

import static dev.hotlist.sheets.TestWorkbooks.leads;
import static dev.hotlist.sheets.TestWorkbooks.readAll;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.hotlist.domain.Lead;
import dev.hotlist.domain.ParsedRow;
import dev.hotlist.domain.SheetOptions;
import dev.hotlist.domain.UnusableFileException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.concurrent.TimeUnit;
import org.apache.poi.hssf.record.crypto.Biff8EncryptionKey;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.poifs.crypt.EncryptionInfo;
import org.apache.poi.poifs.crypt.EncryptionMode;
import org.apache.poi.poifs.crypt.Encryptor;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/** Bad input never crashes, never hangs, and always says what was wrong in one sentence. */
class HostileFilesTest {
    private static final Object[][] GOOD = {{"Name", "Phone"}, {"Ann", "1"}};

    @TempDir
    Path dir;

    private static void assertUnusable(Path file, String key) {
        assertThatThrownBy(() -> LeadSheets.open(file, SheetOptions.defaults()).close())
                .isInstanceOfSatisfying(UnusableFileException.class, e -> {
                    assertThat(e.key()).isEqualTo(key);
                    assertThat(e.message(Locale.ENGLISH)).doesNotContain("Exception").doesNotContain(key);
                    assertThat(e.message(Locale.SIMPLIFIED_CHINESE)).doesNotContain(key);
                });
    }

    @Test
    void emptyFile() throws IOException {
        assertUnusable(Files.createFile(dir.resolve("empty.xlsx")), "file.empty");
        assertUnusable(Files.createFile(dir.resolve("empty.csv")), "file.empty");
    }

    @Test
    void missingFile() {
        assertUnusable(dir.resolve("nope.xlsx"), "file.notFound");
    }

    @Test
    void textRenamedXlsxIsNotASpreadsheet() throws IOException {
        assertUnusable(TestWorkbooks.csv(dir.resolve("notes.xlsx"), "Name,Phone\nAnn,1\n"), "file.notSpreadsheet");
    }

    @Test
    void pngRenamedXlsxIsNotASpreadsheet() throws IOException {
        byte[] png = {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 0x0D, 'I', 'H', 'D', 'R', 0, 0};
        Path file = Files.write(dir.resolve("photo.xlsx"), png);
        assertUnusable(file, "file.notSpreadsheet");
        assertUnusable(Files.write(dir.resolve("photo.csv"), png), "file.notSpreadsheet");
    }

    @Test
    void otherOfficeFileIsNotASpreadsheet() throws IOException {
        Path file = dir.resolve("letter.xls");
        try (POIFSFileSystem fs = new POIFSFileSystem()) {
            fs.createDocument(new java.io.ByteArrayInputStream(new byte[600]), "WordDocument");
            try (OutputStream out = Files.newOutputStream(file)) {
                fs.writeFilesystem(out);
            }
        }
        assertUnusable(file, "file.notSpreadsheet");
    }

    @Test
    void wordDocumentRenamedXlsxIsNotASpreadsheet() throws IOException {
        Path file = dir.resolve("letter.xlsx");
        try (var doc = new org.apache.poi.xwpf.usermodel.XWPFDocument();
             OutputStream out = Files.newOutputStream(file)) {
            doc.createParagraph().createRun().setText("Dear customer");
            doc.write(out);
        }
        assertUnusable(file, "file.notSpreadsheet");
    }

    @Test
    void openDocumentSpreadsheetIsRefusedWithAWayOut() throws IOException {
        Path file = dir.resolve("leads.ods");
        try (var zip = new java.util.zip.ZipOutputStream(Files.newOutputStream(file))) {
            zip.putNextEntry(new java.util.zip.ZipEntry("mimetype"));
            zip.write("application/vnd.oasis.opendocument.spreadsheet".getBytes(StandardCharsets.US_ASCII));
            zip.closeEntry();
            zip.putNextEntry(new java.util.zip.ZipEntry("content.xml"));
            zip.write("<office:document-content/>".getBytes(StandardCharsets.US_ASCII));
            zip.closeEntry();
        }
        assertUnusable(file, "file.notSpreadsheet");
    }

    @Test
    void truncatedZipIsCorrupt() throws IOException {
        Path good = TestWorkbooks.xlsx(dir.resolve("good.xlsx"), GOOD);
        byte[] bytes = Files.readAllBytes(good);
        Path cut = Files.write(dir.resolve("cut.xlsx"), Arrays.copyOf(bytes, bytes.length / 2));
        assertUnusable(cut, "file.corrupt");
        Path garbage = dir.resolve("garbage.xlsx");
        byte[] junk = bytes.clone();
        for (int i = 40; i < junk.length; i += 7) {
            junk[i] ^= 0x5A;
        }
        Files.write(garbage, junk);
        assertUnusable(garbage, "file.corrupt");
    }

    @Test
    void passwordProtectedXlsx() throws Exception {
        Path file = dir.resolve("secret.xlsx");
        try (POIFSFileSystem fs = new POIFSFileSystem()) {
            EncryptionInfo info = new EncryptionInfo(EncryptionMode.agile);
            Encryptor encryptor = info.getEncryptor();
            encryptor.confirmPassword("secret");
            try (XSSFWorkbook wb = new XSSFWorkbook(); OutputStream os = encryptor.getDataStream(fs)) {
                TestWorkbooks.fill(wb, wb.createSheet("Leads"), GOOD);
                wb.write(os);
            }
            try (OutputStream out = Files.newOutputStream(file)) {
                fs.writeFilesystem(out);
            }
        }
        assertUnusable(file, "file.encrypted");
    }

    @Test
    void passwordProtectedXls() throws Exception {
        Path file = dir.resolve("secret.xls");
        Biff8EncryptionKey.setCurrentUserPassword("secret");
        try (HSSFWorkbook wb = new HSSFWorkbook()) {
            TestWorkbooks.fill(wb, wb.createSheet("Leads"), GOOD);
            try (OutputStream out = Files.newOutputStream(file)) {
                wb.write(out);
            }
        } finally {
            Biff8EncryptionKey.setCurrentUserPassword(null);
        }
        assertUnusable(file, "file.encrypted");
    }

    @Test
    void zipBombIsRefused() throws IOException {
        Path good = TestWorkbooks.xlsx(dir.resolve("good.xlsx"), GOOD);
        Path bomb = dir.resolve("bomb.xlsx");
        TestWorkbooks.replaceEntry(good, bomb, "xl/worksheets/sheet1.xml", out -> {
            out.write(("<?xml version=\"1.0\" encoding=\"UTF-8\"?><worksheet xmlns=\"http://schemas.openxmlformats.org/"
                    + "spreadsheetml/2006/main\"><sheetData>").getBytes(StandardCharsets.UTF_8));
            byte[] spaces = new byte[1 << 20];
            Arrays.fill(spaces, (byte) ' ');
            for (int i = 0; i < 200; i++) {
                out.write(spaces);
            }
            out.write("</sheetData></worksheet>".getBytes(StandardCharsets.UTF_8));
        });
        assertThat(Files.size(bomb)).isLessThan(1_000_000);
        assertUnusable(bomb, "file.zipBomb");
    }

    @Test
    void sheetWithoutHeader() throws IOException {
        Object[][] rows = {{"Quarterly numbers"}, {"12", "13", "14"}, {"a", "b", "c"}};
        assertUnusable(TestWorkbooks.xlsx(dir.resolve("numbers.xlsx"), rows), "sheet.noHeader");
        assertUnusable(TestWorkbooks.csv(dir.resolve("numbers.csv"), "x,y\n1,2\n"), "sheet.noHeader");
        assertUnusable(TestWorkbooks.xlsx(dir.resolve("blank.xlsx"), new Object[][] {}), "sheet.noData");
    }

    @Test
    void unknownSheetNameListsTheSheets() throws IOException {
        Path file = TestWorkbooks.xlsx(dir.resolve("good.xlsx"), GOOD);
        assertThatThrownBy(() -> LeadSheets.open(file, new SheetOptions("Sheet9", java.util.Map.of())))
                .isInstanceOfSatisfying(UnusableFileException.class, e -> {
                    assertThat(e.key()).isEqualTo("sheet.notFound");
                    assertThat(e.message(Locale.ENGLISH)).contains("Sheet9").contains("Leads");
                });
    }

    @Test
    @Timeout(value = 120, unit = TimeUnit.SECONDS)
    void aMillionEmptyRowsAreReadInBoundedTimeAndMemory() throws IOException, UnusableFileException {
        Path good = TestWorkbooks.xlsx(dir.resolve("good.xlsx"), GOOD);
        Path file = dir.resolve("empty-rows.xlsx");
        TestWorkbooks.replaceEntry(good, file, "xl/worksheets/sheet1.xml", out -> {
            Writer w = new java.io.OutputStreamWriter(out, StandardCharsets.UTF_8);
            w.write("<?xml version=\"1.0\" encoding=\"UTF-8\"?><worksheet xmlns=\"http://schemas.openxmlformats.org/"
                    + "spreadsheetml/2006/main\"><sheetData><row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><t>Name</t>"
                    + "</is></c><c r=\"B1\" t=\"inlineStr\"><is><t>Phone</t></is></c></row>");
            for (int r = 2; r <= 1_000_001; r++) {
                w.write("<row r=\"");
                w.write(Integer.toString(r));
                w.write("\"/>");
            }
            w.write("<row r=\"1000002\"><c r=\"A1000002\" t=\"inlineStr\"><is><t>Last</t></is></c></row>"
                    + "</sheetData></worksheet>");
            w.flush();
        });
        List<ParsedRow> rows = readAll(file);
        assertThat(rows).extracting(ParsedRow::rowNumber).containsExactly(1_000_002);
    }

    @Test
    void aLoneCellAtRowOneMillion() throws IOException, UnusableFileException {
        Object[][] rows = new Object[1_000_000][];
        rows[0] = new Object[] {"Name", "Phone"};
        rows[999_999] = new Object[] {"Far away", "1"};
        List<ParsedRow> read = readAll(TestWorkbooks.xlsx(dir.resolve("far.xlsx"), rows));
        assertThat(read).hasSize(1);
        assertThat(read.get(0).rowNumber()).isEqualTo(1_000_000);
    }

    @Test
    @Timeout(value = 60, unit = TimeUnit.SECONDS)
    void aFiftyMegabyteCsvLineIsCutNotLoaded() throws IOException, UnusableFileException {
        Path file = dir.resolve("huge-line.csv");
        try (OutputStream out = new java.io.BufferedOutputStream(Files.newOutputStream(file))) {
            out.write("Name,Phone,Notes\nAnn,1,".getBytes(StandardCharsets.US_ASCII));
            byte[] chunk = new byte[1 << 20];
            Arrays.fill(chunk, (byte) 'x');
            for (int i = 0; i < 50; i++) {
                out.write(chunk);
            }
            out.write(",tail\nBob,2,short\n".getBytes(StandardCharsets.US_ASCII));
        }
        List<Lead> leads = leads(readAll(file));
        assertThat(leads).extracting(Lead::name).containsExactly("Ann", "Bob");
        assertThat(leads.get(0).notes()).hasSize(CellText.MAX_LENGTH);
        assertThat(leads.get(1).notes()).isEqualTo("short");
    }

    @Test
    void anUnterminatedQuoteDoesNotSwallowTheFile() throws IOException, UnusableFileException {
        Path file = TestWorkbooks.csv(dir.resolve("quote.csv"),
                "Name,Phone\n\"Ann,5550101\nBob,5550102\n\"Cy\",5550103\nDee \"the boss\",5550104\n");
        List<Lead> leads = leads(readAll(file));
        assertThat(leads).extracting(Lead::name, Lead::phone).containsExactly(
                org.assertj.core.groups.Tuple.tuple("Ann", "5550101"), org.assertj.core.groups.Tuple.tuple("Bob", "5550102"),
                org.assertj.core.groups.Tuple.tuple("Cy", "5550103"),
                org.assertj.core.groups.Tuple.tuple("Dee \"the boss\"", "5550104"));
        // a quote that opens, spans lines and is closed by a stray quote further down gives up too
        Path stray = TestWorkbooks.csv(dir.resolve("stray.csv"),
                "Name,Phone\n\"Ann,5550101\nBob,5550102\nCy \"x\" y,5550103\n");
        assertThat(leads(readAll(stray))).extracting(Lead::name).containsExactly("Ann", "Bob", "Cy \"x\" y");
        // a real multi-line quoted note is kept whole
        Path note = TestWorkbooks.csv(dir.resolve("note.csv"), "Name,Phone,Notes\nAnn,5550101,\"line 1\nline 2\"\nBob,5550102,\n");
        assertThat(leads(readAll(note))).extracting(Lead::notes).containsExactly("line 1\nline 2", "");
    }

    @Test
    void invalidUtf8BecomesReplacementCharacters() throws IOException, UnusableFileException {
        StringBuilder sb = new StringBuilder("Name,Phone\n");
        for (int i = 0; i < 5000; i++) {
            sb.append("Zoë").append(i).append(",1\n");
        }
        byte[] good = sb.toString().getBytes(StandardCharsets.UTF_8);
        byte[] tail = {'B', (byte) 0xC3, '(', 'b', ',', '2', '\n'};
        byte[] all = Arrays.copyOf(good, good.length + tail.length);
        System.arraycopy(tail, 0, all, good.length, tail.length);
        List<Lead> leads = leads(readAll(Files.write(dir.resolve("bad-utf8.csv"), all)));
        assertThat(leads).hasSize(5001);
        assertThat(leads.get(0).name()).isEqualTo("Zoë0");
        assertThat(leads.get(5000).name()).isEqualTo("B\uFFFD(b");
    }

    @Test
    void controlCharactersAreDropped() throws IOException, UnusableFileException {
        Path csv = TestWorkbooks.csv(dir.resolve("ctrl.csv"), "Name,Phone\nA\u0000n\u0007n,5550100\u001b\n");
        Lead lead = leads(readAll(csv)).get(0);
        assertThat(lead.name()).isEqualTo("Ann");
        assertThat(lead.phone()).isEqualTo("5550100");
        // Excel escapes control characters in XML as _xHHHH_; POI itself would write "?" instead.
        Path good = TestWorkbooks.xlsx(dir.resolve("good.xlsx"), GOOD);
        Path xlsx = dir.resolve("ctrl.xlsx");
        TestWorkbooks.replaceEntry(good, xlsx, "xl/worksheets/sheet1.xml", out -> out.write((
                "<?xml version=\"1.0\" encoding=\"UTF-8\"?><worksheet xmlns=\"http://schemas.openxmlformats.org/"
                + "spreadsheetml/2006/main\"><sheetData><row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><t>Name</t></is>"
                + "</c><c r=\"B1\" t=\"inlineStr\"><is><t>Phone</t></is></c></row><row r=\"2\"><c r=\"A2\" "
                + "t=\"inlineStr\"><is><t>B_x0001_o_x0002_b</t></is></c></row></sheetData></worksheet>")
                .getBytes(StandardCharsets.UTF_8)));
        assertThat(leads(readAll(xlsx)).get(0).name()).isEqualTo("Bob");
    }

    @Test
    void longCellsAreKeptUpToExcelsLimit() throws IOException, UnusableFileException {
        String tenThousand = "长".repeat(10_000);
        Object[][] rows = {{"Name", "Phone", "Notes"}, {"Ann", "1", tenThousand}};
        assertThat(leads(readAll(TestWorkbooks.xlsx(dir.resolve("long.xlsx"), rows))).get(0).notes())
                .isEqualTo(tenThousand);
        Path csv = TestWorkbooks.csv(dir.resolve("longer.csv"), "Name,Notes\nAnn,\"" + "y".repeat(40_000) + "\"\n");
        assertThat(leads(readAll(csv)).get(0).notes()).hasSize(CellText.MAX_LENGTH);
    }

    @Test
    void everyMessageKeyExistsInBothLanguages() throws IOException {
        Properties en = load("messages.properties");
        Properties zh = load("messages_zh_CN.properties");
        assertThat(zh.keySet()).isEqualTo(en.keySet());
        assertThat(en.keySet()).contains("file.empty", "file.notSpreadsheet", "file.corrupt", "file.encrypted",
                "file.zipBomb", "sheet.noHeader", "sheet.notFound", "sheet.noData", "row.noContact");
    }

    private static Properties load(String name) throws IOException {
        Properties p = new Properties();
        try (InputStream in = HostileFilesTest.class.getResourceAsStream("/dev/hotlist/sheets/" + name)) {
            p.load(new java.io.InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return p;
    }
}
