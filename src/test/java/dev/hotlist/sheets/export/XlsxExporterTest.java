package dev.hotlist.sheets.export;

import static dev.hotlist.sheets.export.ExportFixtures.AS_OF;
import static dev.hotlist.sheets.export.ExportFixtures.EN_HEADERS;
import static dev.hotlist.sheets.export.ExportFixtures.REASON_TEXT;
import static dev.hotlist.sheets.export.ExportFixtures.ZH_HEADERS;
import static dev.hotlist.sheets.export.ExportFixtures.ranked;
import static org.assertj.core.api.Assertions.assertThat;

import dev.hotlist.domain.CallOutcome;
import dev.hotlist.domain.Lead;
import dev.hotlist.domain.Progress;
import dev.hotlist.domain.RankedLead;
import dev.hotlist.domain.Reason;
import dev.hotlist.domain.ScoringSettings;
import dev.hotlist.domain.Stage;
import dev.hotlist.domain.Tier;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import javax.xml.parsers.SAXParserFactory;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.ss.util.PaneInformation;
import org.apache.poi.util.DefaultTempFileCreationStrategy;
import org.apache.poi.util.TempFile;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.apache.poi.xssf.usermodel.XSSFCell;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.xml.sax.Attributes;
import org.xml.sax.helpers.DefaultHandler;

class XlsxExporterTest {
    @TempDir
    Path dir;

    private final Lead ann = Lead.builder().id(1).externalId("0031x000").name("Ann Lee").company("Pumps, Inc.")
            .email("ann@pumps.example").phone("013812345678").needStated("4").needScale(5)
            .buyingStated("tomorrow").buyingDate(AS_OF.plusDays(1)).budget("5000").source("referral")
            .segment("Construction").customerType("contractor").region("North").size("10-50").owner("Bo")
            .notes("pump broken\nneeds it asap").putExtra("Booth", "B12").putExtra("Interest", "pumps")
            .stage(Stage.CONTACTED).nextActionDate(AS_OF.plusDays(2)).build();
    private final Lead wang = Lead.builder().id(2).name("王伟").company("上海机械有限公司").phone("+86 21 5555 0101")
            .needStated("急需").buyingStated("随便看看").putExtra("展位", "C3").putExtra("Booth", "A1").build();
    private final Lead carl = Lead.builder().id(3).name("Carl").needStated("7").buyingStated("just looking").build();
    private final Lead dora = Lead.builder().id(4).name("Dora").company("=HYPERLINK(\"http://x.example\",\"click\")")
            .notes("+1").email("-2+3").owner("@SUM(A1)").region("\t=1").size("\r=1").putExtra("Booth", "=1+1")
            .build();

    private List<RankedLead> rows() {
        return List.of(
                ranked(1, ann, Tier.HOT, 90, 95, Reason.need(30, "need.urgent"), Reason.timing(35, "timing.tomorrow")),
                ranked(2, wang, Tier.SCHEDULE, 85, 20, Reason.need(40, "need.zh")),
                ranked(3, carl, Tier.QUALIFY, 30, 70),
                ranked(4, dora, Tier.NURTURE, 10, 5, Reason.need(-10, "need.none")));
    }

    private ExportRequest request(Locale locale) {
        Map<Long, LastCall> calls = Map.of(1L, new LastCall(CallOutcome.NO_ANSWER, LocalDateTime.of(2026, 11, 20, 14, 5, 33)));
        return new ExportRequest(rows(), AS_OF, ScoringSettings.defaults(), REASON_TEXT, calls, locale);
    }

    private XSSFWorkbook export(ExportRequest request) throws IOException {
        Path out = dir.resolve("leads.xlsx");
        assertThat(Exporters.write(out, request, Progress.NONE)).isEqualTo(request.rows().size());
        return new XSSFWorkbook(Files.newInputStream(out));
    }

    private static List<String> header(XSSFSheet sheet) {
        List<String> out = new ArrayList<>();
        sheet.getRow(0).forEach(c -> out.add(c.getStringCellValue()));
        return out;
    }

