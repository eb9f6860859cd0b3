package dev.hotlist.scoring;

import dev.hotlist.domain.Lead;
import dev.hotlist.domain.Reason;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.Set;

/**
 * The hungry buyer: turns what a sheet says about a lead into a need score 0–100 with its reasons.
 *
 * <p>The score starts at {@link #BASELINE} 50. The stated need level moves it to the level's value (words in
 * English or Chinese, interest words like "very interested" or 有意向, CRM ratings Hot/Warm/Cold, HubSpot and
 * Zoho priorities Lowest…Highest, P1–P4, customer grades A–D and A类/B级 (A hottest), Odoo stars, numbers on the
 * column's scale, "4/5", "80%"); then pain words in the need and notes, the budget, the source and "just asking
 * the price" phrases (比价, "comparing quotes") add or take points. Sources: a referral +10, came to us (website,
 * inquiry) +6, online ads and social media (百度推广, 抖音, 微信, LinkedIn) +4, an event +2, a cold list −5.
 * Every step is a {@link Reason}, so the reasons add up exactly to the score (a last "capped" reason takes back
 * what would pass 0 or 100).
 *
 * <p>All keywords are compiled once into {@link KeywordTable}s; scoring a lead reads each text once.
 * Instances are immutable and thread-safe.
 */
public final class NeedScorer implements NeedSource {
    /** The neutral need, used when nothing is known. */
    public static final int BASELINE = 50;
    static final int PAIN_EACH = 6;
    static final int PAIN_CAP = 18;
    static final int BUDGET_PRESENT = 8;
    static final int BUDGET_APPROVED = 15;
    static final int NO_BUDGET = -10;
    static final int SOURCE_REFERRAL = 10;
    static final int SOURCE_INBOUND = 6;
    /** Online ads and social media: they clicked or wrote to us, a weaker sign than a website inquiry. */
    static final int SOURCE_ONLINE = 4;
    static final int SOURCE_EVENT = 2;
    static final int SOURCE_COLD = -5;
    static final int JUST_ASKING = -15;
    static final int NOT_URGENT = -10;
    private static final int MAX_ARG_LENGTH = 40;

    private enum Kind {
        LEVEL, RATING, PAIN, JUST_ASKING, NOT_URGENT, NO_BUDGET, APPROVED, BUDGET, BUDGET_UNKNOWN,
        REFERRAL, INBOUND, ONLINE, EVENT, COLD
    }

    private record Cue(Kind kind, int value) {
    }

    /** Scans of one lead's texts; one per thread, cleared for each lead, keeps the scorer thread-safe. */
    private static final class Scan {
        final KeywordTable.Hits hits = new KeywordTable.Hits();
        final Set<String> pain = new LinkedHashSet<>();
        String justAsking;
        boolean notUrgent;
        String noBudget;
        String approved;
        boolean budgetMentioned;
        boolean budgetUnknown;

        /** What this scan found, as an immutable copy. */
        Findings findings() {
            return new Findings(List.copyOf(pain), justAsking, notUrgent, noBudget, approved, budgetMentioned,
                    budgetUnknown);
        }

        /** Adds what a cell was found to say, as if its text had been scanned here. */
        void add(Findings f) {
            pain.addAll(f.pain());
            justAsking = justAsking == null ? f.justAsking() : justAsking;
            notUrgent |= f.notUrgent();
            noBudget = noBudget == null ? f.noBudget() : noBudget;
            approved = approved == null ? f.approved() : approved;
            budgetMentioned |= f.budgetMentioned();
            budgetUnknown |= f.budgetUnknown();
        }

        Scan clear() {
            hits.clear();
            pain.clear();
            justAsking = null;
            notUrgent = false;
            noBudget = null;
            approved = null;
            budgetMentioned = false;
            budgetUnknown = false;
            return this;
        }
    }

    /** The cues one cell holds besides its level: pain words, "just asking", budget words. */
    private record Findings(List<String> pain, String justAsking, boolean notUrgent, String noBudget,
                            String approved, boolean budgetMentioned, boolean budgetUnknown) {
    }

