package dev.hotlist.sheets;

import dev.hotlist.domain.LeadField;
import static dev.hotlist.sheets.TestWorkbooks.leads;
import static dev.hotlist.sheets.TestWorkbooks.readAll;
import static org.assertj.core.api.Assertions.assertThat;

import dev.hotlist.domain.Lead;
import dev.hotlist.domain.ParsedRow;
import dev.hotlist.domain.Progress;
import dev.hotlist.domain.SheetOptions;
import dev.hotlist.scoring.BuyingTimeParser;
import dev.hotlist.sheets.TestWorkbooks.Formula;
import dev.hotlist.sheets.TestWorkbooks.Merge;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LeadSheetsFormatsTest {
    private static final LocalDate AS_OF = LocalDate.of(2026, 11, 24);
    private static final Object[][] SIMPLE = {
            {"Name", "Company", "Phone", "Email", "Need", "Buying time", "Colour"},
            {"Ann Lee", "Acme", 13812345678L, "Ann@Acme.com ", "high", LocalDate.of(2026, 12, 1), "blue"},
            {"Bob", "Bolt", "021-5555 1234", "bob@bolt.cn", 4, "2026-11-25", null},
    };

    @TempDir
    Path dir;

    private void assertSimple(List<ParsedRow> rows) {
        assertThat(rows).hasSize(2);
        ParsedRow.LeadRow first = (ParsedRow.LeadRow) rows.get(0);
        assertThat(first.rowNumber()).isEqualTo(2);
        Lead ann = first.lead();
        assertThat(ann.id()).isZero();
        assertThat(ann.name()).isEqualTo("Ann Lee");
        assertThat(ann.company()).isEqualTo("Acme");
        assertThat(ann.phone()).isEqualTo("13812345678");
        assertThat(ann.email()).isEqualTo("Ann@Acme.com");
        assertThat(ann.needStated()).isEqualTo("high");
        assertThat(ann.buyingDate()).isEqualTo(LocalDate.of(2026, 12, 1));
        assertThat(ann.buyingStated()).isEqualTo("2026-12-01");
        assertThat(ann.extra()).containsExactly(Map.entry("Colour", "blue"));
        Lead bob = ((ParsedRow.LeadRow) rows.get(1)).lead();
        assertThat(bob.phone()).isEqualTo("021-5555 1234");
        assertThat(bob.needStated()).isEqualTo("4");
        assertThat(bob.buyingDate()).isEqualTo(LocalDate.of(2026, 11, 25));
        assertThat(bob.extra()).isEmpty();
    }

    @Test
    void readsXlsx() throws Exception {
        Path file = TestWorkbooks.xlsx(dir.resolve("leads.xlsx"), SIMPLE);
        try (LeadSheet sheet = LeadSheets.open(file, SheetOptions.defaults())) {
            assertThat(sheet.sheetName()).isEqualTo("Leads");
            assertThat(sheet.sheetNames()).containsExactly("Leads");
            assertThat(sheet.headerRowNumber()).isEqualTo(1);
            assertThat(sheet.mapping().fieldOf(2)).isEqualTo(LeadField.PHONE);
            List<ParsedRow> rows = new ArrayList<>();
            SheetSummary summary = sheet.read(AS_OF, rows::add, Progress.NONE);
            assertSimple(rows);
            assertThat(summary.rowsRead()).isEqualTo(2);
            assertThat(summary.needScale()).isEqualTo(5);
        }
    }

    @Test
    void readsXls() throws Exception {
        assertSimple(readAll(TestWorkbooks.xls(dir.resolve("leads.xls"), SIMPLE)));
    }

    @Test
    void formatIsFoundByContentNotByName() throws Exception {
        Path xlsxNamedXls = TestWorkbooks.xlsx(dir.resolve("really-xlsx.xls"), SIMPLE);
        assertSimple(readAll(xlsxNamedXls));
        Path xlsNamedCsv = TestWorkbooks.xls(dir.resolve("really-xls.csv"), SIMPLE);
        assertSimple(readAll(xlsNamedCsv));
    }

    @Test
    void readsCsvInUtf8WithBom() throws Exception {
        Path file = TestWorkbooks.text(dir.resolve("leads.csv"),
                "Name,Company,Phone\r\n\"Lee, Ann\",Acme,13812345678\r\n", StandardCharsets.UTF_8, true);
        try (LeadSheet sheet = LeadSheets.open(file, SheetOptions.defaults())) {
            assertThat(sheet.sheetName()).isEqualTo("leads.csv");
            assertThat(sheet.mapping().headers()).containsExactly("Name", "Company", "Phone");
        }
        Lead lead = leads(readAll(file)).get(0);
        assertThat(lead.name()).isEqualTo("Lee, Ann");
        assertThat(lead.phone()).isEqualTo("13812345678");
    }

    @Test
    void readsCsvInGbkWithChineseHeaders() throws Exception {
        Path file = TestWorkbooks.text(dir.resolve("线索.csv"),
                "姓名,公司名称,手机号,需求程度,预计购买时间\n张三,上海某某科技有限公司,13900001111,急需,2026-12-01\n",
                java.nio.charset.Charset.forName("GBK"), false);
        Lead lead = leads(readAll(file)).get(0);
        assertThat(lead.name()).isEqualTo("张三");
        assertThat(lead.company()).isEqualTo("上海某某科技有限公司");
        assertThat(lead.phone()).isEqualTo("13900001111");
        assertThat(lead.needStated()).isEqualTo("急需");
        assertThat(lead.buyingDate()).isEqualTo(LocalDate.of(2026, 12, 1));
    }

    @Test
    void gbkRowsFarDownAFileThatStartsInAsciiAreReadAsGbk() throws Exception {
        StringBuilder sb = new StringBuilder("Name,Company,Phone\n");
        for (int i = 0; sb.length() < 92 * 1024; i++) {
            sb.append("Lead ").append(i).append(",Acme Trading,1390000").append(String.format("%04d", i % 10_000))
                    .append('\n');
        }
        sb.append("张三,上海某某科技有限公司,13900001111\n李四,杭州明达机械,13900002222\n");
        Path file = TestWorkbooks.text(dir.resolve("gbk-late.csv"), sb.toString(),
                java.nio.charset.Charset.forName("GBK"), false);
        List<Lead> leads = leads(readAll(file));
        assertThat(leads.get(leads.size() - 2).name()).isEqualTo("张三");
        assertThat(leads.get(leads.size() - 1).company()).isEqualTo("杭州明达机械");
    }

    @Test
    void aSmallUtf8FileWithAFewStrayBytesStaysUtf8() throws Exception {
        byte[] text = ("姓名,公司,备注\n王芳,明达机械,回访\n李雷,东方贸易,X\n").getBytes(StandardCharsets.UTF_8);
        java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
        bytes.write(text);
        // a Latin-1 "é" and Windows quotes pasted into an otherwise UTF-8 file
        bytes.write(new byte[] {'C', 'a', 'f', (byte) 0xE9, ',', 'A', 'c', 'm', 'e', ',', (byte) 0x93, 'h', 'i',
                (byte) 0x94, (byte) 0x85, '\n'});
        Path file = Files.write(dir.resolve("stray.csv"), bytes.toByteArray());
        List<Lead> leads = leads(readAll(file));
        assertThat(leads).extracting(Lead::name).startsWith("王芳", "李雷");
        assertThat(leads.get(1).company()).isEqualTo("东方贸易");
        assertThat(leads.get(2).company()).isEqualTo("Acme");
    }

    @Test
    void theUtf8TallyFollowsSequencesAcrossItsBuffer() throws Exception {
        byte[] bytes = "长".repeat(50_000).getBytes(StandardCharsets.UTF_8);
        TextSniff t = TextSniff.of(new java.io.ByteArrayInputStream(bytes), false);
        assertThat(t.valid()).isEqualTo(50_000);
        assertThat(t.invalid()).isZero();
        byte[] gbk = "长沙市岳麓区某某科技有限公司".repeat(100).getBytes(java.nio.charset.Charset.forName("GBK"));
        assertThat(TextSniff.of(new java.io.ByteArrayInputStream(gbk), false).isUtf8()).isFalse();
    }

    @Test
    void readsSemicolonAndTabSeparatedFiles() throws Exception {
        Path semi = TestWorkbooks.csv(dir.resolve("semi.csv"),
                "Name;Company;Notes\nAnn;Acme;\"likes, commas\"\nBob;Bolt;x\n");
        assertThat(leads(readAll(semi))).extracting(Lead::name, Lead::notes)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("Ann", "likes, commas"),
                        org.assertj.core.groups.Tuple.tuple("Bob", "x"));
        Path tab = TestWorkbooks.csv(dir.resolve("tab.txt"), "Name\tCompany\tNotes\nAnn\tAcme, Inc.\tx\n");
        assertThat(leads(readAll(tab)).get(0).company()).isEqualTo("Acme, Inc.");
    }

    @Test
    void findsTheHeaderUnderTitleRowsMergedTitleAndBlankRows() throws Exception {
        Object[][] rows = {
                {"2026 Trade show leads"},
                {"Exported by Jane, do not share"},
                null,
                null,
                {"客户姓名", "Company", "手机", "E-mail", "意向度"},
                {"王芳", "Acme", "13700000000", "wf@acme.cn", "高"},
                null,
                {"Tom", "Bolt", null, null, "low"},
        };
        Path file = TestWorkbooks.xlsx(dir.resolve("titled.xlsx"), rows, new Merge(1, 1, 0, 4));
        try (LeadSheet sheet = LeadSheets.open(file, SheetOptions.defaults())) {
            assertThat(sheet.headerRowNumber()).isEqualTo(5);
            List<ParsedRow> read = new ArrayList<>();
            SheetSummary summary = sheet.read(AS_OF, read::add, Progress.NONE);
            assertThat(read).extracting(ParsedRow::rowNumber).containsExactly(6, 8);
            assertThat(summary.rowsRead()).isEqualTo(2);
            assertThat(leads(read)).extracting(Lead::name).containsExactly("王芳", "Tom");
            assertThat(leads(read).get(0).needStated()).isEqualTo("高");
            assertThat(summary.needScale()).isNull();
        }
    }

    @Test
    void formulasGiveTheirCachedValues() throws Exception {
        Object[][] rows = {
                {"Name", "Company", "Phone", "Need", "Notes"},
                {new Formula("\"Ann\"&\" \"&\"Lee\""), "Acme", new Formula("13800000000+1"), new Formula("2*2"),
                        new Formula("1/0")},
        };
        Lead lead = leads(readAll(TestWorkbooks.xlsx(dir.resolve("formulas.xlsx"), rows))).get(0);
        assertThat(lead.name()).isEqualTo("Ann Lee");
        assertThat(lead.phone()).isEqualTo("13800000001");
        assertThat(lead.needStated()).isEqualTo("4");
        assertThat(lead.notes()).isEmpty();
        Lead fromXls = leads(readAll(TestWorkbooks.xls(dir.resolve("formulas.xls"), rows))).get(0);
        assertThat(fromXls.name()).isEqualTo("Ann Lee");
        assertThat(fromXls.phone()).isEqualTo("13800000001");
    }

    @Test
    void verticallyMergedDataCellsFillTheirRows() throws Exception {
        Object[][] rows = {
                {"Region", "Name", "Owner", "Phone"},
                {"East", "Ann", "Zhao", "1"},
                {null, "Bob", null, "2"},
                {null, "Cid", "Qian", "3"},
                {"West", "Dan", null, "4"},
        };
        Merge region = new Merge(2, 4, 0, 0);
        Merge owner = new Merge(2, 3, 2, 2);
        for (Path file : List.of(TestWorkbooks.xlsx(dir.resolve("merged.xlsx"), rows, region, owner),
                TestWorkbooks.xls(dir.resolve("merged.xls"), rows, region, owner))) {
            List<Lead> leads = leads(readAll(file));
            assertThat(leads).extracting(Lead::region).containsExactly("East", "East", "East", "West");
            assertThat(leads).extracting(Lead::owner).containsExactly("Zhao", "Zhao", "Qian", "");
        }
    }

    @Test
    void aNumericBuyingTimeInTheSerialRangeIsADate() throws Exception {
        Object[][] rows = {{"Name", "Buying time"}, {"Ann", 46357}, {"Bob", 3}};
        List<Lead> leads = leads(readAll(TestWorkbooks.xlsx(dir.resolve("serial.xlsx"), rows)));
        assertThat(leads.get(0).buyingDate()).isEqualTo(LocalDate.of(2026, 12, 1));
        assertThat(leads.get(0).buyingStated()).isEqualTo("2026-12-01");
        assertThat(leads.get(1).buyingDate()).isNull();
        assertThat(leads.get(1).buyingStated()).isEqualTo("3");
    }

    @Test
    void wordDatesAreResolvedByTheBuyingTimeParser() throws Exception {
        // Holds before and after the parser learns words: the importer must hand the text to it unchanged.
        Object[][] rows = {{"Name", "预计购买时间"}, {"Ann", "明天"}, {"Bob", "tomorrow"}, {"Cid", "2026-12-24"}};
        List<Lead> leads = leads(readAll(TestWorkbooks.xlsx(dir.resolve("words.xlsx"), rows)));
        for (Lead lead : leads) {
            LocalDate expected = BuyingTimeParser.parse(lead.buyingStated(), AS_OF)
                    .map(r -> r instanceof BuyingTimeParser.Result.OnDate on ? on.date() : null).orElse(null);
            assertThat(lead.buyingDate()).as(lead.buyingStated()).isEqualTo(expected);
        }
        assertThat(leads).extracting(Lead::buyingStated).containsExactly("明天", "tomorrow", "2026-12-24");
        assertThat(leads.get(2).buyingDate()).isEqualTo(LocalDate.of(2026, 12, 24));
    }

    @Test
    void rowsWithoutContactAreSkippedWithAReasonAndBlankRowsIgnored() throws Exception {
        Object[][] rows = {
                {"Record ID", "Name", "Company", "Notes"},
                {null, null, null, "just a note"},
                null,
                {"003ABC", null, null, null},
                {null, "", null, null},
        };
        List<ParsedRow> read = readAll(TestWorkbooks.xlsx(dir.resolve("skips.xlsx"), rows));
        assertThat(read).hasSize(2);
        ParsedRow.SkippedRow skipped = (ParsedRow.SkippedRow) read.get(0);
        assertThat(skipped.rowNumber()).isEqualTo(2);
        assertThat(skipped.reasonKey()).isEqualTo("row.noContact");
        assertThat(skipped.reason(java.util.Locale.ENGLISH)).contains("no name");
        assertThat(skipped.reason(java.util.Locale.SIMPLIFIED_CHINESE)).contains("没有姓名");
        Lead idOnly = ((ParsedRow.LeadRow) read.get(1)).lead();
        assertThat(idOnly.externalId()).isEqualTo("003ABC");
    }

    @Test
    void aRepeatedHeaderRowAndTotalsRowsAreSkippedWithTheirReason() throws Exception {
        Path file = TestWorkbooks.csv(dir.resolve("blocks.csv"), """
                姓名,公司,手机,预算
                张三,明达机械,13900001111,1000
                小计,,,1000
                姓名,公司,手机,预算
                李四,华东贸易,13900002222,2000
                合计：,,,3000
                Total,,,3000
                Grand total,,,3000
                Total,Total S.A.,+33 1 47 44 45 46,
                """);
        List<ParsedRow> read = readAll(file);
        assertThat(leads(read)).extracting(Lead::name).containsExactly("张三", "李四", "Total");
        List<ParsedRow.SkippedRow> skipped = read.stream().filter(r -> r instanceof ParsedRow.SkippedRow)
                .map(r -> (ParsedRow.SkippedRow) r).toList();
        assertThat(skipped).extracting(ParsedRow.SkippedRow::rowNumber).containsExactly(3, 4, 6, 7, 8);
        assertThat(skipped).extracting(ParsedRow.SkippedRow::reasonKey)
                .containsExactly("row.totals", "row.repeatedHeader", "row.totals", "row.totals", "row.totals");
        assertThat(skipped.get(1).reason(java.util.Locale.ENGLISH)).contains("repeats the header row");
        assertThat(skipped.get(1).reason(java.util.Locale.SIMPLIFIED_CHINESE)).contains("重复的表头");
        assertThat(skipped.get(2).reason(java.util.Locale.ENGLISH)).contains("totals row").contains("合计：");
        assertThat(skipped.get(2).reason(java.util.Locale.SIMPLIFIED_CHINESE)).contains("合计行");
    }

    @Test
    void needScaleIsInferredFromTheLargestBareNumber() throws Exception {
        Object[][] tens = {{"Name", "Need"}, {"A", 3}, {"B", 8}, {"C", "high"}};
        Object[][] percents = {{"Name", "Need"}, {"A", "80"}, {"B", "35"}};
        Object[][] words = {{"Name", "Need"}, {"A", "急需"}};
        assertThat(summary(TestWorkbooks.xlsx(dir.resolve("tens.xlsx"), tens)).needScale()).isEqualTo(10);
        assertThat(summary(TestWorkbooks.csv(dir.resolve("pct.csv"), "Name,Need\nA,80\nB,35\n")).needScale())
                .isEqualTo(100);
        assertThat(summary(TestWorkbooks.xlsx(dir.resolve("pct.xlsx"), percents)).needScale()).isEqualTo(100);
        assertThat(summary(TestWorkbooks.xlsx(dir.resolve("words.xlsx"), words)).needScale()).isNull();
    }

    private static SheetSummary summary(Path file) throws Exception {
        try (LeadSheet sheet = LeadSheets.open(file, SheetOptions.defaults())) {
            return sheet.read(AS_OF, row -> { }, Progress.NONE);
        }
    }

    @Test
    void mixedChineseAndEnglishHeaders() throws Exception {
        Object[][] rows = {
                {"姓名", "Company", "电话", "Email", "行业", "Region", "负责人", "Lead Source", "备注", "客户类型", "规模",
                        "预算"},
                {"李雷", "Hanmei Ltd", "13512345678", "li@hm.cn", "制造", "华东", "小王", "展会", "设备坏了", "经销商", "50人",
                        "20万"},
        };
        Lead lead = leads(readAll(TestWorkbooks.xlsx(dir.resolve("mixed.xlsx"), rows))).get(0);
        assertThat(lead.segment()).isEqualTo("制造");
        assertThat(lead.region()).isEqualTo("华东");
        assertThat(lead.owner()).isEqualTo("小王");
        assertThat(lead.source()).isEqualTo("展会");
        assertThat(lead.notes()).isEqualTo("设备坏了");
        assertThat(lead.customerType()).isEqualTo("经销商");
        assertThat(lead.size()).isEqualTo("50人");
        assertThat(lead.budget()).isEqualTo("20万");
    }

    @Test
    void chosenSheetAndFirstVisibleSheetWithData() throws Exception {
        Path file = dir.resolve("two.xlsx");
        try (var wb = new org.apache.poi.xssf.usermodel.XSSFWorkbook()) {
            wb.createSheet("Empty");
            TestWorkbooks.fill(wb, wb.createSheet("Hidden"), new Object[][] {{"Name", "Phone"}, {"Hid", "1"}});
            TestWorkbooks.fill(wb, wb.createSheet("Readme"), new Object[][] {{"Instructions only"}});
            TestWorkbooks.fill(wb, wb.createSheet("Leads"), new Object[][] {{"Name", "Phone"}, {"Vis", "2"}});
            wb.setSheetHidden(1, true);
            try (var out = java.nio.file.Files.newOutputStream(file)) {
                wb.write(out);
            }
        }
        try (LeadSheet sheet = LeadSheets.open(file, SheetOptions.defaults())) {
            assertThat(sheet.sheetName()).isEqualTo("Leads");
            assertThat(sheet.sheetNames()).containsExactly("Empty", "Hidden", "Readme", "Leads");
        }
        assertThat(leads(readAll(file, new SheetOptions("Hidden", Map.of()), AS_OF)).get(0).name()).isEqualTo("Hid");
    }

    @Test
    void previewGivesTheFirstRows() throws Exception {
        Object[][] rows = new Object[40][];
        rows[0] = new Object[] {"Name", "Phone"};
        for (int i = 1; i < rows.length; i++) {
            rows[i] = new Object[] {"P" + i, String.valueOf(i)};
        }
        try (LeadSheet sheet = LeadSheets.open(TestWorkbooks.xlsx(dir.resolve("p.xlsx"), rows), SheetOptions.defaults())) {
            List<ParsedRow> preview = sheet.preview(AS_OF, 5);
            assertThat(preview).extracting(ParsedRow::rowNumber).containsExactly(2, 3, 4, 5, 6);
            List<ParsedRow> all = new ArrayList<>();
            sheet.read(AS_OF, all::add, Progress.NONE);
            assertThat(all).hasSize(39);
        }
    }

    @Test
    void extraColumnsKeepTheirHeaderAndUnnamedColumnsTheirLetter() throws Exception {
        Path file = TestWorkbooks.csv(dir.resolve("x.csv"), "Name,Phone,Colour,Colour,\nAnn,5550100,red,blue,tall\n");
        assertThat(leads(readAll(file)).get(0).extra())
                .containsExactly(Map.entry("Colour", "red"), Map.entry("Colour (2)", "blue"),
                        Map.entry("Column E", "tall"));
    }

    @Test
    void overridesChangeTheMapping() throws Exception {
        Path file = TestWorkbooks.csv(dir.resolve("o.csv"), "Name,Phone,Hunger\nAnn,5550100,urgent\n");
        Lead lead = leads(readAll(file, new SheetOptions(null, Map.of("Hunger", LeadField.NEED)), AS_OF)).get(0);
        assertThat(lead.needStated()).isEqualTo("urgent");
        assertThat(lead.extra()).isEmpty();
    }

    @Test
    void cancellingStopsTheRead() throws Exception {
        StringBuilder csv = new StringBuilder("Name,Phone\n");
        for (int i = 0; i < 5000; i++) {
            csv.append("P").append(i).append(',').append(i).append('\n');
        }
        Path file = TestWorkbooks.csv(dir.resolve("c.csv"), csv.toString());
        Progress cancelled = new Progress() {
            @Override
            public void update(long done, long total) {
            }

            @Override
            public boolean isCancelled() {
                return true;
            }
        };
        try (LeadSheet sheet = LeadSheets.open(file, SheetOptions.defaults())) {
            org.assertj.core.api.Assertions.assertThatThrownBy(() -> sheet.read(AS_OF, r -> { }, cancelled))
                    .isInstanceOf(java.util.concurrent.CancellationException.class);
        }
    }

    @Test
    void aGroupTitleMergedOverTheHeaderDoesNotWinOverTheColumnNames() throws Exception {
        Object[][] rows = {
                {"Company", "Contact", null, "Need"},
                {null, "Name", "Phone", null},
                {"Acme", "Ann", "5550100", "high"},
        };
        Path file = TestWorkbooks.xlsx(dir.resolve("two-row-header.xlsx"), rows, new Merge(1, 2, 0, 0),
                new Merge(1, 1, 1, 2), new Merge(1, 2, 3, 3));
        try (LeadSheet sheet = LeadSheets.open(file, SheetOptions.defaults())) {
            assertThat(sheet.headerRowNumber()).isEqualTo(2);
            assertThat(sheet.mapping().headers()).containsExactly("Company", "Name", "Phone", "Need");
            List<ParsedRow> read = new ArrayList<>();
            sheet.read(AS_OF, read::add, Progress.NONE);
            Lead ann = leads(read).get(0);
            assertThat(ann.company()).isEqualTo("Acme");
            assertThat(ann.phone()).isEqualTo("5550100");
            assertThat(ann.needStated()).isEqualTo("high");
        }
    }

    @Test
    void excelsSeparatorHintIsHonoured() throws Exception {
        Path file = TestWorkbooks.csv(dir.resolve("hint.csv"), "sep=;\nName;Phone;Notes\nAnn;1;a,b\n");
        Lead lead = leads(readAll(file)).get(0);
        assertThat(lead.notes()).isEqualTo("a,b");
    }

    @Test
    void xlsxReportsBytesOfTheSheetAndCanBeCancelled() throws Exception {
        Object[][] rows = new Object[3000][];
        rows[0] = new Object[] {"Name", "Phone"};
        for (int i = 1; i < rows.length; i++) {
            rows[i] = new Object[] {"P" + i, String.valueOf(i)};
        }
        Path file = TestWorkbooks.xlsx(dir.resolve("progress.xlsx"), rows);
        List<long[]> updates = new ArrayList<>();
        Progress recording = new Progress() {
            @Override
            public void update(long done, long total) {
                updates.add(new long[] {done, total});
            }

            @Override
            public boolean isCancelled() {
                return false;
            }
        };
        try (LeadSheet sheet = LeadSheets.open(file, SheetOptions.defaults())) {
            assertThat(sheet.read(AS_OF, r -> { }, recording).rowsRead()).isEqualTo(2999);
            assertThat(updates).isNotEmpty().allSatisfy(u -> assertThat(u[1]).isPositive()
                    .isGreaterThanOrEqualTo(u[0]));
            Progress cancelled = new Progress() {
                @Override
                public void update(long done, long total) {
                }

                @Override
                public boolean isCancelled() {
                    return true;
                }
            };
            org.assertj.core.api.Assertions.assertThatThrownBy(() -> sheet.read(AS_OF, r -> { }, cancelled))
                    .isInstanceOf(java.util.concurrent.CancellationException.class);
        }
    }
}