    private static XSSFCell cell(XSSFSheet sheet, int row, String header) {
        int col = header(sheet).indexOf(header);
        assertThat(col).as("column %s", header).isNotNegative();
        return sheet.getRow(row).getCell(col);
    }

    @Test
    void englishHeadersWithExtraColumnsInFirstSeenOrderAtTheEnd() throws IOException {
        try (XSSFWorkbook wb = export(request(Locale.US))) {
            List<String> expected = new ArrayList<>(EN_HEADERS);
            expected.addAll(List.of("Booth", "Interest", "展位"));
            assertThat(header(wb.getSheetAt(0))).containsExactlyElementsOf(expected);
            assertThat(wb.getSheetName(0)).isEqualTo("Leads");
            assertThat(wb.getSheetName(1)).isEqualTo("Scoring");
        }
    }

    @Test
    void chineseHeadersForAChineseLocale() throws IOException {
        try (XSSFWorkbook wb = export(request(Locale.SIMPLIFIED_CHINESE))) {
            XSSFSheet sheet = wb.getSheetAt(0);
            List<String> header = header(sheet);
            assertThat(header.subList(0, ZH_HEADERS.size())).containsExactlyElementsOf(ZH_HEADERS);
            assertThat(wb.getSheetName(1)).isEqualTo("评分设置");
            assertThat(cell(sheet, 1, "阶段").getStringCellValue()).isEqualTo("已联系");
            assertThat(cell(sheet, 1, "最近通话").getStringCellValue()).isEqualTo("未接听");
        }
    }

    @Test
    void headerIsBoldFrozenWithTheNameAndFiltered() throws IOException {
        try (XSSFWorkbook wb = export(request(Locale.US))) {
            XSSFSheet sheet = wb.getSheetAt(0);
            PaneInformation pane = sheet.getPaneInformation();
            assertThat(pane.isFreezePane()).isTrue();
            assertThat(pane.getHorizontalSplitTopRow()).isEqualTo((short) 1);
            assertThat(pane.getVerticalSplitLeftColumn()).isEqualTo((short) (header(sheet).indexOf("Name") + 1));
            int lastCol = header(sheet).size() - 1;
            assertThat(sheet.getCTWorksheet().getAutoFilter().getRef())
                    .isEqualTo("A1:" + CellReference.convertNumToColString(lastCol) + "5");
            XSSFCellStyle style = sheet.getRow(0).getCell(0).getCellStyle();
            assertThat(style.getFont().getBold()).isTrue();
        }
    }

