package dev.hotlist.sample;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Writes {@code data/sample-leads.xlsx}: the lead sheet a Chinese sales team would really hand over (a merged
 * title row, a blank row, mixed Chinese and English headers, word dates, a formula, a duplicate, a shared
 * switchboard phone) with the product brief's seed cases. Deterministic: the same bytes of content every run.
 *
 * <pre>
 * mvn -q -DskipTests package
 * java -cp target/hotlist.jar:target/test-classes dev.hotlist.sample.SampleWorkbookGenerator data
 * </pre>
 */
public final class SampleWorkbookGenerator {
    static final String SHEET = "线索 Leads";
    static final String TITLE = "2026 Q4 展会及转介绍线索 / Trade show & referral leads";
    static final String[] HEADERS = {"客户姓名", "Company", "手机", "Email", "需求程度", "预计购买时间", "预算", "Source",
        "地区", "Industry", "客户类型", "负责人", "备注", "微信"};
    /** A buying-time cell that is a real date cell rather than text. */
    private static final String DATE = "date:";
    /** A budget cell that is a formula. */
    private static final String FORMULA = "formula:";

    /** name, company, phone, email, need, buying time, budget, source, region, industry, type, owner, notes, wechat. */
    static final List<String[]> LEADS = List.of(
        // Tackle shop: fishing tomorrow > fishing next year > watching fishing on TV (equal need).
        row("钓鱼-明天", "海鸥渔具", "13900001001", "tomorrow@haiou-fishing.cn", "高", "明天", "", "展会", "华南", "零售", "终端用户", "王强", "", ""),
        row("钓鱼-明年", "海鸥渔具", "13900001002", "nextyear@haiou-fishing.cn", "高", "明年", "", "展会", "华南", "零售", "终端用户", "王强", "", ""),
        row("钓鱼-看电视", "海鸥渔具", "13900001003", "tv@haiou-fishing.cn", "高", "随便看看", "", "展会", "华南", "零售", "终端用户", "王强", "", ""),
        // Hot dogs on the beach: hungry > lukewarm > not hungry (equal timing).
        row("热狗-饿", "海滩热狗摊", "13900002001", "hungry@beach-hotdog.cn", "急需", "本周", "", "官网", "华东", "餐饮", "终端用户", "李雷", "中午饿坏了，马上要", ""),
        row("热狗-一般", "海滩热狗摊", "13900002002", "maybe@beach-hotdog.cn", "一般", "本周", "", "官网", "华东", "餐饮", "终端用户", "李雷", "", ""),
        row("热狗-不饿", "海滩热狗摊", "13900002003", "full@beach-hotdog.cn", "无", "本周", "", "官网", "华东", "餐饮", "终端用户", "李雷", "只是问问", ""),
        // The drowning man: the need is strongest when the moment has come.
        row("溺水-救命", "宁波恒通注塑厂", "13900003001", "sos@hengtong-mold.cn", "急需", "尽快", "预算已批", "转介绍", "华东", "制造业", "终端用户", "韩梅梅", "设备坏了，停产中，马上要", "ht_sos"),
        // Overdue: a few days past is still alive; months past is stale.
        row("逾期-三天", "苏州新远电子", "13900004001", "late3@xinyuan-ele.cn", "高", DATE + "2026-11-21", "¥80,000", "展会", "华东", "制造业", "经销商", "王强", "上周说周五下单", ""),
        row("逾期-四个月", "苏州新远电子", "13900004002", "late4m@xinyuan-ele.cn", "高", DATE + "2026-07-20", "¥80,000", "展会", "华东", "制造业", "经销商", "王强", "夏天问过，后来没消息", ""),
        // The rest of a real sheet.
        row("张伟", "杭州明达机械有限公司", "13812345678", "zhangwei@mingda-jx.cn", "强烈", "下周", "¥50,000", "转介绍", "华东", "制造业", "经销商", "王强", "老设备故障频繁，想换新", "zw_mingda"),
        row("王芳", "深圳鹏程物流", "13698765432", "wangfang@pengcheng56.cn", "中", "下个月", "", "官网", "华南", "物流", "终端用户", "李雷", "", "wf_pc"),
        row("李娜", "北京顺达餐饮管理", "13501234567", "lina@shunda-cy.cn", "高", DATE + "2026-12-10", "预算已批", "展会", "华北", "餐饮", "终端用户", "韩梅梅", "年底前开新店", ""),
        row("刘洋", "成都天府建设工程", "13688886666", "liuyang@tianfu-jg.cn", "4/5", "下季度", "¥200,000", "转介绍", "西南", "建筑", "工程商", "王强", "", ""),
        row("陈静", "广州恒达贸易", "13711112222", "chenjing@hengda-trade.cn", "低", "明年", "没预算", "陌拜", "华南", "零售", "经销商", "李雷", "只是问问价格", ""),
        row("杨帆", "武汉光谷智能", "13922223333", "yangfan@ggzn.cn", "★★★★☆", "2026-12-20", "¥120,000", "官网", "华中", "制造业", "终端用户", "韩梅梅", "要在截止日期前完成验收", ""),
        row("赵磊", "青岛海川船舶", "13833334444", "zhaolei@haichuan-ship.cn", "急需", "3天后", "¥300,000", "转介绍", "华北", "船舶", "终端用户", "王强", "主机坏了，马上要修", "zl_hc"),
        row("黄丽", "厦门鹭岛酒店", "13944445555", "huangli@ludao-hotel.cn", "一般", "随便看看", "", "展会", "华南", "酒店", "终端用户", "李雷", "", ""),
        row("周杰", "南京金陵装饰", "13655556666", "zhoujie@jinling-zs.cn", "中", "2026/12/15", "¥30,000", "官网", "华东", "建筑", "工程商", "韩梅梅", "", ""),
        row("吴敏", "上海浦江食品", "13766667777", "wumin@pujiang-food.cn", "强烈", "本周", FORMULA + "25000*2", "转介绍", "华东", "食品", "经销商", "王强", "产线要扩，尽快报价", "wm_pj"),
        row("徐刚", "天津滨海机电", "13877778888", "xugang@binhai-jd.cn", "无", "", "无预算", "陌拜", "华北", "制造业", "经销商", "李雷", "", ""),
        row("孙悦", "重庆山城火锅", "13988889999", "sunyue@shancheng-hg.cn", "高", "下个月", "¥40,000", "展会", "西南", "餐饮", "终端用户", "韩梅梅", "冷库故障，影响出餐", ""),
        row("马超", "西安长安建材", "13599990000", "machao@changan-jc.cn", "低", "下季度", "", "陌拜", "西北", "建筑", "经销商", "王强", "", ""),
        row("朱琳", "长沙湘江印务", "13612340000", "zhulin@xiangjiang-print.cn", "8", "", "", "官网", "华中", "印刷", "终端用户", "李雷", "", ""),
        row("胡军", "郑州中原农机", "13723450000", "hujun@zhongyuan-nj.cn", "急需", "明天", "预算已批", "转介绍", "华中", "农业", "经销商", "韩梅梅", "秋收设备停产，马上要", "hj_zy"),
        row("林小雨", "福州闽江茶业", "13834560000", "linxy@minjiang-tea.cn", "一般", "下周", "", "展会", "华南", "食品", "终端用户", "王强", "想先了解一下", ""),
        row("何东", "合肥科大仪器", "13945670000", "hedong@kdyq.cn", "中", "2027-03-01", "¥60,000", "官网", "华东", "仪器", "终端用户", "李雷", "", ""),
        row("罗静", "昆明春城花卉", "13656780000", "luojing@chuncheng-hh.cn", "高", "尽快", "", "转介绍", "西南", "农业", "终端用户", "韩梅梅", "大棚设备坏了", ""),
        row("高峰", "沈阳北方重工", "13767890000", "gaofeng@bfzg.cn", "强烈", DATE + "2027-01-15", "¥500,000", "展会", "东北", "制造业", "终端用户", "王强", "年初招标", ""),
        row("郭晓", "大连海港冷链", "13878900000", "guoxiao@haigang-ll.cn", "低", "以后再说", "", "陌拜", "东北", "物流", "终端用户", "李雷", "", ""),
        row("宋佳", "杭州明达机械有限公司", "0571-88886666", "songjia@mingda-jx.cn", "中", "下个月", "", "转介绍", "华东", "制造业", "经销商", "王强", "张伟的同事，总机", ""),
        row("唐宁", "杭州明达机械有限公司", "0571-88886666", "tangning@mingda-jx.cn", "高", "下周", "", "转介绍", "华东", "制造业", "经销商", "王强", "采购部，同一总机", ""),
        row("Sarah Miller", "Blue Harbor Marine", "+1 415 555 0134", "sarah@blueharbor-marine.com", "high", "next week", "$12k approved", "referral", "West Coast", "Marine", "owner", "Sam Carter", "Outboard motor broken before the season", ""),
        row("James Carter", "Carter Construction LLC", "+1 206 555 0187", "james@carterbuilds.com", "urgent", "ASAP", "$40k", "website", "West Coast", "Construction", "contractor", "Sam Carter", "Deadline Friday, crane down", ""),
        row("Emma Wilson", "Sunset Cafe", "+61 2 5550 1234", "emma@sunsetcafe.com.au", "urgent", "tomorrow", "", "website", "Sydney", "Hospitality", "owner", "Sam Carter", "Espresso machine down, losing money", ""),
        row("Oliver Brown", "Brown & Sons Plumbing", "+44 20 7946 0958", "oliver@brownsons.co.uk", "medium", "next month", "£8,000", "trade show", "London", "Construction", "contractor", "Sam Carter", "", ""),
        row("Sophie Taylor", "Taylor Bakery", "+44 161 496 0321", "sophie@taylorbakery.co.uk", "low", "next year", "no budget", "cold list", "Manchester", "Hospitality", "owner", "Sam Carter", "Just asking the price", ""),
        row("Liam Johnson", "Johnson Auto Repair", "+1 312 555 0145", "liam@johnsonauto.com", "high", "this week", "$15k", "referral", "Midwest", "Automotive", "owner", "Amy Chen", "Lift failing inspection, audit next week", ""),
        row("Ava Martinez", "Martinez Landscaping", "+1 512 555 0199", "ava@martinezland.com", "medium", "just looking", "", "trade show", "Texas", "Landscaping", "contractor", "Amy Chen", "", ""),
        row("Noah Davis", "Davis Dental Clinic", "+1 617 555 0102", "noah@davisdental.com", "high", DATE + "2026-12-02", "$25k approved", "website", "East Coast", "Healthcare", "owner", "Amy Chen", "Replace the old compressor", ""),
        row("Mia Thompson", "Thompson Events", "+61 3 5550 4567", "mia@thompsonevents.com.au", "none", "", "", "cold list", "Melbourne", "Events", "owner", "Amy Chen", "", ""),
        row("Lucas White", "White Fisheries", "+1 907 555 0110", "lucas@whitefisheries.com", "urgent", "in 5 days", "$60k", "referral", "Alaska", "Marine", "dealer", "Sam Carter", "Freezer broken, catch spoiling", ""),
        row("Chloe Harris", "Harris Hardware", "+1 303 555 0176", "chloe@harrishw.com", "low", "next quarter", "", "trade show", "Mountain", "Retail", "dealer", "Amy Chen", "", ""),
        row("Ethan Clark", "Clark Farms", "+1 515 555 0133", "ethan@clarkfarms.com", "medium", "2027-04-01", "$18k", "website", "Midwest", "Agriculture", "owner", "Amy Chen", "", ""),
        row("Grace Lewis", "Lewis Architects", "+44 117 496 0555", "grace@lewisarch.co.uk", "high", "next month", "£30k", "referral", "Bristol", "Construction", "contractor", "Sam Carter", "", ""),
        row("Henry Walker", "Walker Hotels", "+61 7 5550 7788", "henry@walkerhotels.com.au", "high", DATE + "2027-09-01", "A$90k", "trade show", "Brisbane", "Hospitality", "owner", "Sam Carter", "Planning next year's renovation", ""),
        row("Isla Young", "Young Florists", "+44 131 496 0222", "isla@youngflorists.co.uk", "low", "someday", "", "cold list", "Edinburgh", "Retail", "owner", "Amy Chen", "", ""),
        row("Jack King", "King Marine Supply", "+1 619 555 0150", "jack@kingmarine.com", "★★★☆☆", "this month", "$10k", "trade show", "West Coast", "Marine", "dealer", "Sam Carter", "", ""),
        row("Zoe Scott", "Scott Print Shop", "+1 503 555 0161", "zoe@scottprint.com", "medium", "in 2 weeks", "", "website", "West Coast", "Printing", "owner", "Amy Chen", "Press down twice this month", ""),
        row("Ryan Green", "Green Valley Dairy", "+1 608 555 0124", "ryan@greenvalleydairy.com", "urgent", "ASAP", "budget approved", "referral", "Midwest", "Agriculture", "owner", "Amy Chen", "Milk cooler failing, losing money daily", ""),
        row("Ella Adams", "Adams Fitness", "+61 8 5550 3344", "ella@adamsfitness.com.au", "none", "just looking", "", "cold list", "Perth", "Fitness", "owner", "Sam Carter", "", ""),
        row("Leo Baker", "Baker Brothers Catering", "+44 121 496 0888", "leo@bakerbros.co.uk", "high", "next week", "£12,000", "trade show", "Birmingham", "Hospitality", "owner", "Sam Carter", "Event season deadline", ""),
        row("Amelia Hall", "Hall & Co Joinery", "+44 1632 960 123", "amelia@hallco.co.uk", "medium", "", "", "website", "Leeds", "Construction", "contractor", "Amy Chen", "", ""),
        row("Mason Allen", "Allen Brewing Co", "+1 971 555 0190", "mason@allenbrewing.com", "high", DATE + "2026-11-28", "$35k", "referral", "West Coast", "Food & Beverage", "owner", "Amy Chen", "Fermenter cracked", ""),
        row("Lily Wright", "Wright Pet Supplies", "+1 704 555 0138", "lily@wrightpets.com", "low", "next year", "", "trade show", "Southeast", "Retail", "dealer", "Sam Carter", "", ""),
        row("Tom Baker", "Baker & Sons Construction", "+44 20 7946 0111", "tom@bakersons.co.uk", "low", "just looking", "no budget", "cold list", "London", "Construction", "contractor", "Sam Carter", "Just asking the price", ""),
        row("", "", "", "", "", "", "", "", "", "", "", "", "", ""),
        row("", "", "", "", "high", "next week", "", "trade show", "London", "", "", "", "Card with no name or number", ""),
        // The same person again, e-mail in other case, a later row with a stronger need: merged, not duplicated.
        row("王芳", "深圳鹏程物流", "13698765432", "WangFang@PengCheng56.cn", "急需", "本周", "", "官网", "华南", "物流", "终端用户", "李雷", "仓库叉车坏了，尽快", "wf_pc"),
        row("Olivia Moore", "Moore Ice Cream", "+1 858 555 0117", "olivia@mooreicecream.com", "urgent", "tomorrow", "$9k", "website", "West Coast", "Food & Beverage", "owner", "Amy Chen", "Freezer broken before the weekend", "")
    );

