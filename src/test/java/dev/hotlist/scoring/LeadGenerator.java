package dev.hotlist.scoring;

import dev.hotlist.domain.Lead;
import dev.hotlist.domain.Stage;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Realistic leads in memory, reproducible from a seed: mixed English and Chinese need words, numbers on
 * several scales, stars, notes with pain and price-only phrases, budgets, sources and buying dates spread from
 * long past to far ahead (some with none, some "just looking", some unreadable). Used by property tests and the
 * benchmark.
 */
public final class LeadGenerator {
    static final String[] NEEDS = {
        "urgent", "High", "very high", "medium", "low", "none", "not interested", "急需", "强烈", "高", "中", "一般",
        "低", "无", "不需要", "Hot", "Warm", "Cold", "Very High", "★★★", "★★★★☆", "★", "3 stars", "4", "2", "8",
        "80%", "35%", "4/5", "7/10", "0.9", "", "", "", "maybe", "不急", "price only", "need is urgent"
    };
    static final String[] NOTES = {
        "Called twice, asked for a quote on the 200 series.",
        "Machine broken since Monday, needs a replacement before the audit deadline.",
        "只是问问价格，下个月再联系。",
        "老板说预算已批，尽快安排演示。",
        "Met at the Shanghai trade show; wants a demo for the plant manager.",
        "No budget this year, check again in spring.",
        "设备坏了，停产中，急！",
        "Follow up after the holidays.",
        "Interested in the bigger model, comparing us with a competitor.",
        "Just asking the price for now.",
        "Line is down twice a week, losing money every shift.",
        "客户投诉多，想换掉现在的供应商。",
        "了解一下，不急。",
        "Budget approved by finance, signed off last week.",
        "Sent brochure, download link clicked.",
        "需要在年底前完成审计整改，截止日期很紧。",
        "Customer complaints about noise; replacing three units.",
        "",
        "",
        "Prefers WeChat. 喜欢微信联系。"
    };
    static final String[] BUDGETS = {"", "", "50000", "¥200,000", "approved", "已批 30万", "no budget", "没预算", "0",
        "TBD", "10k-20k"};
    static final String[] SOURCES = {"", "Referral", "老客户介绍", "Website", "官网", "来电咨询", "Trade show", "展会",
        "Cold list", "陌拜", "Purchased list", "LinkedIn"};
    static final String[] COMPANIES = {"Acme Tools", "北京恒达机械", "Blue Lake Marine", "上海星河电子", "Northwind",
        "深圳启明科技", "Riverbend Tackle", "广州华南贸易"};
    static final String[] JUST_LOOKING = {"just looking", "随便看看", "no plan", "以后再说"};
    /** Buying-time cells that give no date: blank, "no rush", or text the parser cannot read. */
    static final String[] UNDATED = {"", "", "no rush", "待定", "Q5", "see notes", "等老板回复"};

    private LeadGenerator() {
    }

    /** {@code n} leads with ids 1..n, dates spread around {@code asOf}. */
    public static List<Lead> generate(int n, long seed, LocalDate asOf) {
        Random random = new Random(seed);
        List<Lead> leads = new ArrayList<>(n);
        for (int i = 1; i <= n; i++) {
            leads.add(lead(i, random, asOf));
        }
        return leads;
    }

    static Lead lead(long id, Random random, LocalDate asOf) {
        Lead.Builder b = Lead.builder()
                .id(id)
                .name("Lead " + id)
                .company(pick(random, COMPANIES))
                .email("lead" + id + "@example.com")
                .phone("138" + (10_000_000 + random.nextInt(89_999_999)))
                .needStated(pick(random, NEEDS))
                .budget(pick(random, BUDGETS))
                .source(pick(random, SOURCES))
                .stage(random.nextInt(20) == 0 ? Stage.QUALIFIED : Stage.NEW);
        String need = b.build().needStated();
        if (NeedScale.bareNumber(need).isPresent() && random.nextBoolean()) {
            b.needScale(NeedScale.infer(NeedScale.bareNumber(need).getAsDouble()));
        }
        int notes = random.nextInt(3);
        StringBuilder text = new StringBuilder();
        for (int k = 0; k < notes; k++) {
            text.append(pick(random, NOTES)).append(' ');
        }
        b.notes(text.toString().strip());
        int when = random.nextInt(10);
        if (when == 0) {
            b.buyingStated(pick(random, JUST_LOOKING));
        } else if (when == 1) {
            b.buyingStated(pick(random, UNDATED));
        } else {
            LocalDate date = asOf.plusDays(random.nextInt(1200) - 400);
            b.buyingDate(date).buyingStated(date.toString());
        }
        return b.build();
    }

    private static String pick(Random random, String[] values) {
        return values[random.nextInt(values.length)];
    }
}