    @Test
    void numbersAndDatesAreRealCellsAndLeadTextStaysText() throws IOException {
        try (XSSFWorkbook wb = export(request(Locale.US))) {
            XSSFSheet s = wb.getSheetAt(0);
            assertThat(cell(s, 1, "Rank").getCellType()).isEqualTo(CellType.NUMERIC);
            assertThat(cell(s, 1, "Rank").getNumericCellValue()).isEqualTo(1);
            assertThat(cell(s, 1, "Priority").getNumericCellValue()).isEqualTo(93); // (90 + 95) / 2 rounded
            assertThat(cell(s, 1, "Need score").getNumericCellValue()).isEqualTo(90);
            assertThat(cell(s, 1, "Timing score").getNumericCellValue()).isEqualTo(95);

            XSSFCell buying = cell(s, 1, "Buying time");
            assertThat(buying.getCellType()).isEqualTo(CellType.NUMERIC);
            assertThat(DateUtil.isCellDateFormatted(buying)).isTrue();
            assertThat(buying.getCellStyle().getDataFormatString()).isEqualTo("yyyy-mm-dd");
            assertThat(buying.getLocalDateTimeCellValue().toLocalDate()).isEqualTo(AS_OF.plusDays(1));
            assertThat(cell(s, 3, "Buying time").getStringCellValue()).isEqualTo("just looking");

            XSSFCell next = cell(s, 1, "Next action");
            assertThat(DateUtil.isCellDateFormatted(next)).isTrue();
            assertThat(next.getLocalDateTimeCellValue().toLocalDate()).isEqualTo(AS_OF.plusDays(2));

            XSSFCell lastCall = cell(s, 1, "Last call at");
            assertThat(lastCall.getCellType()).isEqualTo(CellType.NUMERIC);
            assertThat(DateUtil.isCellDateFormatted(lastCall)).isTrue();
            assertThat(lastCall.getLocalDateTimeCellValue()).isEqualTo(LocalDateTime.of(2026, 11, 20, 14, 5));
            assertThat(lastCall.getCellStyle().getDataFormatString()).isEqualTo("yyyy-mm-dd hh:mm");
            assertThat(cell(s, 2, "Last call at")).isNull();

            XSSFCell phone = cell(s, 1, "Phone");
            assertThat(phone.getCellType()).isEqualTo(CellType.STRING);
            assertThat(phone.getStringCellValue()).isEqualTo("013812345678");
            assertThat(cell(s, 1, "Record ID").getStringCellValue()).isEqualTo("0031x000");
            assertThat(cell(s, 1, "Company").getStringCellValue()).isEqualTo("Pumps, Inc.");
            assertThat(cell(s, 2, "Name").getStringCellValue()).isEqualTo("王伟");
            assertThat(cell(s, 1, "Notes").getStringCellValue()).isEqualTo("pump broken\nneeds it asap");
            // The last call has columns of its own, so Stage filters on stages alone.
            assertThat(cell(s, 1, "Stage").getStringCellValue()).isEqualTo("Contacted");
            assertThat(cell(s, 1, "Last call").getStringCellValue()).isEqualTo("no answer");
            assertThat(cell(s, 2, "Stage").getStringCellValue()).isEqualTo("New");
            assertThat(cell(s, 2, "Last call")).isNull();
        }
    }

    @Test
    void numericNeedCarriesItsScaleAndWordsStayAsStated() throws IOException {
        try (XSSFWorkbook wb = export(request(Locale.US))) {
            XSSFSheet s = wb.getSheetAt(0);
            assertThat(cell(s, 1, "Need").getStringCellValue()).isEqualTo("4/5");
            assertThat(cell(s, 2, "Need").getStringCellValue()).isEqualTo("急需");
            assertThat(cell(s, 3, "Need").getStringCellValue()).isEqualTo("7"); // no scale known
        }
    }

    @Test
    void printedPagesCarryTheViewTheDayAndPageNumbersAndLeaveEmptyColumnsOut() throws IOException {
        try (XSSFWorkbook wb = export(request(Locale.US).titled("Today & tomorrow"))) {
            XSSFSheet s = wb.getSheetAt(0);
            assertThat(s.getHeader().getCenter()).contains("Today && tomorrow").contains(
                    request(Locale.US).asOf().toString());
            assertThat(s.getFooter().getCenter()).isEqualTo("Page &P of &N");
            java.util.List<String> headers = new java.util.ArrayList<>();
            s.getRow(0).forEach(c -> headers.add(c.getStringCellValue()));

            for (int c = 0; c < ExportLayout.CALL_SHEET.size(); c++) {
                boolean empty = true;
                for (int r = 1; r <= s.getLastRowNum(); r++) {
                    XSSFCell cell = s.getRow(r).getCell(c);
                    empty &= cell == null || cell.toString().isBlank();
                }
                assertThat(s.isColumnHidden(c)).as(headers.get(c) + " hidden exactly when empty").isEqualTo(empty);

            }
            assertThat(s.isColumnHidden(headers.indexOf("Name"))).isFalse();
            assertThat(s.isColumnHidden(headers.indexOf("Why"))).isFalse();
            for (int r = 1; r <= s.getLastRowNum(); r++) {
                assertThat(s.getRow(r).getHeightInPoints()).as("at most two lines of reasons").isLessThanOrEqualTo(32f);
            }
        }
    }

