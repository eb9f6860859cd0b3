package dev.hotlist.sheets.export;

import dev.hotlist.domain.Lead;
import dev.hotlist.domain.LeadScore;
import dev.hotlist.domain.RankedLead;
import dev.hotlist.domain.Reason;
import dev.hotlist.domain.ScoringSettings;
import dev.hotlist.domain.Stage;
import dev.hotlist.domain.Tier;
import dev.hotlist.domain.TimingState;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;

/** Typical ranked leads for export tests. */
final class ExportFixtures {
    static final LocalDate AS_OF = LocalDate.of(2026, 11, 24);
    static final Function<Reason, String> REASON_TEXT =
            r -> (r.points() >= 0 ? "+" : "") + r.points() + " " + r.part().name().toLowerCase(Locale.ROOT) + ": "
                    + r.key();

    static final List<String> EN_HEADERS = List.of("Rank", "Tier", "Name", "Company", "Phone", "Do Not Call", "Why",
            "Buying time",
            "Owner", "Stage", "Last call", "Last call at", "Next action", "Priority", "Need score", "Timing score",
            "Record ID", "Email", "Need", "Budget", "Source", "Segment", "Customer type", "Region", "Size", "Notes");
    static final List<String> ZH_HEADERS = List.of("排名", "等级", "姓名", "公司", "电话", "勿电", "原因", "预计购买时间", "负责人",
            "阶段", "最近通话", "最近通话时间", "下次行动", "优先级", "需求分", "时机分", "记录ID", "邮箱", "需求", "预算", "来源",
            "行业", "客户类型", "地区", "规模", "备注");

    private ExportFixtures() {
    }

    static RankedLead ranked(int rank, Lead lead, Tier tier, double need, double timing, Reason... reasons) {
        LeadScore score = new LeadScore(need, timing, (need + timing) / 2, tier, TimingState.UPCOMING,
                List.of(reasons));
        return new RankedLead(rank, lead, score);
    }

    static ExportRequest request(List<RankedLead> rows, Locale locale) {
        return ExportRequest.of(rows, AS_OF, ScoringSettings.defaults(), REASON_TEXT, locale);
    }

    /** {@code n} plain leads cycling through the tiers, every third with a buying date. */
    static List<RankedLead> many(int n) {
        Tier[] tiers = Tier.values();
        List<RankedLead> rows = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            Lead lead = Lead.builder()
                    .id(i + 1)
                    .externalId("CRM-" + i)
                    .name("Lead " + i)
                    .company("Company " + (i % 977))
                    .email("lead" + i + "@example.com")
                    .phone(String.format(Locale.ROOT, "0138%08d", i))
                    .needStated(Integer.toString(1 + i % 5))
                    .needScale(5)
                    .buyingStated(i % 3 == 0 ? "next month" : "")
                    .buyingDate(i % 3 == 0 ? AS_OF.plusDays(i % 40) : null)
                    .segment(i % 2 == 0 ? "Construction" : "制造业")
                    .region("North")
                    .owner("Ann")
                    .notes("Called in about the pump")
                    .putExtra("Booth", "B" + (i % 50))
                    .stage(Stage.NEW)
                    .build();
            rows.add(ranked(i + 1, lead, tiers[i % 4], 100 - i % 100, 50,
                    Reason.need(20, "need.high"), Reason.timing(-5, "timing.later")));
        }
        return rows;
    }
}
