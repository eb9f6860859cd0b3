package dev.hotlist.scoring;

import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.IsoFields;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.UnaryOperator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads an expected-purchase / need-by cell written as text ("tomorrow", "下个月", "2026-12-01", "ASAP",
 * "just looking") into a real date, resolved against an as-of day, or into "just looking".
 *
 * <p>The rules, in the order they are tried (case-insensitive, surrounding words ignored):
 * <ol>
 *   <li>Dates. Year first ({@code 2026-12-01}, {@code 2026/12/1}, {@code 2026.12.01}, {@code 20261201}) is
 *       Y/M/D. Year last with {@code /} or {@code -} ({@code 12/1/2026}, {@code 25/12/2026}): if the first part
 *       is above 12 it is D/M/Y, otherwise M/D/Y (the US reading Excel uses). Year last with dots
 *       ({@code 01.12.2026}) is D.M.Y, as written in Europe. Chinese {@code 2026年12月1日}; without a year
 *       ({@code 12月1日}) the year that puts the day nearest to the as-of day, so a date a few days past stays
 *       overdue rather than jumping a year ahead.</li>
 *   <li>An Excel serial number given as text (a whole number 20000–80000) counts days from 1899-12-30.</li>
 *   <li>"In N days/weeks/months/years", "N days later", "within N days", N天后, N周内, N个月后, N年内 (digits,
 *       English number words, or Chinese numerals 一…九十九 and 两), 半个月, 半年.</li>
 *   <li>Words, the longest found wins (ties: the earliest). A period resolves to its last day, since a need-by
 *       time means "by then": this week and next week to their Friday (never before the as-of day), this/next
 *       month, quarter and year to their last day. ASAP, urgent, 尽快, 马上 are the as-of day itself.
 *       "Just looking", 随便看看 and similar mean {@link Result.JustLooking}.</li>
 * </ol>
 * Anything else is empty: the text says nothing usable about time.
 */
public final class BuyingTimeParser {
    /** What a buying-time text means. */
    public sealed interface Result {
        /** A real day (for words, resolved against the as-of day). */
        record OnDate(LocalDate date) implements Result {
        }

        /** "Just looking", 随便看看: no moment to buy at all (watching fishing on TV). */
        record JustLooking() implements Result {
        }
    }

    private static final LocalDate EXCEL_EPOCH = LocalDate.of(1899, 12, 30);

    private static final Pattern YEAR_FIRST =
            Pattern.compile("(?<!\\d)(\\d{4})\\s*[-/.]\\s*(\\d{1,2})\\s*[-/.]\\s*(\\d{1,2})(?!\\d)");
    private static final Pattern YEAR_LAST =
            Pattern.compile("(?<!\\d)(\\d{1,2})\\s*([-/.])\\s*(\\d{1,2})\\s*\\2\\s*(\\d{4})(?!\\d)");
    private static final Pattern COMPACT = Pattern.compile("(?<!\\d)(\\d{4})(\\d{2})(\\d{2})(?!\\d)");
    private static final Pattern CHINESE_DATE =
            Pattern.compile("(?:(\\d{4})\\s*年\\s*)?(\\d{1,2})\\s*月\\s*(\\d{1,2})\\s*[日号]");
    private static final Pattern SERIAL = Pattern.compile("(\\d{5})(?:\\.0+)?");

    private static final String EN_NUMBER = "\\d+|an?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve";
    private static final String EN_UNIT = "(days?|weeks?|months?|years?)";
    private static final Pattern EN_IN = Pattern.compile(
            "\\b(?:in|within|after)\\s+(" + EN_NUMBER + ")\\s*" + EN_UNIT + "\\b");
    private static final Pattern EN_LATER = Pattern.compile(
            "\\b(" + EN_NUMBER + ")\\s*" + EN_UNIT + "\\s+(?:later|from now|time)\\b");
    private static final Pattern ZH_RELATIVE = Pattern.compile(
            "([0-9一二两三四五六七八九十]+)\\s*个?\\s*(天|日|周|星期|礼拜|月|年)\\s*(?:后|以后|之后|内|以内|之内)");