    /** The stated need cell read on its own: its level reason and its other cues. */
    private record Stated(Reason level, Findings findings) {
    }

    private static final ThreadLocal<Scan> SCANS = ThreadLocal.withInitial(Scan::new);
    private static final Reason NO_SOURCE = Reason.need(0, ReasonKeys.NEED_UNKNOWN);

    /*
     * Need, budget and source cells hold a handful of distinct values in a real sheet (picklists, "high",
     * "¥50,000", "Website"), so each distinct short text is read once and its reading reused; notes are free
     * text and are always scanned.
     */
    private final CellCache<Stated> statedCells = new CellCache<>();
    private final CellCache<Findings> budgetCells = new CellCache<>();
    private final CellCache<Reason> sourceCells = new CellCache<>();

    /** Works out the need of one lead. */
    @Override
    public NeedAssessment assess(Lead lead) {
        List<Reason> reasons = new ArrayList<>(6);
        Scan scan = SCANS.get().clear();
        reasons.add(statedLevel(lead, scan));
        scanNotes(lead.notes(), scan);
        scanNotes(lead.userNotes(), scan);

        if (!scan.pain.isEmpty()) {
            int points = Math.min(PAIN_CAP, PAIN_EACH * scan.pain.size());
            reasons.add(Reason.need(points, ReasonKeys.NEED_PAIN, String.join(", ", scan.pain)));
        }
        budget(lead.budget(), scan, reasons);
        source(lead.source(), reasons);
        if (scan.justAsking != null) {
            reasons.add(Reason.need(JUST_ASKING, ReasonKeys.NEED_JUST_ASKING, scan.justAsking));
        }
        if (scan.notUrgent) {
            reasons.add(Reason.need(NOT_URGENT, ReasonKeys.NEED_NOT_URGENT));
        }

        int sum = BASELINE;
        for (Reason r : reasons) {
            sum += r.points();
        }
        int score = Math.max(0, Math.min(100, sum));
        if (score != sum) {
            reasons.add(Reason.need(score - sum, ReasonKeys.NEED_CAPPED, score));
        }
        return new NeedAssessment(score, reasons);
    }

    // ---- stated level ----

    private Reason statedLevel(Lead lead, Scan scan) {
        String raw = lead.needStated().strip();
        if (raw.isEmpty()) {
            return Reason.need(0, ReasonKeys.NEED_UNKNOWN);
        }
        Integer scale = lead.needScale();
        Stated stated = statedCells.get(scale == null ? raw : raw + '\u0001' + scale, k -> {
            Scan own = new Scan();
            return new Stated(statedLevel(raw, scale, own), own.findings());
        });
        scan.add(stated.findings());
        return stated.level();
    }

    private Reason statedLevel(String raw, Integer scale, Scan scan) {
        Reason numeric = numericLevel(raw, scale);
        // Words are scanned even after a number: pain words in the need cell count too.
        KeywordTable.Hits hits = scan.hits;
        hits.clear();
        NEED_WORDS.scan(raw, hits);
        int best = -1;
        for (int i = 0; i < hits.size(); i++) {
            Cue cue = NEED_WORDS.value(hits.keyword(i));
            if (cue.kind == Kind.LEVEL || cue.kind == Kind.RATING) {
                if (best < 0 || hits.end(i) - hits.start(i) > hits.end(best) - hits.start(best)) {
                    best = i;
                }
            } else if (cue.kind != Kind.PAIN || isFreeText(raw)) {
                collect(NEED_WORDS, raw, hits, i, cue, scan);
            }
        }
        if (numeric != null) {
            return numeric;
        }
        if (best >= 0) {
            Cue cue = NEED_WORDS.value(hits.keyword(best));
            String key = cue.kind == Kind.RATING ? ReasonKeys.NEED_RATING : ReasonKeys.NEED_STATED;
            return Reason.need(cue.value - BASELINE, key, shorten(raw));
        }
        return Reason.need(0, ReasonKeys.NEED_UNREAD, shorten(raw));
    }