    @Test
    void whyListsEveryReasonOnItsOwnLineInAWrappedCell() throws IOException {
        try (XSSFWorkbook wb = export(request(Locale.US))) {
            XSSFSheet s = wb.getSheetAt(0);
            XSSFCell why = cell(s, 1, "Why");
            assertThat(why.getStringCellValue()).as("strongest first").isEqualTo("timing +35: timing.tomorrow\nneed +30: need.urgent");
            assertThat(why.getCellStyle().getWrapText()).isTrue();
            assertThat(cell(s, 4, "Why").getStringCellValue()).isEqualTo("need -10: need.none");
            assertThat(cell(s, 3, "Why")).isNull();
            // Streamed rows get no automatic height: a row with two reasons is set two lines tall.
            assertThat(s.getRow(1).getHeightInPoints()).isGreaterThanOrEqualTo(30f);
            assertThat(s.getRow(3).getHeightInPoints()).isLessThan(20f);
        }
    }

    @Test
    void budgetsSizesAndExtraQuantitiesThatArePlainNumbersAreNumberCells() throws IOException {
        Lead numbers = Lead.builder().id(9).name("Numbers").phone("13812345678").externalId("20261124001")
                .budget("50,000").size("250").putExtra("Amount", "12000").putExtra("Deposit", "¥8,000.50")
                .putExtra("QQ", "12345").putExtra("Order No.", "2026").putExtra("Seats", "1234567")
                .putExtra("Zip", "010020").putExtra("Fee", "about 300").build();
        Lead words = Lead.builder().id(10).name("Words").budget("预算已批").size("10-50").putExtra("Amount", "TBD")
                .build();
        List<RankedLead> rows = List.of(ranked(1, numbers, Tier.HOT, 80, 80), ranked(2, words, Tier.HOT, 70, 70));
        try (XSSFWorkbook wb = export(ExportFixtures.request(rows, Locale.US))) {
            XSSFSheet s = wb.getSheetAt(0);
            assertNumber(cell(s, 1, "Budget"), 50_000, "#,##0");
            assertNumber(cell(s, 1, "Size"), 250, "0");
            assertNumber(cell(s, 1, "Amount"), 12_000, "0");
            assertNumber(cell(s, 1, "Deposit"), 8000.5, "\"¥\"#,##0.00");
            for (String text : List.of("Phone", "Record ID", "QQ", "Order No.", "Seats", "Zip", "Fee")) {
                assertThat(cell(s, 1, text).getCellType()).as(text).isEqualTo(CellType.STRING);
            }
            assertThat(cell(s, 1, "Seats").getStringCellValue()).as("a long bare number may be an id")
                    .isEqualTo("1234567");
            assertThat(cell(s, 2, "Budget").getStringCellValue()).isEqualTo("预算已批");
            assertThat(cell(s, 2, "Size").getStringCellValue()).isEqualTo("10-50");
            assertThat(cell(s, 2, "Amount").getStringCellValue()).isEqualTo("TBD");
        }
    }

    private static void assertNumber(XSSFCell cell, double value, String format) {
        assertThat(cell.getCellType()).isEqualTo(CellType.NUMERIC);
        assertThat(cell.getNumericCellValue()).isEqualTo(value);
        assertThat(cell.getCellStyle().getDataFormatString()).isEqualTo(format);
    }

    @Test
    void printsTheCallSheetOnePageWideInLandscapeWithTheHeaderOnEveryPage() throws IOException {
        try (XSSFWorkbook wb = export(ExportFixtures.request(ExportFixtures.many(40), Locale.US))) {
            XSSFSheet s = wb.getSheetAt(0);
            assertThat(s.getPrintSetup().getLandscape()).isTrue();
            assertThat(s.getFitToPage()).isTrue();
            assertThat(s.getPrintSetup().getFitWidth()).isEqualTo((short) 1);
            assertThat(s.getPrintSetup().getFitHeight()).isZero();
            assertThat(s.getRepeatingRows()).isEqualTo(CellRangeAddress.valueOf("1:1"));
            // Name, Company and Phone come before the long reasons, and the print ends with the next action.
            List<String> header = header(s);
            assertThat(header.indexOf("Name")).isLessThan(header.indexOf("Why"));
            assertThat(header.indexOf("Phone")).isLessThan(header.indexOf("Why"));
            String lastPrinted = CellReference.convertNumToColString(header.indexOf("Next action"));
            assertThat(wb.getPrintArea(0)).isEqualTo("Leads!$A$1:$" + lastPrinted + "$41");
        }
    }