    private SampleWorkbookGenerator() {
    }

    public static void main(String[] args) throws IOException {
        Path folder = Path.of(args.length > 0 ? args[0] : "data");
        Files.createDirectories(folder);
        write(folder.resolve("sample-leads.xlsx"));
        System.out.println("wrote " + folder.resolve("sample-leads.xlsx") + " (" + LEADS.size() + " rows)");
    }

    static void write(Path file) throws IOException {
        try (XSSFWorkbook wb = new XSSFWorkbook()) {
            Sheet sheet = wb.createSheet(SHEET);
            Font bold = wb.createFont();
            bold.setBold(true);
            CellStyle titleStyle = wb.createCellStyle();
            Font big = wb.createFont();
            big.setBold(true);
            big.setFontHeightInPoints((short) 14);
            titleStyle.setFont(big);
            CellStyle headerStyle = wb.createCellStyle();
            headerStyle.setFont(bold);
            CellStyle dateStyle = wb.createCellStyle();
            dateStyle.setDataFormat(wb.getCreationHelper().createDataFormat().getFormat("yyyy-mm-dd"));

            Cell title = sheet.createRow(0).createCell(0);
            title.setCellValue(TITLE);
            title.setCellStyle(titleStyle);
            sheet.addMergedRegion(new CellRangeAddress(0, 0, 0, HEADERS.length - 1));
            Row header = sheet.createRow(2);
            for (int c = 0; c < HEADERS.length; c++) {
                Cell cell = header.createCell(c);
                cell.setCellValue(HEADERS[c]);
                cell.setCellStyle(headerStyle);
            }
            int r = 3;
            for (String[] lead : LEADS) {
                Row row = sheet.createRow(r++);
                for (int c = 0; c < lead.length; c++) {
                    String v = lead[c];
                    if (v.isEmpty()) {
                        continue;
                    }
                    Cell cell = row.createCell(c);
                    if (v.startsWith(DATE)) {
                        cell.setCellValue(LocalDate.parse(v.substring(DATE.length())));
                        cell.setCellStyle(dateStyle);
                    } else if (v.startsWith(FORMULA)) {
                        cell.setCellFormula(v.substring(FORMULA.length()));
                    } else {
                        cell.setCellValue(v); // phones too: text keeps every digit and the leading zero
                    }
                }
            }
            wb.getCreationHelper().createFormulaEvaluator().evaluateAll();
            int[] widths = {14, 28, 18, 30, 10, 14, 14, 12, 10, 14, 10, 10, 36, 10};
            for (int c = 0; c < widths.length; c++) {
                sheet.setColumnWidth(c, widths[c] * 256);
            }
            sheet.createFreezePane(0, 3);
            try (OutputStream out = Files.newOutputStream(file)) {
                wb.write(out);
            }
        }
    }

    private static String[] row(String... cells) {
        return cells;
    }
}