    /**
     * Pain words in the need cell count only in free text ("machine broken, need asap"), never in a rating or status
     * picklist value of a few words ("Market Failed", "Shut Down", "Down payment"): those name a state, not a pain.
     */
    private static boolean isFreeText(String raw) {
        int words = 1;
        for (int i = 0; i < raw.length(); i++) {
            char c = raw.charAt(i);
            if (c == ' ' || c == ',' || c == '，' || c == '、' || c == ';' || c == '；') {
                words++;
            }
        }
        return words > 3 || raw.codePoints().anyMatch(cp -> Character.UnicodeScript.of(cp)
                == Character.UnicodeScript.HAN) && raw.length() > 3;
    }

    /** Letter grades, stars, percent, fractions and bare numbers; null when the text is none of them. */
    private static Reason numericLevel(String raw, Integer scale) {
        Reason grade = grade(raw);
        if (grade != null) {
            return grade;
        }
        Reason stars = stars(raw);
        if (stars != null) {
            return stars;
        }
        char last = raw.charAt(raw.length() - 1);
        if (last == '%' || last == '％') {
            OptionalDouble v = NeedScale.bareNumber(raw.substring(0, raw.length() - 1));
            return v.isPresent() ? percent(v.getAsDouble()) : null;
        }
        Reason fraction = fraction(raw);
        if (fraction != null) {
            return fraction;
        }
        OptionalDouble bare = NeedScale.bareNumber(raw);
        if (bare.isEmpty()) {
            return null;
        }
        double v = bare.getAsDouble();
        int s = scale != null && scale > 0 ? scale : inferScale(v);
        if (s == 1) {
            return percent(v * 100);
        }
        if (s == 100) {
            return percent(v);
        }
        return Reason.need(level(v / s * 100) - BASELINE, ReasonKeys.NEED_SCALED, number(v), s);
    }

    /** With no column scale: a fraction below 1 is a share, up to 5 a 1–5 scale, up to 10 a 1–10 scale, else %. */
    private static int inferScale(double v) {
        if (v < 1 && v != Math.rint(v)) {
            return 1;
        }
        return v <= 5 ? 5 : v <= 10 ? 10 : 100;
    }

    private static Reason percent(double value) {
        int level = level(value);
        return Reason.need(level - BASELINE, ReasonKeys.NEED_PERCENT, level);
    }

    /** "4/5", "8 / 10", "4 of 5", "4 out of 5". */
    private static Reason fraction(String raw) {
        String s = raw.toLowerCase(Locale.ROOT);
        int cut = s.indexOf('/');
        int len = 1;
        if (cut < 0) {
            cut = s.indexOf(" out of ");
            len = 8;
        }
        if (cut < 0) {
            cut = s.indexOf(" of ");
            len = 4;
        }
        if (cut < 0) {
            return null;
        }
        OptionalDouble a = NeedScale.bareNumber(s.substring(0, cut));
        OptionalDouble b = NeedScale.bareNumber(s.substring(cut + len));
        if (a.isEmpty() || b.isEmpty() || b.getAsDouble() <= 0 || a.getAsDouble() > b.getAsDouble()) {
            return null;
        }
        double v = a.getAsDouble();
        double total = b.getAsDouble();
        return Reason.need(level(v / total * 100) - BASELINE, ReasonKeys.NEED_SCALED, number(v), number(total));
    }