    private static final List<String> EN_NUMBER_WORDS = List.of("zero", "one", "two", "three", "four", "five", "six",
            "seven", "eight", "nine", "ten", "eleven", "twelve");

    /** A phrase and what it resolves to; null resolver means "just looking". */
    private record Phrase(String text, UnaryOperator<LocalDate> resolve) {
    }

    private static final UnaryOperator<LocalDate> NO_DATE = d -> null;
    private static final KeywordTable<Phrase> PHRASES = buildPhrases();

    private BuyingTimeParser() {
    }

    /** The meaning of {@code text} seen from {@code asOf}; empty when the text says nothing usable. */
    public static Optional<Result> parse(String text, LocalDate asOf) {
        if (text == null || text.isBlank()) {
            return Optional.empty();
        }
        String s = normalize(text);
        Optional<LocalDate> date = explicitDate(s, asOf);
        if (date.isEmpty()) {
            date = relative(s, asOf);
        }
        if (date.isPresent()) {
            return Optional.of(new Result.OnDate(date.get()));
        }
        return phrase(s, asOf);
    }

    /**
     * True when {@link #parse} reads the text as {@link Result.JustLooking}. Cheap for texts without digits
     * (one keyword pass), since scoring asks it for every lead that has no buying date.
     */
    public static boolean isJustLooking(String text) {
        if (text == null || text.isBlank()) {
            return false;
        }
        Phrase p = longestPhrase(text);
        if (p == null || p.resolve != null) {
            return false;
        }
        if (mayNameTime(text)) {
            // A number or a time unit may be written here too: let the full reading decide.
            return parse(text, LocalDate.of(2000, 1, 1)).orElse(null) instanceof Result.JustLooking;
        }
        return true;
    }