    @Test
    void extraColumnsHoldEachLeadsOwnValue() throws IOException {
        try (XSSFWorkbook wb = export(request(Locale.US))) {
            XSSFSheet s = wb.getSheetAt(0);
            assertThat(cell(s, 1, "Booth").getStringCellValue()).isEqualTo("B12");
            assertThat(cell(s, 2, "Booth").getStringCellValue()).isEqualTo("A1");
            assertThat(cell(s, 2, "展位").getStringCellValue()).isEqualTo("C3");
            assertThat(cell(s, 1, "展位")).isNull();
            assertThat(cell(s, 2, "Interest")).isNull();
        }
    }

    @Test
    void textThatLooksLikeAFormulaIsAStringCellNeverAFormula() throws Exception {
        try (XSSFWorkbook wb = export(request(Locale.US))) {
            XSSFSheet s = wb.getSheetAt(0);
            Map<String, String> expected = Map.of("Company", "=HYPERLINK(\"http://x.example\",\"click\")",
                    "Notes", "+1", "Email", "-2+3", "Owner", "@SUM(A1)", "Region", "\t=1", "Size", "\r=1",
                    "Booth", "=1+1");
            expected.forEach((header, value) -> {
                XSSFCell c = cell(s, 4, header);
                assertThat(c.getCellType()).as(header).isEqualTo(CellType.STRING);
                assertThat(c.getStringCellValue()).as(header).isEqualTo(value);
                assertThat(c.getCellStyle().getQuotePrefixed()).as(header).isTrue();
            });
            assertThat(cell(s, 1, "Name").getCellStyle().getQuotePrefixed()).isFalse();
        }
        // Nothing in the sheet XML is a formula element.
        assertThat(sheetXml(dir.resolve("leads.xlsx"))).doesNotContain("<f>").doesNotContain("<f ");
    }

    @Test
    void tierCellsCarryTheirColourFromAFewSharedStyles() throws IOException {
        try (XSSFWorkbook wb = export(request(Locale.US))) {
            XSSFSheet s = wb.getSheetAt(0);
            int[] hot = fill(cell(s, 1, "Tier"));
            int[] schedule = fill(cell(s, 2, "Tier"));
            int[] qualify = fill(cell(s, 3, "Tier"));
            int[] nurture = fill(cell(s, 4, "Tier"));
            assertThat(cell(s, 1, "Tier").getStringCellValue()).isEqualTo("HOT");
            assertThat(hot[0]).isGreaterThan(hot[1]).isGreaterThan(hot[2] - 1); // red-ish
            assertThat(schedule[0]).isGreaterThan(schedule[2]);
            assertThat(schedule[1]).isGreaterThan(schedule[2]); // amber: red and green over blue
            assertThat(qualify[2]).isGreaterThan(qualify[0]); // blue
            assertThat(Math.abs(nurture[0] - nurture[2])).isLessThan(8); // grey
            assertThat(Set.of(rgbKey(hot), rgbKey(schedule), rgbKey(qualify), rgbKey(nurture))).hasSize(4);
        }
        // Many rows still share a handful of styles.
        try (XSSFWorkbook wb = export(ExportFixtures.request(ExportFixtures.many(500), Locale.US))) {
            assertThat(wb.getNumCellStyles()).isLessThan(30);
            XSSFSheet s = wb.getSheetAt(0);
            assertThat(cell(s, 1, "Tier").getCellStyle().getIndex()).isEqualTo(cell(s, 5, "Tier").getCellStyle().getIndex());
        }
    }