    /** "★★★☆☆", "★★★" (out of 5), "3 stars", "3星", "三星". */
    private static Reason stars(String raw) {
        int filled = 0;
        int empty = 0;
        boolean other = false;
        for (int i = 0; i < raw.length(); i++) {
            char c = raw.charAt(i);
            if (c == '★' || c == '⭐') {
                filled++;
            } else if (c == '☆') {
                empty++;
            } else if (!Character.isWhitespace(c)) {
                other = true;
            }
        }
        if (filled + empty > 0 && !other) {
            int total = empty == 0 ? Math.max(5, filled) : filled + empty;
            return starReason(filled, total);
        }
        String s = raw.toLowerCase(Locale.ROOT);
        for (String suffix : STAR_SUFFIXES) {
            if (s.endsWith(suffix)) {
                String n = s.substring(0, s.length() - suffix.length()).strip();
                OptionalDouble v = NeedScale.bareNumber(n);
                int count = v.isPresent() ? (int) v.getAsDouble() : BuyingTimeParser.chineseNumber(n);
                return count >= 0 && count <= 5 && !n.isEmpty() ? starReason(count, 5) : null;
            }
        }
        return null;
    }

    private static final String[] STAR_SUFFIXES = {"stars", "star", "颗星", "星"};

    /**
     * A customer grade alone in the cell, or with its meaning in brackets after it ("A（重点客户）"): A (hottest), B, C,
     * D, as Chinese CRMs grade leads. "A类", "A级" and
     * "grade A" are in the keyword table; a lone letter is read only here, since "a" is also a word.
     */
    private static Reason grade(String raw) {
        int open = raw.indexOf('（') > 0 ? raw.indexOf('（') : raw.indexOf('(');
        if (open > 0 && (raw.endsWith("）") || raw.endsWith(")"))) {
            // "A（重点客户）", "C (non-priority)": the grade with its meaning beside it
            raw = raw.substring(0, open).strip();
        }
        if (raw.length() != 1) {
            return null;
        }
        int i = "ABCD".indexOf(Character.toUpperCase(raw.charAt(0)));
        return i < 0 ? null : Reason.need(GRADES[i] - BASELINE, ReasonKeys.NEED_RATING, raw);
    }

    private static Reason starReason(int filled, int total) {
        return Reason.need(level(100.0 * filled / total) - BASELINE, ReasonKeys.NEED_STARS, filled, total);
    }

    private static int level(double value) {
        return (int) Math.round(Math.max(0, Math.min(100, value)));
    }

    private static Number number(double v) {
        return v == Math.rint(v) && Math.abs(v) < 1e9 ? (Number) (long) v : (Number) v;
    }

    // ---- notes, budget, source ----

    private static void scanNotes(String text, Scan scan) {
        if (text.isEmpty()) {
            return;
        }
        KeywordTable.Hits hits = scan.hits;
        hits.clear();
        NOTE_WORDS.scan(text, hits);
        for (int i = 0; i < hits.size(); i++) {
            collect(NOTE_WORDS, text, hits, i, NOTE_WORDS.value(hits.keyword(i)), scan);
        }
    }

    private static void collect(KeywordTable<Cue> table, String text, KeywordTable.Hits hits, int i, Cue cue,
                                Scan scan) {
        switch (cue.kind) {
            case PAIN -> scan.pain.add(table.found(text, hits, i));
            case JUST_ASKING -> scan.justAsking = scan.justAsking == null ? table.found(text, hits, i) : scan.justAsking;
            case NOT_URGENT -> scan.notUrgent = true;
            case NO_BUDGET -> scan.noBudget = scan.noBudget == null ? table.found(text, hits, i) : scan.noBudget;
            case APPROVED -> scan.approved = scan.approved == null ? table.found(text, hits, i) : scan.approved;
            case BUDGET -> scan.budgetMentioned = true;
            case BUDGET_UNKNOWN -> scan.budgetUnknown = true;
            default -> {
                // Levels and sources are read from their own cells only.
            }
        }
    }

    /** What a budget cell says on its own: budget words, and "0" or "-" as no budget. */
    private static Findings budgetCell(String b) {
        Scan own = new Scan();
        BUDGET_WORDS.scan(b, own.hits);
        for (int i = 0; i < own.hits.size(); i++) {
            collect(BUDGET_WORDS, b, own.hits, i, BUDGET_WORDS.value(own.hits.keyword(i)), own);
        }
        OptionalDouble amount = NeedScale.bareNumber(b.replace(",", ""));
        if ((amount.isPresent() && amount.getAsDouble() == 0) || b.equals("-")) {
            own.noBudget = own.noBudget == null ? b : own.noBudget;
        }
        return own.findings();
    }