    private static boolean mayNameTime(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if ((c >= '0' && c <= '9') || (c >= '０' && c <= '９') || digit(c) >= 0 || c == '十' || c == '半') {
                return true;
            }
        }
        String s = text.toLowerCase(Locale.ROOT);
        return s.contains("day") || s.contains("week") || s.contains("month") || s.contains("year");
    }

    /** Lower case, full-width digits and letters to ASCII, ideographic space to a space. */
    private static String normalize(String text) {
        StringBuilder b = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c >= '\uFF01' && c <= '\uFF5E') {
                c = (char) (c - 0xFEE0);
            } else if (c == '\u3000') {
                c = ' ';
            }
            b.append(c);
        }
        return b.toString().strip().toLowerCase(Locale.ROOT);
    }

    private static Optional<LocalDate> explicitDate(String s, LocalDate asOf) {
        Matcher m = SERIAL.matcher(s);
        if (m.matches()) {
            int serial = Integer.parseInt(m.group(1));
            return serial >= 20000 && serial <= 80000 ? Optional.of(EXCEL_EPOCH.plusDays(serial)) : Optional.empty();
        }
        m = YEAR_FIRST.matcher(s);
        if (m.find()) {
            return date(num(m, 1), num(m, 2), num(m, 3));
        }
        m = YEAR_LAST.matcher(s);
        if (m.find()) {
            int a = num(m, 1);
            int b = num(m, 3);
            int year = num(m, 4);
            boolean dayFirst = m.group(2).equals(".") || a > 12;
            return dayFirst ? date(year, b, a) : date(year, a, b);
        }
        m = CHINESE_DATE.matcher(s);
        if (m.find()) {
            int month = num(m, 2);
            int day = num(m, 3);
            if (m.group(1) != null) {
                return date(num(m, 1), month, day);
            }
            return nearestYear(month, day, asOf);
        }
        m = COMPACT.matcher(s);
        if (m.find()) {
            return date(num(m, 1), num(m, 2), num(m, 3));
        }
        return Optional.empty();
    }

    private static Optional<LocalDate> nearestYear(int month, int day, LocalDate asOf) {
        LocalDate best = null;
        for (int year = asOf.getYear() - 1; year <= asOf.getYear() + 1; year++) {
            Optional<LocalDate> d = date(year, month, day);
            if (d.isPresent() && (best == null || distance(d.get(), asOf) < distance(best, asOf))) {
                best = d.get();
            }
        }
        return Optional.ofNullable(best);
    }

    private static long distance(LocalDate a, LocalDate b) {
        return Math.abs(a.toEpochDay() - b.toEpochDay());
    }

    private static Optional<LocalDate> date(int year, int month, int day) {
        try {
            return Optional.of(LocalDate.of(year, month, day));
        } catch (DateTimeException e) {
            return Optional.empty();
        }
    }

    private static int num(Matcher m, int group) {
        return Integer.parseInt(m.group(group));
    }

    private static Optional<LocalDate> relative(String s, LocalDate asOf) {
        if (s.contains("半个月")) {
            return Optional.of(asOf.plusDays(15));
        }
        if (s.contains("半年")) {
            return Optional.of(asOf.plusMonths(6));
        }
        Matcher m = EN_IN.matcher(s);
        if (!m.find()) {
            m = EN_LATER.matcher(s);
            if (!m.find()) {
                m = null;
            }
        }
        if (m != null) {
            int n = englishNumber(m.group(1));
            return n < 0 ? Optional.empty() : plus(asOf, n, m.group(2).charAt(0));
        }
        m = ZH_RELATIVE.matcher(s);
        if (m.find()) {
            int n = chineseNumber(m.group(1));
            char unit = switch (m.group(2)) {
                case "天", "日" -> 'd';
                case "月" -> 'm';
                case "年" -> 'y';
                default -> 'w';
            };
            return n < 0 ? Optional.empty() : plus(asOf, n, unit);
        }
        return Optional.empty();
    }

    private static Optional<LocalDate> plus(LocalDate asOf, int n, char unit) {
        if (n > 3650) {
            return Optional.empty();
        }
        return Optional.of(switch (unit) {
            case 'd' -> asOf.plusDays(n);
            case 'w' -> asOf.plusWeeks(n);
            case 'm' -> asOf.plusMonths(n);
            default -> asOf.plusYears(n);
        });
    }

    private static int englishNumber(String word) {
        if (word.equals("a") || word.equals("an")) {
            return 1;
        }
        int i = EN_NUMBER_WORDS.indexOf(word);
        if (i >= 0) {
            return i;
        }
        return word.length() > 5 ? -1 : Integer.parseInt(word);
    }

    /** Digits, or Chinese numerals up to 99 (十二, 二十, 二十五, 两). -1 when unreadable. */
    static int chineseNumber(String text) {
        if (text.chars().allMatch(Character::isDigit)) {
            return text.length() > 5 ? -1 : Integer.parseInt(text);
        }
        int ten = text.indexOf('十');
        if (ten < 0) {
            return text.length() == 1 ? digit(text.charAt(0)) : -1;
        }
        if (text.indexOf('十', ten + 1) >= 0 || ten > 1 || text.length() - ten > 2) {
            return -1;
        }
        int tens = ten == 0 ? 1 : digit(text.charAt(0));
        int ones = ten == text.length() - 1 ? 0 : digit(text.charAt(ten + 1));
        return tens < 0 || ones < 0 ? -1 : tens * 10 + ones;
    }

    private static int digit(char c) {
        return switch (c) {
            case '一' -> 1;
            case '二', '两' -> 2;
            case '三' -> 3;
            case '四' -> 4;
            case '五' -> 5;
            case '六' -> 6;
            case '七' -> 7;
            case '八' -> 8;
            case '九' -> 9;
            default -> c >= '0' && c <= '9' ? c - '0' : -1;
        };
    }

    private static Optional<Result> phrase(String s, LocalDate asOf) {
        Phrase best = longestPhrase(s);
        if (best == null || best.resolve == NO_DATE) {
            return Optional.empty();
        }
        return Optional.of(best.resolve == null ? new Result.JustLooking()
                : new Result.OnDate(best.resolve.apply(asOf)));
    }

    /** The longest phrase found (ties: the earliest), or null. */
    private static Phrase longestPhrase(String s) {
        KeywordTable.Hits hits = new KeywordTable.Hits();
        PHRASES.scan(s, hits);
        int best = -1;
        for (int i = 0; i < hits.size(); i++) {
            int length = hits.end(i) - hits.start(i);
            if (best < 0 || length > hits.end(best) - hits.start(best)) {
                best = i;
            }
        }
        return best < 0 ? null : PHRASES.value(hits.keyword(best));
    }

    private static KeywordTable<Phrase> buildPhrases() {
        List<Phrase> list = new ArrayList<>();
        UnaryOperator<LocalDate> today = d -> d;
        UnaryOperator<LocalDate> tomorrow = d -> d.plusDays(1);
        UnaryOperator<LocalDate> dayAfter = d -> d.plusDays(2);
        UnaryOperator<LocalDate> thisWeek = BuyingTimeParser::fridayOfWeek;
        UnaryOperator<LocalDate> nextWeek = d -> d.plusWeeks(1).with(DayOfWeek.FRIDAY);
        UnaryOperator<LocalDate> thisMonth = d -> d.with(TemporalAdjusters.lastDayOfMonth());
        UnaryOperator<LocalDate> nextMonth = d -> d.plusMonths(1).with(TemporalAdjusters.lastDayOfMonth());
        UnaryOperator<LocalDate> thisQuarter = BuyingTimeParser::endOfQuarter;
        UnaryOperator<LocalDate> nextQuarter = d -> endOfQuarter(d.plusMonths(3));
        UnaryOperator<LocalDate> thisYear = d -> d.with(TemporalAdjusters.lastDayOfYear());
        UnaryOperator<LocalDate> nextYear = d -> d.plusYears(1).with(TemporalAdjusters.lastDayOfYear());

        add(list, today, "today", "asap", "a.s.a.p", "urgent", "urgently", "immediately", "right away",
                "as soon as possible", "今天", "今日", "尽快", "马上", "立即", "立刻", "急", "越快越好", "现在");
        add(list, tomorrow, "tomorrow", "tmrw", "明天", "明日");
        add(list, dayAfter, "day after tomorrow", "the day after tomorrow", "后天");
        add(list, d -> d.plusDays(3), "大后天");
        add(list, thisWeek, "this week", "end of week", "end of the week", "本周", "这周", "这个星期", "本星期",
                "这礼拜", "这个礼拜", "周内");
        add(list, nextWeek, "next week", "下周", "下星期", "下个星期", "下礼拜", "下个礼拜");
        add(list, thisMonth, "this month", "end of month", "end of the month", "month end", "本月", "这个月",
                "这月", "月底", "月内");
        add(list, nextMonth, "next month", "下个月", "下月");
        add(list, thisQuarter, "this quarter", "end of quarter", "end of the quarter", "本季度", "这个季度", "本季");
        add(list, nextQuarter, "next quarter", "下季度", "下个季度", "下季");
        add(list, thisYear, "this year", "end of year", "end of the year", "year end", "year-end", "今年", "年底",
                "年内", "年末");
        add(list, nextYear, "next year", "明年", "下一年");
        // Said to deny urgency: longer than the urgent word they contain, so they win and name no date.
        add(list, NO_DATE, "not urgent", "no rush", "no hurry", "不急", "不着急");
        add(list, null, "just looking", "browsing", "no plan", "no plans", "not sure", "unsure", "someday",
                "some day", "no timeline", "随便看看", "看看", "暂无计划", "没有计划", "无计划", "不确定", "以后再说",
                "再说");
        Map<String, Phrase> table = new LinkedHashMap<>();
        for (Phrase p : list) {
            table.putIfAbsent(p.text, p);
        }
        return new KeywordTable<>(table);
    }

    private static void add(List<Phrase> list, UnaryOperator<LocalDate> resolve, String... texts) {
        for (String t : texts) {
            list.add(new Phrase(t, resolve));
        }
    }

    private static LocalDate fridayOfWeek(LocalDate d) {
        LocalDate friday = d.with(DayOfWeek.FRIDAY);
        return friday.isBefore(d) ? d : friday;
    }

    private static LocalDate endOfQuarter(LocalDate d) {
        LocalDate firstOfQuarter = d.with(IsoFields.DAY_OF_QUARTER, 1);
        return firstOfQuarter.plusMonths(2).with(TemporalAdjusters.lastDayOfMonth());
    }
}