    @Test
    void columnWidthsFitTheContentWithinACap() throws IOException {
        Lead longNotes = ann.toBuilder().notes("x".repeat(500)).build();
        List<RankedLead> rows = List.of(ranked(1, longNotes, Tier.HOT, 90, 90, Reason.need(5, "n".repeat(300))));
        try (XSSFWorkbook wb = export(ExportFixtures.request(rows, Locale.US))) {
            XSSFSheet s = wb.getSheetAt(0);
            List<String> header = header(s);
            int notes = header.indexOf("Notes");
            int why = header.indexOf("Why");
            int rank = header.indexOf("Rank");
            int email = header.indexOf("Email");
            assertThat(s.getColumnWidth(notes)).isLessThanOrEqualTo(45 * 256);
            assertThat(s.getColumnWidth(why)).isLessThanOrEqualTo(60 * 256).isGreaterThan(s.getColumnWidth(notes));
            assertThat(s.getColumnWidth(rank)).isLessThan(10 * 256);
            assertThat(s.getColumnWidth(email)).isGreaterThanOrEqualTo("ann@pumps.example".length() * 256);
        }
    }

    @Test
    void textLongerThanExcelAllowsIsClippedNotRefused() throws IOException {
        Lead huge = ann.toBuilder().notes("y".repeat(40_000)).build();
        try (XSSFWorkbook wb = export(ExportFixtures.request(List.of(ranked(1, huge, Tier.HOT, 90, 90)), Locale.US))) {
            assertThat(cell(wb.getSheetAt(0), 1, "Notes").getStringCellValue()).hasSize(32_767);
        }
    }

    @Test
    void settingsSheetListsTheAsOfDayAndEverySetting() throws IOException {
        ScoringSettings settings = new ScoringSettings(0.6, 70, 55, 45, 2.0, 5, 90);
        ExportRequest request = ExportRequest.of(rows(), AS_OF, settings, REASON_TEXT, Locale.US);
        try (XSSFWorkbook wb = export(request)) {
            XSSFSheet s = wb.getSheet("Scoring");
            Map<String, XSSFCell> byLabel = new java.util.HashMap<>();
            for (Row row : s) {
                Cell label = row.getCell(0);
                if (label != null && row.getCell(1) != null) {
                    byLabel.put(label.getStringCellValue(), (XSSFCell) row.getCell(1));
                }
            }
            XSSFCell asOf = byLabel.get("Scored as of");
            assertThat(DateUtil.isCellDateFormatted(asOf)).isTrue();
            assertThat(asOf.getLocalDateTimeCellValue().toLocalDate()).isEqualTo(AS_OF);
            assertThat(byLabel.get("Leads exported").getNumericCellValue()).isEqualTo(4);
            assertThat(byLabel.get("Need weight in priority").getNumericCellValue()).isEqualTo(0.6);
            assertThat(byLabel.get("Timing weight in priority").getNumericCellValue()).isCloseTo(0.4, within());
            assertThat(byLabel.get("Hungry from need score").getNumericCellValue()).isEqualTo(70);
            assertThat(byLabel.get("Soon from timing score").getNumericCellValue()).isEqualTo(55);
            assertThat(byLabel.get("Timing half-way point (days ahead)").getNumericCellValue()).isEqualTo(45);
            assertThat(byLabel.get("Timing curve steepness (1 gentle \u2013 4 steep)").getNumericCellValue()).isEqualTo(2.0);
            assertThat(byLabel.get("Still alive this many days past the buying date").getNumericCellValue()).isEqualTo(5);
            assertThat(byLabel.get("Stale this many days past the buying date").getNumericCellValue()).isEqualTo(90);
            assertThat(byLabel.get("HOT").getStringCellValue()).contains("70").contains("55").contains("call today");
            assertThat(fill(byLabel.get("HOT").getRow().getCell(0))).isEqualTo(fill(cell(wb.getSheetAt(0), 1, "Tier")));
        }
        try (XSSFWorkbook wb = export(ExportRequest.of(rows(), AS_OF, settings, REASON_TEXT, Locale.CHINA))) {
            XSSFSheet s = wb.getSheet("评分设置");
            assertThat(s.getRow(1).getCell(0).getStringCellValue()).isEqualTo("评分基准日");
        }
    }

