package dev.hotlist.sheets;

import dev.hotlist.domain.LeadField;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The header names Hotlist knows, in English and Chinese, with the variants CRM exports (Salesforce, HubSpot,
 * Zoho, Odoo, 纷享销客) and Hotlist's own export use. Names compare after {@link #normalize}: case, spaces,
 * punctuation and full-width forms do not matter ("E-mail", "EMAIL", "e mail" are one name).
 *
 * <p>Beyond the exact names, a header is read by its parts: a phone word with a number word ("Mobile No.",
 * "Contact Number", "Tel No"), "&lt;record&gt; ID" ("Deal ID", "Opportunity ID"; not "Associated Company ID", which
 * names another record), 意向 with a level word (意向等级, 客户意向), 紧迫/紧急 (需求紧迫度), and a 日期/时间 of buying
 * (购/采: 预计采购日期; not a past one such as 上次购买日期).
 *
 * <p>Each name here means one thing on its own. Names whose meaning depends on their neighbours or their values are
 * settled by {@link ColumnMapper}: "Priority"/"优先级" (Hotlist's own computed column or a CRM's priority), "Lead
 * Name" (the person, unless the row also has name columns) and status columns (the need when they hold Hot/Warm/Cold).
 */
public final class HeaderNames {
    private static final Map<String, LeadField> EXACT = new HashMap<>();
    /** Endings that name a field when the whole header is unknown ("Work Phone", "联系人手机"). */
    private static final String[][] ENDINGS = {
            {"emailaddress", "EMAIL"}, {"email", "EMAIL"}, {"emails", "EMAIL"}, {"phones", "PHONE"},
            {"邮箱", "EMAIL"}, {"邮件", "EMAIL"},
            {"phonenumber", "PHONE"}, {"phone", "PHONE"}, {"mobile", "PHONE"}, {"telephone", "PHONE"},
            {"电话", "PHONE"}, {"手机", "PHONE"}, {"手机号", "PHONE"}, {"手机号码", "PHONE"}, {"电话号码", "PHONE"},
            {"owner", "OWNER"}, {"负责人", "OWNER"}, {"priority", "NEED"},
            {"closedate", "BUYING_TIME"}, {"closingdate", "BUYING_TIME"},
            {"备注", "NOTES"},
            {"来源", "SOURCE"},
    };

    /** Headers of Hotlist's own export that it computes; "Priority"/"优先级" joins them when a need score is there. */
    static final String PRIORITY = "priority";
    static final String PRIORITY_ZH = "优先级";
    static final String NEED_SCORE = "needscore";
    static final String NEED_SCORE_ZH = "需求分";
    /** Zoho's leads show the person's full name under it; Pipedrive and HubSpot leads a title: see ColumnMapper. */
    static final String LEAD_NAME = "leadname";
    /**
     * Headers naming the lead record rather than the person: Zoho writes the person there, but Pipedrive, HubSpot and
     * Chinese CRMs (线索名称 beside 联系人) a title or the company, so a person's name column wins over them.
     */
    static final Set<String> LEAD_NAMES = Set.of(LEAD_NAME, "线索名称");
    /** Status columns: the need when their values are Hot/Warm/Cold ratings, else an extra field. */
    private static final Set<String> STATUS = Set.of("leadstatus", "status", "客户状态", "线索状态",
            "跟进状态", "状态");

    /** The last two words of a phone header: "Mobile No.", "Contact Number", "Tel No", "WhatsApp No". */
    private static final Set<String> PHONE_WORDS = Set.of("phone", "mobile", "tel", "telephone", "cell", "contact",
            "whatsapp", "landline", "work", "office", "home", "direct", "business");
    private static final Set<String> NUMBER_WORDS = Set.of("no", "number", "num", "nbr", "nr");
    /** "&lt;record&gt; ID" names the row's own record in a CRM export: "Deal ID", "Opportunity ID", "Zoho ID". */
    private static final Set<String> RECORD_WORDS = Set.of("deal", "opportunity", "opp", "lead", "contact",
            "customer", "client", "prospect", "record", "crm", "account", "external", "salesforce", "hubspot", "zoho",
            "odoo", "individual", "person", "people", "member");
    /** Words that make an id another record's: "Associated Company ID", "Parent Account ID". */
    private static final Set<String> OTHER_RECORD_WORDS = Set.of("associated", "parent", "related", "primary",
            "linked", "owner", "campaign", "pipeline", "stage", "order", "invoice", "transaction", "ticket",
            "payment", "converted", "master");