    private void budget(String budget, Scan scan, List<Reason> reasons) {
        String b = budget.strip();
        if (!b.isEmpty()) {
            scan.add(budgetCells.get(b, NeedScorer::budgetCell));
        }
        if (scan.approved != null) {
            reasons.add(Reason.need(BUDGET_APPROVED, ReasonKeys.NEED_BUDGET_APPROVED, b.isEmpty()
                    ? scan.approved : shorten(b)));
        } else if (scan.noBudget != null) {
            reasons.add(Reason.need(NO_BUDGET, ReasonKeys.NEED_NO_BUDGET));
        } else if (!b.isEmpty() && !scan.budgetUnknown) {
            reasons.add(Reason.need(BUDGET_PRESENT, ReasonKeys.NEED_BUDGET, shorten(b)));
        } else if (scan.budgetMentioned) {
            reasons.add(Reason.need(BUDGET_PRESENT, ReasonKeys.NEED_BUDGET_MENTIONED));
        }
    }

    private void source(String source, List<Reason> reasons) {
        if (source.isBlank()) {
            return;
        }
        Reason r = sourceCells.get(source, NeedScorer::sourceReason);
        if (r != NO_SOURCE) {
            reasons.add(r);
        }
    }

    /** The reason a source cell gives, or {@link #NO_SOURCE} when it names no known kind of source. */
    private static Reason sourceReason(String source) {
        KeywordTable.Hits hits = new KeywordTable.Hits();
        SOURCE_WORDS.scan(source, hits);
        Kind best = null;
        for (int i = 0; i < hits.size(); i++) {
            Kind k = SOURCE_WORDS.value(hits.keyword(i)).kind;
            if (best == null || k.ordinal() < best.ordinal()) {
                best = k;
            }
        }
        if (best == null) {
            return NO_SOURCE;
        }
        String arg = shorten(source.strip());
        return switch (best) {
            case REFERRAL -> Reason.need(SOURCE_REFERRAL, ReasonKeys.NEED_SOURCE_REFERRAL, arg);
            case INBOUND -> Reason.need(SOURCE_INBOUND, ReasonKeys.NEED_SOURCE_INBOUND, arg);
            case ONLINE -> Reason.need(SOURCE_ONLINE, ReasonKeys.NEED_SOURCE_ONLINE, arg);
            case EVENT -> Reason.need(SOURCE_EVENT, ReasonKeys.NEED_SOURCE_EVENT, arg);
            default -> Reason.need(SOURCE_COLD, ReasonKeys.NEED_SOURCE_COLD, arg);
        };
    }

    /** A cell's text short enough to quote in a reason. */
    static String shorten(String s) {
        return s.length() <= MAX_ARG_LENGTH ? s : s.substring(0, MAX_ARG_LENGTH - 1) + "…";
    }

    // ---- keyword tables ----