    @Test
    void oneHundredThousandRowsStreamAndLeaveNoTempFiles(@TempDir Path poiTemp) throws Exception {
        TempFile.setTempFileCreationStrategy(new DefaultTempFileCreationStrategy(poiTemp.toFile()));
        try {
            Path out = dir.resolve("big.xlsx");
            List<RankedLead> rows = ExportFixtures.many(100_000);
            List<long[]> updates = new ArrayList<>();
            Progress progress = new Progress() {
                @Override
                public void update(long done, long total) {
                    updates.add(new long[] {done, total});
                }

                @Override
                public boolean isCancelled() {
                    return false;
                }
            };
            assertThat(Exporters.write(out, ExportFixtures.request(rows, Locale.US), progress)).isEqualTo(100_000);
            assertThat(updates.size()).isGreaterThan(100);
            assertThat(updates.get(updates.size() - 1)).containsExactly(100_000, 100_000);
            assertThat(countRows(out)).isEqualTo(100_001);
            try (Stream<Path> left = Files.walk(poiTemp)) {
                assertThat(left.filter(Files::isRegularFile)).isEmpty();
            }
        } finally {
            TempFile.setTempFileCreationStrategy(new DefaultTempFileCreationStrategy());
        }
    }

    private static org.assertj.core.data.Offset<Double> within() {
        return org.assertj.core.data.Offset.offset(1e-9);
    }

    private static int[] fill(Cell cell) {
        XSSFCellStyle style = (XSSFCellStyle) cell.getCellStyle();
        assertThat(style.getFillPattern()).isEqualTo(FillPatternType.SOLID_FOREGROUND);
        byte[] rgb = style.getFillForegroundXSSFColor().getRGB();
        return new int[] {rgb[0] & 0xFF, rgb[1] & 0xFF, rgb[2] & 0xFF};
    }

    private static String rgbKey(int[] rgb) {
        return rgb[0] + "," + rgb[1] + "," + rgb[2];
    }

    private static String sheetXml(Path xlsx) throws Exception {
        try (OPCPackage pkg = OPCPackage.open(xlsx.toFile(), PackageAccess.READ);
             InputStream in = new XSSFReader(pkg).getSheetsData().next()) {
            return new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        }
    }

    /** Rows of the first sheet, counted by streaming its XML (a DOM of 100,000 rows is not what is under test). */
    private static int countRows(Path xlsx) throws Exception {
        int[] rows = {0};
        try (OPCPackage pkg = OPCPackage.open(xlsx.toFile(), PackageAccess.READ);
             InputStream in = new XSSFReader(pkg).getSheetsData().next()) {
            SAXParserFactory.newInstance().newSAXParser().parse(in, new DefaultHandler() {
                @Override
                public void startElement(String uri, String localName, String qName, Attributes attributes) {
                    if (qName.equals("row")) {
                        rows[0]++;
                    }
                }
            });
        }
        return rows[0];
    }

    @Test
    void theSameLeadsReadTheSameInBothLanguagesApartFromLabels() throws IOException {
        Set<String> en = new HashSet<>();
        Set<String> zh = new HashSet<>();
        try (XSSFWorkbook wb = export(request(Locale.US))) {
            cellsOf(wb.getSheetAt(0), 2).forEach(en::add);
        }
        try (XSSFWorkbook wb = export(request(Locale.CHINA))) {
            cellsOf(wb.getSheetAt(0), 2).forEach(zh::add);
        }
        assertThat(zh).contains("王伟", "上海机械有限公司", "+86 21 5555 0101", "随便看看", "C3");
        assertThat(en).contains("王伟", "上海机械有限公司", "+86 21 5555 0101", "随便看看", "C3");
    }

    private static List<String> cellsOf(XSSFSheet sheet, int row) {
        List<String> out = new ArrayList<>();
        sheet.getRow(row).forEach(c -> out.add(c.getCellType() == CellType.STRING ? c.getStringCellValue()
                : Double.toString(c.getNumericCellValue())));
        return out;
    }
}