    static {
        put(LeadField.EXTERNAL_ID, "record id", "lead id", "id", "crm id", "contact id", "account id", "customer id",
                "external id", "记录ID", "线索ID", "客户编号", "客户ID", "联系人ID", "编号", "商机ID", "商机编号", "机会ID");
        put(LeadField.NAME, "name", "full name", "收货人姓名", "收货人", "线索名称", "客户姓名", "associated contact", "contact", "contact name", "customer name", "client name",
                "contact person", "person", "姓名", "客户姓名", "联系人", "联系人姓名", "客户", "名字", "称呼", "客户名",
                LEAD_NAME);
        put(LeadField.FIRST_NAME, "first name", "given name", "firstname", "名");
        put(LeadField.LAST_NAME, "last name", "surname", "family name", "lastname", "姓");
        put(LeadField.COMPANY, "company", "account", "organization", "organisation", "company name", "account name",
                "organization name", "organisation name", "org name", "company name (text)",
                "company / account", "business", "employer", "公司", "单位", "公司名称", "企业", "企业名称", "客户单位",
                "单位名称", "客户名称", "客户公司", "所属公司", "customer", "client", "client company",
                "associated company", "公司名", "企业名", "单位名");
        put(LeadField.PHONE, "phone", "mobile", "tel", "telephone", "cell", "cell phone", "mobile phone",
                "phone number", "work phone", "business phone", "手机", "电话", "联系电话", "手机号", "手机号码", "电话号码",
                "联系方式", "移动电话", "座机");
        put(LeadField.EMAIL, "email", "e-mail", "mail", "email address", "email id", "mail id", "邮箱", "电子邮件",
                "电子邮箱", "邮件", "邮箱地址");
        put(LeadField.NEED, "need", "need level", "interest", "interest level", "rating", "lead rating", "urgency",
                "lead quality", "lead grade", "grade", "temperature", "member rating", "lead score", "contact score", "客户分级", "线索等级",
                "需求", "需求程度", "意向", "意向度", "意向程度", "紧急程度", "客户等级", "客户级别", "评级", "星级",
                "购买意向");
        put(LeadField.BUYING_TIME, "buying time", "expected purchase", "expected purchase date", "buying date",
                "need by", "close date", "closing date", "expected close date", "expected closing",
                "expected closing date", "timeline", "purchase date", "purchase timeframe", "timeframe",
                "buying timeframe", "purchase time frame", "预计购买时间", "购买时间段", "采购时间", "购买时间",
                "预计成交日期", "预计成交时间", "需求时间", "预计采购时间", "结单日期");
        // A deal's amount is what the buyer means to spend: the budget.
        put(LeadField.BUDGET, "budget", "budget amount", "amount", "deal amount", "opportunity amount",
                "expected amount", "预算", "预算金额", "金额", "商机金额", "预计金额", "意向金额", "预计成交金额");
        put(LeadField.SOURCE, "source", "lead source", "channel", "来源", "线索来源", "渠道", "客户来源");
        put(LeadField.SEGMENT, "segment", "industry", "vertical", "sector", "行业", "细分", "客户行业", "所属行业");
        put(LeadField.CUSTOMER_TYPE, "customer type", "type", "account type", "lead type", "客户类型", "类型");
        put(LeadField.REGION, "region", "area", "territory", "city", "province", "state", "state/province",
                "province/state", "地区", "区域", "城市", "省份", "所在地区", "省市", "省/市", "省份/城市");
        put(LeadField.SIZE, "size", "company size", "employees", "no. of employees", "number of employees",
                "headcount", "规模", "公司规模", "人数", "员工人数", "企业规模");
        put(LeadField.OWNER, "owner", "owner name", "lead owner name", "contact owner name", "lead owner", "sales rep", "salesperson", "assigned to", "contact owner",
                "deal owner", "account owner", "负责人", "销售", "跟进人", "业务员", "销售员", "归属人");
        put(LeadField.NOTES, "notes", "note", "remarks", "remark", "comment", "comments", "description", "备注",
                "说明", "描述", "跟进记录");
        // A deal or opportunity title is not the person's name.
        put(LeadField.EXTRA, "deal name", "deal", "opportunity name", "opportunity", "商机名称", "商机", "title",
                "job title", "职位", "lead title", "意向产品", "organization title", "topic");
        // Hotlist's own computed export columns ("Priority"/"优先级" are decided by ColumnMapper).
        put(LeadField.IGNORE, "rank", "tier", "need score", "timing score", "why", "stage", "last call",
                "last call at", "next action", "排名", "等级", "需求分", "时机分", "原因", "阶段", "最近通话", "最近通话时间",
                "下次行动");
        // A row counter is not data.
        put(LeadField.IGNORE, "序号", "行号");
    }