    /** Need of customer grades A, B, C, D. */
    private static final int[] GRADES = {85, 55, 25, 10};
    private static final String[] PAIN_WORDS = {
        "broken", "broke down", "breakdown", "down", "outage", "failing", "failed", "failure", "fails", "deadline*",
        "asap", "urgent*", "replac*", "losing money", "lose money", "losing customers", "complain*", "audit*",
        "in a hurry", "hurry", "rush order",
        "emergency", "critical", "overdue", "坏了", "坏掉", "故障", "停产", "停机", "马上", "尽快", "急", "紧急",
        "截止", "投诉", "换掉", "更换", "损失", "审计", "来不及"
    };
    private static final String[] JUST_ASKING_WORDS = {
        "just asking the price", "just asking price", "just asking for a price", "just asking", "price only",
        "only the price", "only price", "just curious", "just a quote", "只是问问", "问问价格", "问个价",
        "了解一下", "随便问问", "只是了解", "comparing quotes", "comparing prices", "comparing suppliers",
        "price check", "shopping around", "getting quotes", "先报个价", "报个价", "先报价", "比价", "比价中",
        "货比三家", "对比报价", "比比价格"
    };
    private static final String[] NOT_URGENT_WORDS = {"not urgent", "no rush", "no hurry", "not in a hurry",
        "not in a rush", "不急", "不着急"};
    private static final String[] NO_BUDGET_WORDS = {
        "no budget", "without budget", "without a budget", "budget not approved", "no money", "没预算", "无预算",
        "没有预算", "预算不足", "预算未定", "没钱"
    };
    private static final String[] APPROVED_WORDS = {
        "approved", "signed off", "sign-off", "signed-off", "budget confirmed", "批了", "已批", "已审批",
        "审批通过", "预算已批", "预算到位", "批下来"
    };
    private static final String[] BUDGET_WORDS_LIST = {
        "budget*", "预算", "not approved", "pending approval", "未批", "没批", "待批"
    };

    // Compiled after the word lists above, which static initialisation reads in order.
    private static final KeywordTable<Cue> NEED_WORDS = needWords();
    private static final KeywordTable<Cue> NOTE_WORDS = noteWords();
    private static final KeywordTable<Cue> BUDGET_WORDS = budgetWords();
    private static final KeywordTable<Cue> SOURCE_WORDS = sourceWords();

    private static KeywordTable<Cue> needWords() {
        Map<String, Cue> m = new LinkedHashMap<>();
        level(m, 95, "urgent", "critical", "must", "must have", "must-have", "extremely high", "top priority",
                "highest", "急需", "迫切", "非常急", "紧急", "非常迫切", "特别急", "刚需", "急", "很急", "需求很大");
        level(m, 90, "very high", "very strong", "很高", "非常高", "极高", "非常强烈");
        level(m, 80, "high", "strong", "very interested", "highly interested", "强烈", "高", "较高", "比较高", "强",
                "比较急", "挺急", "意向强", "意向很强", "意向大", "很感兴趣", "非常感兴趣", "需求大", "需求较大",
                "需求比较大");
        level(m, 65, "interested", "感兴趣", "有兴趣", "有意向");
        level(m, 55, "medium", "moderate", "mid", "med", "中", "一般", "中等", "还行", "意向一般", "意向中等");
        // a CRM's default priority says nothing about hunger
        level(m, BASELINE, "normal", "average", "standard", "default", "普通", "正常");
        level(m, 45, "somewhat interested", "a little interested", "slightly interested", "有点兴趣", "有点感兴趣");
        level(m, 30, "low", "weak", "not urgent", "no rush", "no hurry", "not in a hurry", "低", "较低", "比较低",
                "弱", "不急", "不着急", "意向弱", "意向低", "意向不强", "意向小", "需求不大", "需求小");
        level(m, 20, "not very interested", "不太需要", "不太感兴趣");
        level(m, 15, "very low", "lowest", "很低", "非常低", "极低");
        // an account rating of a dead account (Zoho: Market Failed, Project Cancelled, Shut Down)
        level(m, 10, "market failed", "project cancelled", "project canceled", "shut down", "shutdown",
                "out of business", "已倒闭", "已关闭", "项目取消");
        level(m, 5, "none", "no need", "not interested", "no interest", "no", "n/a", "无", "不需要", "没有需求",
                "没需求", "无需求", "无需", "暂不需要", "没兴趣", "不感兴趣", "无意向", "没有意向", "没意向");
        rating(m, 95, "p0");
        rating(m, 85, "hot", "热", "热门", "p1", "a类", "a级", "grade a", "a grade", "a-grade", "class a");
        rating(m, 55, "warm", "温", "p2", "b类", "b级", "grade b", "b grade", "b-grade", "class b");
        rating(m, 30, "p3");
        rating(m, 25, "cold", "冷", "c类", "c级", "grade c", "c grade", "c-grade", "class c");
        rating(m, 15, "p4");
        rating(m, 10, "d类", "d级", "grade d", "d grade", "d-grade", "class d");
        put(m, Kind.PAIN, PAIN_WORDS);
        put(m, Kind.JUST_ASKING, JUST_ASKING_WORDS);
        return new KeywordTable<>(m);
    }

