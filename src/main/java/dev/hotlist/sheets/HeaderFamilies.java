package dev.hotlist.sheets;

import dev.hotlist.domain.ColumnMapping;
import dev.hotlist.domain.LeadField;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Reads a header by its parts where an exact name is not enough, in rule families rather than one name at a time:
 * <ol>
 *   <li><b>Entity prefixes</b>: "Person - Email - Work", "Deal - Expected close date", "Organization - Name"
 *       (Pipedrive), "primary_contact_name" (Close), "E-mail 1 - Value", "Phone 1 - Value", "Organization 1 - Name"
 *       (Google), "(Do Not Modify) Lead" (Dynamics 365's record id; its checksum and modified-on columns are
 *       ignored). A person's field is the lead's; an organisation's name is the company and its phone the company's
 *       line; a deal's title is not a name, its value is the budget, its id the record id after the person's.</li>
 *   <li><b>Outcomes</b> before flags: Converted, Outcome, Result, Won/Lost, 是否成交, 赢单/输单 are the outcome; their
 *       dates (Converted Date, Won Time, 成交日期) the close date.</li>
 *   <li><b>Flags</b>: opt-outs, consents and record states (Do Not Email, HasOptedOutOfEmail, Email Opt Out,
 *       Unsubscribed, Bounced, IsUnreadByOwner, 是否…, 拒绝…, 勿…) are never contact fields; a flag about calls (Do
 *       Not Call, DoNotCall, 勿电, 拒接电话) is {@link LeadField#DO_NOT_CALL}.</li>
 *   <li><b>Whose contact it is</b>: an email, phone or name of the owner, an assistant, a spouse, a referrer or an
 *       emergency contact (Lead Owner Email, Assistant's Phone, Spouse Email, 负责人电话) stays an extra field; the
 *       person's own contacts rank before the company's line. Ranks, lowest first: 0 mobile, direct or primary; 1 a
 *       plain or work one; 2 home, other or a second one; 3 the company's main line or generic address. Of several
 *       columns feeding one field, the lowest-ranked non-blank one wins, then the leftmost.</li>
 * </ol>
 * What no family claims falls to {@link HeaderNames#fieldOf}.
 */
final class HeaderFamilies {
    /**
     * What a header proposes.
     *
     * @param field the field; {@link LeadField#EXTRA} when a family keeps it out on purpose
     * @param rank  among columns feeding the same field, lower wins (see the class comment)
     * @param why   for a column a family keeps out, the message key saying why ("mapping.flag",
     *              "mapping.othersContact"); null otherwise
     */
    record Proposal(LeadField field, int rank, String why) {
        static Proposal of(LeadField field, int rank) {
            return new Proposal(field, rank, null);
        }
    }

    static final int RANK_BEST = 0;
    static final int RANK_PLAIN = ColumnMapping.RANK_PLAIN;
    static final int RANK_SECOND = 2;
    static final int RANK_COMPANY = 3;

    private static final Set<String> PERSON_ENTITIES = Set.of("person", "contact", "lead", "prospect", "customer",
            "client", "primary contact", "primarycontact", "individual", "member", "buyer", "recipient", "subscriber");
    private static final Set<String> ORG_ENTITIES = Set.of("organization", "organisation", "org", "company",
            "account");
    private static final Set<String> DEAL_ENTITIES = Set.of("deal", "opportunity", "opp");
    /** Someone other than the lead whose contact details a row may carry. */
    private static final Set<String> OTHER_PEOPLE = Set.of("owner", "assistant", "assistants", "spouse", "husband",
            "wife", "manager", "referrer", "referred", "emergency", "parent", "guardian", "secretary", "agent", "rep",
            "representative", "creator", "created", "modified", "updated", "salesperson", "sdr", "bdr");
    private static final String[] OTHER_PEOPLE_ZH = {"助理", "秘书", "配偶", "爱人", "负责人", "销售", "业务员", "跟进人",
        "紧急联系人", "推荐人", "创建人", "修改人", "归属人", "介绍人"};
    private static final Set<String> COMPANY_LINE = Set.of("company", "corporate", "corp", "main", "switchboard",
            "hq", "headquarters", "organization", "organisation", "account", "generic", "general", "office main");
    private static final String[] COMPANY_LINE_ZH = {"公司", "单位", "企业", "总机", "前台"};
    private static final Set<String> BEST = Set.of("mobile", "cell", "cellular", "direct", "primary", "personal mobile");
    private static final String[] BEST_ZH = {"手机", "移动"};
    private static final Set<String> SECOND = Set.of("home", "other", "secondary", "alternate", "alt", "second",
            "car", "radio", "additional", "backup", "2", "3", "4", "5", "6", "7", "8", "9");
    private static final String[] SECOND_ZH = {"住宅", "家庭", "其他", "其它", "备用", "座机"};
    private static final Set<String> NOT_A_PHONE = Set.of("fax", "pager", "telex", "isdn", "callback", "tty");
    private static final Set<String> FLAG_FIRST_WORDS = Set.of("is", "has", "do", "dont", "no", "allow", "allows",
            "opted", "opt", "can", "send", "receive", "accepts", "email opt", "marketing");
    private static final String[] FLAG_PARTS = {"optout", "optedout", "optin", "optedin", "donot", "dont",
        "unsubscrib", "bounce", "consent", "gdpr", "subscribed", "blacklist", "blocked", "donotcontact"};
    private static final String[] FLAG_PARTS_ZH = {"是否", "拒绝", "勿", "禁止", "退订", "免打扰", "不要", "黑名单",
        "同意", "允许"};
    private static final String[] CALL_WORDS = {"call", "phone", "tel", "dial", "dnc", "电话", "来电", "致电", "电", "呼"};
    private static final String[] MAIL_WORDS = {"mail", "fax", "邮", "短信", "sms", "text"};
    /** Headers whose values say where the record stands; see {@link #isStatus}. */
    private static final Set<String> STATUS_WORDS = Set.of("status", "label", "stage", "statusreason", "leadstatus",
            "dealstatus", "dealstage", "opportunitystage", "salesstage", "pipelinestage", "lifecyclestage",
            "状态", "客户状态", "线索状态", "跟进状态", "阶段", "销售阶段", "商机阶段", "商机状态", "订单状态");
    private static final Set<String> OUTCOME_HEADERS = Set.of("converted", "outcome", "result", "won", "wonlost",
            "winloss", "won/lost", "dealoutcome", "leadoutcome", "closedwon", "closedoutcome", "win", "成交", "是否成交",
            "成交状态", "赢单", "输单", "赢单输单", "赢输", "成交结果", "结果", "是否赢单", "是否转化", "转化",
            "已成交");
    private static final Set<String> CLOSED_ON_HEADERS = Set.of("converteddate", "convertedon", "conversiondate",
            "closeddate", "dateclosed", "closedon", "closedat", "wontime", "losttime", "closetime", "wondate",
            "lostdate", "dateconverted", "actualclosedate", "成交日期", "成交时间", "赢单日期", "赢单时间", "输单日期",
            "转化日期", "签约日期");
    private static final Set<String> DYNAMICS_BOOKKEEPING = Set.of("rowchecksum", "modifiedon", "checksum");

    private HeaderFamilies() {
    }

    /** The proposal of one header: a family's, else {@link HeaderNames}'s exact names and endings; null if none. */
    static Proposal propose(String header) {
        if (header == null || header.isBlank()) {
            return null;
        }
        String key = HeaderNames.normalize(header);
        if (key.isEmpty()) {
            return null;
        }
        Proposal dynamics = doNotModify(header);
        if (dynamics != null) {
            return dynamics;
        }
        if (OUTCOME_HEADERS.contains(key)) {
            return Proposal.of(LeadField.OUTCOME, RANK_PLAIN);
        }
        if (CLOSED_ON_HEADERS.contains(key)) {
            return Proposal.of(LeadField.CLOSED_ON, RANK_PLAIN);
        }
        List<String> words = words(header);
        if (isFlag(header, key, words)) {
            boolean aboutCalls = containsAny(key, CALL_WORDS) && !containsAny(key, MAIL_WORDS);
            return aboutCalls
                    ? Proposal.of(LeadField.DO_NOT_CALL, RANK_PLAIN) : new Proposal(LeadField.EXTRA, 0, "mapping.flag");
        }
        Proposal bySegments = bySegments(header);
        if (bySegments != null) {
            return bySegments;
        }
        return plain(header, key, words);
    }

    /** A header with no entity prefix: exact names, then endings, with whose-contact rules and ranks applied. */
    private static Proposal plain(String header, String key, List<String> words) {
        LeadField field = HeaderNames.fieldOf(header).orElse(null);
        boolean contactWord = words.contains("phone") || words.contains("email") || words.contains("mobile")
                || words.contains("name") || key.endsWith("电话") || key.endsWith("手机") || key.endsWith("邮箱");
        if (field == LeadField.OWNER && contactWord && !key.equals("ownername")) {
            // "Lead Owner Email", "Owner Phone": the owner's contact, not the lead's and not the owner's name
            return new Proposal(LeadField.EXTRA, 0, "mapping.othersContact");
        }
        if (field == null) {
            if (words.size() >= 2 && words.get(words.size() - 1).equals("name") && !words.contains("email")
                    && (words.contains("billing") || words.contains("shipping") || words.contains("display")
                    || words.contains("recipient") || words.contains("consignee"))) {
                return Proposal.of(LeadField.NAME, words.contains("display") ? RANK_SECOND : RANK_PLAIN);
            }
            return null;
        }
        if (field == LeadField.EMAIL || field == LeadField.PHONE || field == LeadField.NAME) {
            if (isSomeoneElses(key, words)) {
                return new Proposal(LeadField.EXTRA, 0, "mapping.othersContact");
            }
            if (field == LeadField.PHONE && words.stream().anyMatch(NOT_A_PHONE::contains)) {
                return null;
            }
            return Proposal.of(field, contactRank(key, words));
        }
        if (field == LeadField.EXTERNAL_ID) {
            return Proposal.of(field, idRank(words));
        }
        return Proposal.of(field, RANK_PLAIN);
    }

    /** "(Do Not Modify) Lead" is the row's record id; "(Do Not Modify) Row Checksum" and "... Modified On" are not. */
    private static Proposal doNotModify(String header) {
        String h = header.strip();
        if (!h.regionMatches(true, 0, "(do not modify)", 0, 15)) {
            return null;
        }
        String rest = HeaderNames.normalize(h.substring(15));
        if (rest.isEmpty() || DYNAMICS_BOOKKEEPING.contains(rest)) {
            return Proposal.of(LeadField.IGNORE, RANK_PLAIN);
        }
        return Proposal.of(LeadField.EXTERNAL_ID, PERSON_ENTITIES.contains(rest) ? RANK_BEST : RANK_PLAIN);
    }

    /**
     * "Entity - Field - Qualifier" (Pipedrive), "primary_contact_field" (Close) and "Field N - Value" (Google); null
     * when the header has no such parts.
     */
    private static Proposal bySegments(String header) {
        List<String> segments = segments(header);
        String entity = null;
        String rest;
        String qualifier = "";
        if (segments.size() >= 2) {
            String first = segments.get(0).toLowerCase(Locale.ROOT).strip();
            String last = HeaderNames.normalize(segments.get(segments.size() - 1));
            if (!isEntity(first) && (last.equals("value") || last.equals("type") || last.equals("label"))) {
                // Google: "E-mail 1 - Value" holds the address, "E-mail 1 - Type" says "* Work"
                if (!last.equals("value")) {
                    return Proposal.of(LeadField.EXTRA, RANK_PLAIN);
                }
                Proposal inner = plainOrEntity(segments.get(0));
                return inner == null ? null : Proposal.of(inner.field(), inner.rank() + numberRank(segments.get(0)));
            }
            if (isEntity(first)) {
                entity = first;
                rest = segments.get(1);
                if (segments.size() >= 3) {
                    qualifier = segments.get(segments.size() - 1);
                }
            } else {
                return null;
            }
        } else {
            String lower = header.strip().toLowerCase(Locale.ROOT).replace('_', ' ');
            if (!lower.startsWith("primary contact ")) {
                return null;
            }
            entity = "primary contact";
            rest = lower.substring("primary contact ".length());
        }
        return ofEntity(entity, rest, qualifier);
    }

    /** "Organization 1 - Name" is an organisation's field; "E-mail 1" a plain header. */
    private static Proposal plainOrEntity(String segment) {
        List<String> words = words(segment);
        if (!words.isEmpty() && ORG_ENTITIES.contains(words.get(0))) {
            return Proposal.of(LeadField.COMPANY, RANK_PLAIN);
        }
        String stripped = segment.replaceAll("\\s*\\d+\\s*$", "");
        Proposal p = plain(stripped, HeaderNames.normalize(stripped), words(stripped));
        return p == null || p.field() == LeadField.EXTRA ? p : Proposal.of(p.field(), p.rank());
    }

    private static int numberRank(String segment) {
        List<String> words = words(segment);
        String last = words.isEmpty() ? "" : words.get(words.size() - 1);
        return last.matches("[2-9]") ? RANK_SECOND - RANK_PLAIN : 0;
    }

    private static Proposal ofEntity(String entity, String rest, String qualifier) {
        String restKey = HeaderNames.normalize(rest);
        List<String> restWords = words(rest + " " + qualifier);
        String key = HeaderNames.normalize(rest + " " + qualifier);
        if (ORG_ENTITIES.contains(entity)) {
            if (restKey.equals("name") || restKey.isEmpty()) {
                return Proposal.of(LeadField.COMPANY, RANK_PLAIN);
            }
            Proposal p = plain(rest, restKey, restWords);
            if (p != null && (p.field() == LeadField.PHONE || p.field() == LeadField.EMAIL)) {
                return Proposal.of(p.field(), RANK_COMPANY);
            }
            if (p != null && (p.field() == LeadField.NAME || p.field() == LeadField.EXTERNAL_ID)) {
                return Proposal.of(p.field() == LeadField.NAME ? LeadField.COMPANY : LeadField.EXTRA, RANK_PLAIN);
            }
            return p;
        }
        if (DEAL_ENTITIES.contains(entity)) {
            switch (restKey) {
                case "title", "name" -> {
                    return Proposal.of(LeadField.EXTRA, RANK_PLAIN);
                }
                case "value", "amount", "dealvalue", "weightedvalue" -> {
                    return Proposal.of(restKey.equals("weightedvalue") ? LeadField.EXTRA : LeadField.BUDGET,
                            RANK_PLAIN);
                }
                case "id" -> {
                    return Proposal.of(LeadField.EXTERNAL_ID, RANK_SECOND);
                }
                case "organization", "organisation", "company", "account" -> {
                    return Proposal.of(LeadField.COMPANY, RANK_PLAIN);
                }
                case "contactperson", "person", "contact" -> {
                    return Proposal.of(LeadField.NAME, RANK_PLAIN);
                }
                case "label", "status", "stage" -> {
                    // read by its values, as any status column (see isStatus)
                    return null;
                }
                default -> {
                    // "Expected close date", "Owner", "Won time": the deal's own field
                }
            }
        }
        if (restKey.equals("id")) {
            return Proposal.of(LeadField.EXTERNAL_ID, RANK_BEST);
        }
        if (restKey.equals("organization") || restKey.equals("organisation")) {
            return Proposal.of(LeadField.COMPANY, RANK_PLAIN);
        }
        Proposal p = propose(rest);
        if (p == null) {
            return null;
        }
        if (p.field() == LeadField.EMAIL || p.field() == LeadField.PHONE) {
            return Proposal.of(p.field(), contactRank(key, restWords));
        }
        return p;
    }

    /**
     * A status, stage or label column (Lead Status, Deal - Status, Deal Stage, Status Reason, 客户状态): read by its
     * values, as the need when they are temperatures, as the outcome when they hold won/lost words.
     */
    static boolean isStatus(String header) {
        if (header == null) {
            return false;
        }
        if (STATUS_WORDS.contains(HeaderNames.normalize(header))) {
            return true;
        }
        List<String> segments = segments(header);
        return segments.size() >= 2 && isEntity(segments.get(0).toLowerCase(Locale.ROOT))
                && STATUS_WORDS.contains(HeaderNames.normalize(segments.get(segments.size() - 1)));
    }

    private static boolean isEntity(String first) {
        return PERSON_ENTITIES.contains(first) || ORG_ENTITIES.contains(first) || DEAL_ENTITIES.contains(first);
    }

    /** Opt-outs, consents and yes/no states of the record: never a contact field. */
    private static boolean isFlag(String header, String key, List<String> words) {
        if (containsAny(key, FLAG_PARTS) || containsAny(key, FLAG_PARTS_ZH)) {
            return true;
        }
        if (words.size() >= 2 && FLAG_FIRST_WORDS.contains(words.get(0))
                && !(words.get(0).equals("no") && (words.get(1).equals("of") || words.size() == 2))) {
            // "IsUnreadByOwner", "HasOptedOutOfFax", "Do Not Email"; not "No. of employees" or "Mobile No"
            return !words.get(0).equals("do") || words.get(1).equals("not");
        }
        return key.equals("dnc");
    }

    private static boolean isSomeoneElses(String key, List<String> words) {
        for (String w : words) {
            if (OTHER_PEOPLE.contains(w)) {
                return true;
            }
        }
        return containsAny(key, OTHER_PEOPLE_ZH);
    }

    /** The rank of an email or phone column (see the class comment). */
    static int contactRank(String key, List<String> words) {
        if (words.stream().anyMatch(COMPANY_LINE::contains) || containsAny(key, COMPANY_LINE_ZH)) {
            return RANK_COMPANY;
        }
        if (words.stream().anyMatch(SECOND::contains) || containsAny(key, SECOND_ZH)) {
            return RANK_SECOND;
        }
        if (words.stream().anyMatch(BEST::contains) || containsAny(key, BEST_ZH)) {
            return RANK_BEST;
        }
        return RANK_PLAIN;
    }

    /** The person's record id before a deal's, and a deal's before an account's (see {@link ColumnMapper}). */
    private static int idRank(List<String> words) {
        for (String w : words) {
            if (DEAL_ENTITIES.contains(w)) {
                return RANK_SECOND;
            }
            if (w.equals("account") || w.equals("company") || w.equals("organization")) {
                return RANK_COMPANY;
            }
        }
        return RANK_BEST;
    }

    private static boolean containsAny(String key, String[] parts) {
        for (String p : parts) {
            if (key.contains(p)) {
                return true;
            }
        }
        return false;
    }

    /** The parts of "A - B - C" (also "A – B" and "A: B"); one part when there are none. */
    static List<String> segments(String header) {
        String[] parts = header.split("\\s+[-–—]\\s+|:\\s+");
        List<String> out = new ArrayList<>(parts.length);
        for (String p : parts) {
            if (!p.isBlank()) {
                out.add(p.strip());
            }
        }
        return out;
    }

    /**
     * The header's words, lower case: split at anything not a letter or digit, at camel-case humps
     * ("HasOptedOutOfEmail": has, opted, out, of, email) and between letters and digits ("Email2": email, 2);
     * "e-mail" and "e mail" are one word, "email". Chinese runs stay whole.
     */
    static List<String> words(String header) {
        List<String> words = new ArrayList<>(6);
        StringBuilder word = new StringBuilder();
        char prev = ' ';
        for (int i = 0; i <= header.length(); i++) {
            char c = i < header.length() ? header.charAt(i) : ' ';
            boolean alnum = Character.isLetterOrDigit(c);
            boolean hump = alnum && word.length() > 0 && (Character.isUpperCase(c) && Character.isLowerCase(prev)
                    || Character.isDigit(c) != Character.isDigit(prev));
            if ((!alnum || hump) && word.length() > 0) {
                words.add(word.toString().toLowerCase(Locale.ROOT));
                word.setLength(0);
            }
            if (alnum) {
                word.append(c);
            }
            prev = c;
        }
        for (int i = 0; i + 1 < words.size(); i++) {
            if (words.get(i).equals("e") && words.get(i + 1).equals("mail")) {
                words.set(i, "email");
                words.remove(i + 1);
            }
        }
        return words;
    }
}