    private HeaderNames() {
    }

    private static void put(LeadField field, String... names) {
        for (String n : names) {
            EXACT.putIfAbsent(normalize(n), field);
        }
    }

    /**
     * The comparable form of a header: NFKC (full-width to half-width), lower case, letters and digits only, so
     * "E-mail", "EMAIL" and "e mail" compare equal, and so do "姓名*" and "姓名：".
     */
    public static String normalize(String header) {
        if (header == null) {
            return "";
        }
        String s = Normalizer.normalize(header, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT);
        StringBuilder sb = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (Character.isLetterOrDigit(c)) {
                sb.append(c);
            }
        }
        return sb.toString();
    }

    /**
     * The field a header names on its own: exact known names first, then known endings. {@link LeadField#EXTRA}
     * when it names a known non-field (a deal title), {@link LeadField#IGNORE} for Hotlist's computed columns,
     * and empty when the header is unknown.
     */
    public static Optional<LeadField> fieldOf(String header) {
        String key = normalize(header);
        if (key.isEmpty()) {
            return Optional.empty();
        }
        if (key.equals(PRIORITY) || key.equals(PRIORITY_ZH)) {
            return Optional.of(LeadField.NEED);
        }
        LeadField exact = EXACT.get(key);
        if (exact != null) {
            return Optional.of(exact);
        }
        if (key.contains("optout") || key.contains("bounce") || key.contains("unsubscribe")) {
            return Optional.empty();
        }
        Optional<LeadField> byParts = byParts(header, key);
        if (byParts.isPresent()) {
            return byParts;
        }
        for (String[] ending : ENDINGS) {
            if (key.endsWith(ending[0])) {
                return Optional.of(LeadField.valueOf(ending[1]));
            }
        }
        return Optional.empty();
    }

    /** The field a header names by its parts (see the class comment); empty when they name none. */
    private static Optional<LeadField> byParts(String header, String key) {
        List<String> words = words(header);
        int n = words.size();
        if (n >= 2) {
            String last = words.get(n - 1);
            String before = words.get(n - 2);
            if (NUMBER_WORDS.contains(last) && PHONE_WORDS.contains(before)) {
                return Optional.of(LeadField.PHONE);
            }
            if (last.equals("id") && (before.equals("email") || before.equals("mail"))) {
                return Optional.of(LeadField.EMAIL);
            }
            if (last.equals("id") && RECORD_WORDS.contains(before)
                    && words.stream().noneMatch(OTHER_RECORD_WORDS::contains)) {
                return Optional.of(LeadField.EXTERNAL_ID);
            }
        }
        if (key.contains("意向") && endsWithAny(key, "意向", "等级", "级别", "程度", "度")) {
            return Optional.of(LeadField.NEED);
        }
        if ((key.contains("紧迫") || key.contains("紧急") || key.contains("迫切"))
                && endsWithAny(key, "度", "性", "等级", "紧迫", "紧急", "迫切")) {
            return Optional.of(LeadField.NEED);
        }
        if (endsWithAny(key, "日期", "时间") && (key.contains("购") || key.contains("采"))
                && !(key.contains("上次") || key.contains("最近") || key.contains("首次") || key.contains("历史"))) {
            return Optional.of(LeadField.BUYING_TIME);
        }
        return Optional.empty();
    }

    /** The header's runs of ASCII letters and digits, lower case: "Mobile No." gives [mobile, no]. */
    private static List<String> words(String header) {
        List<String> words = new ArrayList<>(4);
        StringBuilder word = new StringBuilder();
        for (int i = 0; i <= header.length(); i++) {
            char c = i < header.length() ? Character.toLowerCase(header.charAt(i)) : ' ';
            if (c < 0x80 && Character.isLetterOrDigit(c)) {
                word.append(c);
            } else if (word.length() > 0) {
                words.add(word.toString());
                word.setLength(0);
            }
        }
        return words;
    }

    private static boolean endsWithAny(String key, String... endings) {
        for (String e : endings) {
            if (key.endsWith(e)) {
                return true;
            }
        }
        return false;
    }

    /** A status column ("Lead Status", 客户状态): the need when it holds temperature ratings (see ColumnMapper). */
    static boolean isStatus(String header) {
        return STATUS.contains(normalize(header));
    }

    /** True when the header is a known name (of a field, a known non-field, or a Hotlist computed column). */
    public static boolean isKnown(String header) {
        return fieldOf(header).isPresent();
    }
}