    private static KeywordTable<Cue> noteWords() {
        Map<String, Cue> m = new LinkedHashMap<>();
        put(m, Kind.NOT_URGENT, NOT_URGENT_WORDS);
        put(m, Kind.JUST_ASKING, JUST_ASKING_WORDS);
        put(m, Kind.NO_BUDGET, NO_BUDGET_WORDS);
        put(m, Kind.APPROVED, APPROVED_WORDS);
        put(m, Kind.BUDGET, BUDGET_WORDS_LIST);
        put(m, Kind.PAIN, PAIN_WORDS);
        return new KeywordTable<>(m);
    }

    private static KeywordTable<Cue> budgetWords() {
        Map<String, Cue> m = new LinkedHashMap<>();
        put(m, Kind.NO_BUDGET, NO_BUDGET_WORDS);
        put(m, Kind.NO_BUDGET, "none", "n/a", "no", "nil", "无", "没有", "暂无");
        put(m, Kind.BUDGET_UNKNOWN, "tbd", "unknown", "not sure", "?", "未知", "待定", "不确定", "不清楚");
        put(m, Kind.APPROVED, APPROVED_WORDS);
        put(m, Kind.BUDGET, BUDGET_WORDS_LIST);
        return new KeywordTable<>(m);
    }

    private static KeywordTable<Cue> sourceWords() {
        Map<String, Cue> m = new LinkedHashMap<>();
        put(m, Kind.REFERRAL, "referral", "referred", "referrer", "refer", "existing customer", "customer referral",
                "partner", "word of mouth", "repeat customer", "介绍", "转介绍", "老客户", "推荐", "口碑", "老客户介绍");
        put(m, Kind.INBOUND, "inbound", "website", "web", "web form", "contact form", "inquiry", "enquiry",
                "live chat", "chat", "phone in", "call in", "organic search", "seo", "direct traffic", "官网", "来电",
                "咨询", "网站", "询价", "询盘", "主动联系", "在线", "自然搜索");
        put(m, Kind.ONLINE, "google ads", "google", "adwords", "ppc", "paid search", "paid social", "social media",
                "social", "linkedin", "facebook", "instagram", "twitter", "youtube", "tiktok", "douyin", "wechat",
                "xiaohongshu", "alibaba", "online ad*", "ads", "advert*", "百度推广", "百度", "抖音", "微信", "小红书",
                "快手", "知乎", "微博", "阿里巴巴", "1688", "广告", "信息流", "推广");
        put(m, Kind.EVENT, "event", "trade show", "tradeshow", "expo", "exhibition", "fair", "webinar", "conference",
                "seminar", "展会", "展览", "会议", "活动", "博览会");
        put(m, Kind.COLD, "cold list", "purchased list", "bought list", "cold call*", "cold", "list", "陌拜",
                "名单", "陌生拜访", "购买名单", "电话名单", "冷呼");
        return new KeywordTable<>(m);
    }

    private static void level(Map<String, Cue> m, int value, String... words) {
        for (String w : words) {
            m.putIfAbsent(w, new Cue(Kind.LEVEL, value));
        }
    }

    private static void rating(Map<String, Cue> m, int value, String... words) {
        for (String w : words) {
            m.putIfAbsent(w, new Cue(Kind.RATING, value));
        }
    }

    private static void put(Map<String, Cue> m, Kind kind, String... words) {
        for (String w : words) {
            m.putIfAbsent(w, new Cue(kind, 0));
        }
    }
}
