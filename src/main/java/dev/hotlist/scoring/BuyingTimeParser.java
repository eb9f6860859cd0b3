package dev.hotlist.scoring;

import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.IsoFields;
import java.time.temporal.TemporalAdjusters;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.IntFunction;
import java.util.function.UnaryOperator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads an expected-purchase / need-by cell written as text ("tomorrow", "下个月", "2026-12-01", "Q1 2027",
 * "3-6 months", "年后", "just looking") into a real date, resolved against an as-of day, or into "just looking",
 * or into "no date" ("no rush", "TBD").
 *
 * <p>A need-by time means "by then", so a period resolves to its last day: this week and next week to their
 * Friday (never before the as-of day), a month, quarter, half or year to its last day; "early" a month to its
 * 10th, "mid" to its 15th; 年初 / early in a year to the end of February. A day or month written without a year
 * is this year's unless that fell more than 92 days before the as-of day, then next year's: "October" read in
 * late November is last month (overdue), "March" is next March, 11月20日 stays a few days overdue. The rules,
 * in the order tried (case-insensitive, surrounding words ignored):
 * <ol>
 *   <li>Dates in digits. Year first ({@code 2026-12-01}, {@code 2026/12/1}, {@code 2026.12.01},
 *       {@code 20261201}) is Y/M/D. Year last with {@code /} or {@code -} ({@code 12/1/2026}, {@code 25/12/2026},
 *       two-digit years too: {@code 12/05/26} is 2026): if the first part is above 12 it is D/M/Y, otherwise
 *       M/D/Y (the US reading Excel uses). Year last with dots ({@code 01.12.2026}) is D.M.Y. A cell that is
 *       only month and day with a slash ({@code 12/15}) reads the same way. Month and year: {@code 2026-12},
 *       {@code 12/2026}. Month names: {@code Jan 15, 2027}, {@code 15 Jan 2027}, {@code 5-Dec-2026},
 *       {@code Dec 2026}. An Excel serial number (20000–80000, a time part ignored) counts days from
 *       1899-12-30.</li>
 *   <li>Chinese months and days: {@code 2026年12月1日}, {@code 明年3月1号}, {@code 12月}, {@code 十二月},
 *       {@code 3月份}, {@code 2027年3月}, {@code 12月初} (10th) / {@code 12月中} (15th) / {@code 12月底}.</li>
 *   <li>Durations, forward or back ("ago", 前): "in 2 weeks", "30 days", "within 3 months", "2 days ago",
 *       N天后, 两周内, 三个月内, 3天前, 半个月, 半年. A range ("1-3 months", "in 2-3 weeks", 3到6个月, 两三天) is its
 *       middle day, rounded up; "12+ months" its lower end. A count has at most four digits ("123456天后" is not
 *       read from its last four) and a duration reaches at most {@link #MAX_YEARS} years.</li>
 *   <li>Numbered weeks ({@link PeriodNumbers}): 第5周, "week 12", "CW 12", "2027-W05" are the Friday of that ISO
 *       week, of the year the text names or else the next one to come.</li>
 *   <li>Words, from one pass of a keyword table. A named time always beats "just looking" and "no rush" words
 *       in the same text (need-lowering words are the need scorer's business); among times the longest wins
 *       (ties: the earliest). Quarters (Q1, 一季度), halves (H1, 上半年), month names and 年初/年中/年底 take a
 *       year from the text (2027, next year, 明年); without one, quarters, halves and 年初/年中/年底 are their
 *       next occurrence and month names follow the rule above. Weekdays: a bare one (Friday, 周五) is the next
 *       such day, today included; "this Friday" too, but 这周五 / 本周五 is that day of this week (Monday
 *       first); "next Friday" and 下周五 are that day of next week; 周末 is Saturday. Vague words: 过两天 and
 *       这两天 +2 days, "in a few days" and 过几天 +3, "soon" and 很快 +7, 近期, 最近 and "near future" +14,
 *       "couple of weeks" and fortnight +14, 过段时间 +30. Past words (yesterday, 上周, last month, 去年)
 *       resolve to past days. ASAP, urgent, immediate, 尽快, 马上 are the as-of day itself.</li>
 *   <li>Chinese New Year, from {@link #SPRING_FESTIVALS} (2024–2035; outside it these words are not read):
 *       年前 / 春节前 is the day before the next Spring Festival, 年后 / 春节后 / 节后 the Lantern Festival
 *       (14 days after it), when business is back. 国庆后 is October 8.</li>
 * </ol>
 * "Just looking", 随便看看 and similar mean {@link Result.JustLooking}; "no rush", 不急, TBD, 待定 mean
 * {@link Result.NoDate}. Anything else is empty: the text says nothing readable about time. So is a text whose
 * day lies more than {@link #MAX_YEARS} years from the as-of day, or that numbers a quarter or week no calendar has
 * (Q0, Q5, 第54周), whatever else it says: junk must read as "not understood", never as a date.
 *
 * <p>Speed: one keyword pass per text; each regex runs only when a cheap check finds what it needs (digits,
 * 月, a month name, a unit word), so most texts meet no regex at all.
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

        /** "No rush", 不急, "TBD", 待定: says there is no date (yet) rather than something unreadable. */
        record NoDate() implements Result {
        }
    }

    /** How a buying-time text that gave no date reads, for the timing reason. */
    enum Undated { BLANK, JUST_LOOKING, NO_DATE, UNREAD }

    /** 春节, the first day of the lunar year, 2024–2035: 年前 and 年后 are read against these. */
    static final List<LocalDate> SPRING_FESTIVALS = List.of(
            LocalDate.of(2024, 2, 10), LocalDate.of(2025, 1, 29), LocalDate.of(2026, 2, 17),
            LocalDate.of(2027, 2, 6), LocalDate.of(2028, 1, 26), LocalDate.of(2029, 2, 13),
            LocalDate.of(2030, 2, 3), LocalDate.of(2031, 1, 23), LocalDate.of(2032, 2, 11),
            LocalDate.of(2033, 1, 31), LocalDate.of(2034, 2, 19), LocalDate.of(2035, 2, 8));
    /** 元宵节, the 15th day of the lunar year: when business is back after the Spring Festival. */
    static final int LANTERN_FESTIVAL_DAYS = 14;

    private static final LocalDate EXCEL_EPOCH = LocalDate.of(1899, 12, 30);
    /** A text shaped like a date whose numbers make none ("2026-13-45"): unreadable, whatever else it says. */
    private static final LocalDate INVALID = LocalDate.MIN;
    private static final int EARLY_DAY = 10;
    private static final int MID_DAY = 15;
    /** A day rule meaning the last day of the month. */
    private static final int LAST_DAY = 0;
    /**
     * A text read as a day more than this many years from the as-of day is not understood: nobody plans a purchase
     * for 2090, and "10000年后" or "Q1 2099" is a typo or junk, never a reason to call today.
     */
    static final int MAX_YEARS = 50;
    /** A count of days, weeks, months or years has at most this many digits ("12345天后" is not read). */
    private static final int MAX_COUNT_DIGITS = 4;
    /** How far back a date without a year may fall before it is read as next year's. */
    private static final int RECENT_DAYS = 92;

    private static final Pattern SERIAL = Pattern.compile("(\\d{5})(?:\\.\\d+)?");
    private static final Pattern YEAR_FIRST =
            Pattern.compile("(?<!\\d)(\\d{4})\\s*[-/.]\\s*(\\d{1,2})\\s*[-/.]\\s*(\\d{1,2})(?!\\d)");
    private static final Pattern YEAR_LAST =
            Pattern.compile("(?<!\\d)(\\d{1,2})\\s*([-/.])\\s*(\\d{1,2})\\s*\\2\\s*(\\d{4}|\\d{2})(?!\\d)");
    private static final Pattern COMPACT = Pattern.compile("(?<!\\d)(\\d{4})(\\d{2})(\\d{2})(?!\\d)");
    private static final Pattern YEAR_MONTH = Pattern.compile("(?<![\\d.])(20\\d{2})\\s*[-/.]\\s*(\\d{1,2})(?![\\d.])");
    private static final Pattern MONTH_YEAR = Pattern.compile("(?<![\\w./-])(\\d{1,2})\\s*[-/.]\\s*(20\\d{2})(?!\\d)");
    private static final Pattern SLASHED_MONTH_DAY =
            Pattern.compile("(?:by\\s+|before\\s+)?(\\d{1,2})\\s*/\\s*(\\d{1,2})");
    private static final Pattern EXPLICIT_YEAR = Pattern.compile("(?<!\\d)(20\\d{2})(?!\\d)");

    private static final String EN_MONTH = "(jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?"
            + "|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\\b\\.?";
    private static final Pattern DAY_MONTH = Pattern.compile(
            "(?<!\\d)(\\d{1,2})(?:st|nd|rd|th)?\\s*[-/ ]?\\s*(?:of\\s+)?" + EN_MONTH + "(?:\\s*[-/ ,]\\s*(\\d{4}|\\d{2})(?!\\d))?");
    private static final Pattern MONTH_DAY = Pattern.compile("\\b" + EN_MONTH
            + "\\s*[-/ ]?\\s*(\\d{1,2})(?:st|nd|rd|th)?(?!\\d)(?:\\s*[-/ ,]\\s*(\\d{4})(?!\\d))?");
    private static final Pattern MONTH_NAME_YEAR = Pattern.compile("\\b" + EN_MONTH + "\\s*[-/ ,]?\\s*(\\d{4})(?!\\d)");

    private static final String ZH_YEAR = "(?:(今年|明年|后年|去年)|(\\d{4})\\s*年)?\\s*";
    private static final String ZH_MONTH = "(?<![\\d个几两十])(\\d{1,2}|十[一二]?|[一二三四五六七八九])\\s*月";
    private static final Pattern CHINESE_DATE =
            Pattern.compile(ZH_YEAR + ZH_MONTH + "\\s*(\\d{1,2}|[一二三四五六七八九十]{1,3})\\s*[日号]");
    private static final Pattern CHINESE_MONTH = Pattern.compile(ZH_YEAR + ZH_MONTH
            + "份?(?!\\s*(?:\\d|[一二三四五六七八九十]+\\s*[日号]))\\s*(初|上旬|中旬|下旬|中|底|末)?");

    private static final String EN_NUMBER =
            "\\d+|an?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve";
    private static final Pattern EN_DURATION = Pattern.compile("(?<![\\w.])(" + EN_NUMBER + ")(?:\\s*(?:-|~|to|or)\\s*("
            + EN_NUMBER + "))?\\s*\\+?\\s*(days?|weeks?|wks?|months?|mths?|mos?|years?|yrs?)\\b(\\s+ago)?");
    private static final String ZH_NUMBER = "\\d+|[一二两三四五六七八九十几]{1,3}";
    /** Not after 第 (第5周 is the fifth week of a year, not five weeks), nor inside a longer number. */
    private static final Pattern ZH_DURATION = Pattern.compile("(?<![周期拜第\\d])(" + ZH_NUMBER + ")(?:\\s*(?:-|~|到|至)\\s*("
            + ZH_NUMBER + "))?\\s*(个)?\\s*(天|日|周|星期|礼拜|月|年)\\s*(以后|之后|后|以内|之内|内|左右|以前|之前|前)?");

    private static final List<String> EN_NUMBER_WORDS = List.of("zero", "one", "two", "three", "four", "five", "six",
            "seven", "eight", "nine", "ten", "eleven", "twelve");
    /** Whole cells that say "no date" but are too short to look for inside other words. */
    private static final Set<String> NO_DATE_CELLS = Set.of("-", "--", "—", "/", "?", "无", "没有", "暂无", "na");

    private enum Kind { DAY, PERIOD, MONTH, YEAR, JUST_LOOKING, NO_DATE }

    /**
     * A phrase: a day from the as-of day ({@code onDay}); a period in a given year ({@code inYear}); a month
     * ({@code value} 1–12); a year ({@code value} years from the as-of day's); or a "just looking" / "no date" word.
     */
    private record Phrase(Kind kind, int value, UnaryOperator<LocalDate> onDay, IntFunction<LocalDate> inYear) {
    }

    private static final KeywordTable<Phrase> PHRASES = buildPhrases();

    private BuyingTimeParser() {
    }

    /** The meaning of {@code text} seen from {@code asOf}; empty when the text says nothing readable. */
    public static Optional<Result> parse(String text, LocalDate asOf) {
        if (text == null || text.isBlank()) {
            return Optional.empty();
        }
        String s = normalize(text);
        if (PeriodNumbers.impossibleQuarter(s)) {
            return Optional.empty();
        }
        KeywordTable.Hits hits = new KeywordTable.Hits();
        PHRASES.scan(s, hits);
        boolean digits = hasDigit(s);
        LocalDate date = digits ? numericDate(s, hits, asOf) : null;
        if (date == null && s.indexOf('月') >= 0) {
            date = chineseDate(s, asOf);
        }
        int week = date == null ? PeriodNumbers.week(s) : PeriodNumbers.NONE;
        if (date == null && week == PeriodNumbers.NONE) {
            date = duration(s, asOf);
        }
        if (date == INVALID || week == PeriodNumbers.IMPOSSIBLE) {
            return Optional.empty();
        }
        Result r = date != null ? new Result.OnDate(date) : words(s, hits, digits, week, asOf);
        return Optional.ofNullable(withinBounds(r, asOf));
    }

    /** The result, unless it is a day more than {@link #MAX_YEARS} from the as-of day. */
    private static Result withinBounds(Result r, LocalDate asOf) {
        if (r instanceof Result.OnDate on
                && (on.date().isAfter(asOf.plusYears(MAX_YEARS)) || on.date().isBefore(asOf.minusYears(MAX_YEARS)))) {
            return null;
        }
        return r;
    }

    /** True when {@link #parse} reads the text as {@link Result.JustLooking}. */
    public static boolean isJustLooking(String text) {
        return undated(text) == Undated.JUST_LOOKING;
    }

    /**
     * How the text of a lead that has no buying date reads: blank, just looking, saying there is no date, or
     * not understood (which includes a readable time that was not stored as a date).
     */
    static Undated undated(String text) {
        if (text == null || text.isBlank()) {
            return Undated.BLANK;
        }
        Result r = parse(text, EXCEL_EPOCH.plusYears(130)).orElse(null);
        if (r instanceof Result.JustLooking) {
            return Undated.JUST_LOOKING;
        }
        return r instanceof Result.NoDate ? Undated.NO_DATE : Undated.UNREAD;
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

    private static boolean hasDigit(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c >= '0' && c <= '9') {
                return true;
            }
        }
        return false;
    }

    // ---- dates in digits ----

    private static LocalDate numericDate(String s, KeywordTable.Hits hits, LocalDate asOf) {
        Matcher m = SERIAL.matcher(s);
        if (m.matches()) {
            int serial = Integer.parseInt(m.group(1));
            return serial >= 20000 && serial <= 80000 ? EXCEL_EPOCH.plusDays(serial) : INVALID;
        }
        m = YEAR_FIRST.matcher(s);
        if (m.find()) {
            return date(num(m, 1), num(m, 2), num(m, 3));
        }
        m = YEAR_LAST.matcher(s);
        if (m.find()) {
            int a = num(m, 1);
            int b = num(m, 3);
            int year = fullYear(m.group(4));
            boolean dayFirst = m.group(2).equals(".") || a > 12;
            return dayFirst ? date(year, b, a) : date(year, a, b);
        }
        m = COMPACT.matcher(s);
        if (m.find()) {
            return date(num(m, 1), num(m, 2), num(m, 3));
        }
        if (hasMonthName(hits)) {
            LocalDate named = monthNameDate(s, asOf);
            if (named != null) {
                return named;
            }
        }
        m = YEAR_MONTH.matcher(s);
        if (m.find()) {
            return monthDay(num(m, 1), num(m, 2), LAST_DAY);
        }
        m = MONTH_YEAR.matcher(s);
        if (m.find()) {
            return monthDay(num(m, 2), num(m, 1), LAST_DAY);
        }
        m = SLASHED_MONTH_DAY.matcher(s);
        if (m.matches()) {
            int a = num(m, 1);
            int b = num(m, 2);
            LocalDate d = a > 12 ? dayWithoutYear(b, a, asOf) : dayWithoutYear(a, b, asOf);
            return d != null ? d : INVALID;
        }
        return null;
    }

    private static boolean hasMonthName(KeywordTable.Hits hits) {
        for (int i = 0; i < hits.size(); i++) {
            if (PHRASES.value(hits.keyword(i)).kind == Kind.MONTH) {
                return true;
            }
        }
        return false;
    }

    /**
     * "15 Jan 2027", "5-Dec-2026", "Jan 15, 2027", "Jan 15" (year by {@link #recentOrNext}), "Dec 2026", "early Dec
     * 2026".
     */
    private static LocalDate monthNameDate(String s, LocalDate asOf) {
        Matcher m = DAY_MONTH.matcher(s);
        int day;
        int month;
        String year;
        if (m.find()) {
            day = num(m, 1);
            month = monthNumber(m.group(2));
            year = m.group(3);
        } else {
            m = MONTH_DAY.matcher(s);
            if (m.find()) {
                month = monthNumber(m.group(1));
                day = num(m, 2);
                year = m.group(3);
            } else {
                // "early Dec 2027" is the 10th, "mid-March 2027" the 15th, as with no year
                m = MONTH_NAME_YEAR.matcher(s);
                return m.find() ? monthDay(num(m, 2), monthNumber(m.group(1)), monthPart(s, m.start(1))) : null;
            }
        }
        if (year == null) {
            LocalDate d = dayWithoutYear(month, day, asOf);
            return d != null ? d : INVALID;
        }
        return date(fullYear(year), month, day);
    }

    private static int monthNumber(String name) {
        return "janfebmaraprmayjunjulaugsepoctnovdec".indexOf(name.substring(0, 3)) / 3 + 1;
    }

    private static int fullYear(String digits) {
        int y = Integer.parseInt(digits);
        return digits.length() == 2 ? 2000 + y : y;
    }

    // ---- Chinese months and days ----

    private static LocalDate chineseDate(String s, LocalDate asOf) {
        Matcher m = CHINESE_DATE.matcher(s);
        if (m.find()) {
            int month = chineseNumber(m.group(3));
            int day = chineseNumber(m.group(4));
            int year = chineseYear(m, asOf);
            if (year != 0) {
                return date(year, month, day);
            }
            LocalDate d = dayWithoutYear(month, day, asOf);
            return d != null ? d : INVALID;
        }
        m = CHINESE_MONTH.matcher(s);
        if (!m.find()) {
            return null;
        }
        int month = chineseNumber(m.group(3));
        String part = m.group(4);
        int rule = part == null ? LAST_DAY : switch (part) {
            case "初", "上旬" -> EARLY_DAY;
            case "中", "中旬" -> MID_DAY;
            default -> LAST_DAY;
        };
        return month(month, rule, chineseYear(m, asOf), asOf);
    }

    /** The year named before a Chinese month (2027年, 明年…), or 0. */
    private static int chineseYear(Matcher m, LocalDate asOf) {
        if (m.group(2) != null) {
            return num(m, 2);
        }
        if (m.group(1) == null) {
            return 0;
        }
        return asOf.getYear() + switch (m.group(1)) {
            case "明年" -> 1;
            case "后年" -> 2;
            case "去年" -> -1;
            default -> 0;
        };
    }

    /** A month's day by {@code rule} in {@code year}, or (year 0) in the year {@link #recentOrNext} picks. */
    private static LocalDate month(int month, int rule, int year, LocalDate asOf) {
        if (month < 1 || month > 12) {
            return INVALID;
        }
        return year != 0 ? monthDay(year, month, rule) : recentOrNext(y -> monthDay(y, month, rule), asOf);
    }

    private static LocalDate monthDay(int year, int month, int rule) {
        if (month < 1 || month > 12) {
            return INVALID;
        }
        LocalDate first = LocalDate.of(year, month, 1);
        return rule == LAST_DAY ? first.with(TemporalAdjusters.lastDayOfMonth()) : first.withDayOfMonth(rule);
    }

    private static LocalDate dayWithoutYear(int month, int day, LocalDate asOf) {
        return recentOrNext(y -> date(y, month, day), asOf);
    }

    /**
     * For a day or month written without a year: the first year in which it falls at most {@link #RECENT_DAYS}
     * before the as-of day, so a date a few weeks past stays overdue rather than jumping a year ahead, and one
     * months past is next year's. Null when no year makes a real date.
     */
    private static LocalDate recentOrNext(IntFunction<LocalDate> inYear, LocalDate asOf) {
        LocalDate earliest = asOf.minusDays(RECENT_DAYS);
        for (int year = asOf.getYear() - 1; year <= asOf.getYear() + 1; year++) {
            LocalDate d = inYear.apply(year);
            if (d != INVALID && !d.isBefore(earliest)) {
                return d;
            }
        }
        return null;
    }

    private static LocalDate date(int year, int month, int day) {
        try {
            return LocalDate.of(year, month, day);
        } catch (DateTimeException e) {
            return INVALID;
        }
    }

    private static int num(Matcher m, int group) {
        return Integer.parseInt(m.group(group));
    }

    // ---- durations ----

    private static LocalDate duration(String s, LocalDate asOf) {
        int half = s.indexOf("半");
        if (half >= 0) {
            LocalDate d = halfDuration(s, half, asOf);
            if (d != null) {
                return d;
            }
        }
        if (mayNameEnglishUnit(s)) {
            Matcher m = EN_DURATION.matcher(s);
            if (m.find()) {
                if (tooManyDigits(m.group(1)) || tooManyDigits(m.group(2))) {
                    return INVALID;
                }
                return span(asOf, englishNumber(m.group(1)), m.group(2) == null ? -1 : englishNumber(m.group(2)),
                        m.group(3).charAt(0), m.group(4) != null);
            }
        }
        if (mayNameChineseUnit(s)) {
            Matcher m = ZH_DURATION.matcher(s);
            while (m.find()) {
                LocalDate d = chineseDuration(m, asOf);
                if (d != null) {
                    return d;
                }
            }
        }
        return null;
    }

    /** 半个月 (15 days) and 半年 (6 months), but not 上半年 / 下半年, which are halves of a year. */
    private static LocalDate halfDuration(String s, int at, LocalDate asOf) {
        boolean past = false;
        if (s.startsWith("半个月", at)) {
            past = s.startsWith("前", at + 3);
            return past ? asOf.minusDays(15) : asOf.plusDays(15);
        }
        if (s.startsWith("半年", at) && (at == 0 || (s.charAt(at - 1) != '上' && s.charAt(at - 1) != '下'))) {
            past = s.startsWith("前", at + 2);
            return past ? asOf.minusMonths(6) : asOf.plusMonths(6);
        }
        return null;
    }

    private static boolean mayNameEnglishUnit(String s) {
        return s.contains("day") || s.contains("we") || s.contains("wk") || s.contains("mo") || s.contains("mth")
                || s.contains("yea") || s.contains("yr");
    }

    private static boolean mayNameChineseUnit(String s) {
        for (int i = 0; i < s.length(); i++) {
            switch (s.charAt(i)) {
                case '天', '日', '周', '期', '拜', '月', '年' -> {
                    return true;
                }
                default -> {
                }
            }
        }
        return false;
    }

    /** One ZH_DURATION match, or null when it is not a duration (3月 is March, 2027年 a year, 5日 a day). */
    private static LocalDate chineseDuration(Matcher m, LocalDate asOf) {
        String unitText = m.group(4);
        String suffix = m.group(5);
        boolean past = suffix != null && suffix.endsWith("前");
        if ((unitText.equals("月") && m.group(3) == null) || (unitText.equals("日") && (suffix == null || past))) {
            return null;
        }
        if (unitText.equals("年") && (suffix == null || isYear(m.group(1)))) {
            // 2027年 is a year and 2027年以后 after one; only a count of years is a duration
            return isCount(m.group(1)) ? chineseYears(m, asOf, past) : null;
        }
        if (tooManyDigits(m.group(1)) || tooManyDigits(m.group(2))) {
            return INVALID;
        }
        int from = zhNumber(m.group(1));
        int to = m.group(2) == null ? -1 : zhNumber(m.group(2));
        String n = m.group(1);
        if (from < 0 && to < 0 && n.length() == 2 && n.indexOf('十') < 0) {
            // 两三天, 三五天: two numerals in a row are a range.
            from = digit(n.charAt(0));
            to = digit(n.charAt(1));
            if (from <= 0 || to <= from) {
                return null;
            }
        }
        if (from < 0) {
            return null;
        }
        char unit = switch (unitText) {
            case "天", "日" -> 'd';
            case "月" -> 'm';
            case "年" -> 'y';
            default -> 'w';
        };
        return span(asOf, from, to, unit, past);
    }

    /** 三年后, 5年内: a count of years (below 100, or it would be a year such as 2027年). */
    private static LocalDate chineseYears(Matcher m, LocalDate asOf, boolean past) {
        int from = zhNumber(m.group(1));
        int to = m.group(2) == null ? -1 : zhNumber(m.group(2));
        return from < 0 ? null : span(asOf, from, to, 'y', past);
    }

    /** Whether a number before 年 counts years (a few digits or Chinese numerals) rather than naming one. */
    private static boolean isCount(String n) {
        return !Character.isDigit(n.charAt(0)) || n.length() <= 2;
    }

    /** A number that names a year rather than counting years: four digits from 1900 to 2199. */
    private static boolean isYear(String n) {
        return n.length() == 4 && Character.isDigit(n.charAt(0)) && (n.startsWith("19") || n.startsWith("20")
                || n.startsWith("21"));
    }

    /** More digits than any real count of days, weeks, months or years has ("10000天后", "123456天后"). */
    private static boolean tooManyDigits(String n) {
        return n != null && !n.isEmpty() && Character.isDigit(n.charAt(0)) && n.length() > MAX_COUNT_DIGITS;
    }

    /**
     * {@code asOf} moved by {@code from} units, or by the middle of {@code from}–{@code to} when {@code to >= 0};
     * {@link #INVALID} when a count or the day reached lies beyond {@link #MAX_YEARS}.
     */
    private static LocalDate span(LocalDate asOf, int from, int to, char unit, boolean past) {
        int limit = switch (unit) {
            case 'd' -> MAX_YEARS * 366;
            case 'w' -> MAX_YEARS * 53;
            case 'm' -> MAX_YEARS * 12;
            default -> MAX_YEARS;
        };
        if (from < 0 || from > limit || to > limit || (to >= 0 && to < from)) {
            return INVALID;
        }
        LocalDate a = plus(asOf, past ? -from : from, unit);
        if (to < 0) {
            return a;
        }
        LocalDate b = plus(asOf, past ? -to : to, unit);
        long sum = a.toEpochDay() + b.toEpochDay();
        return LocalDate.ofEpochDay(Math.floorDiv(sum + (past ? 0 : 1), 2));
    }

    private static LocalDate plus(LocalDate asOf, int n, char unit) {
        return switch (unit) {
            case 'd' -> asOf.plusDays(n);
            case 'w' -> asOf.plusWeeks(n);
            case 'm' -> asOf.plusMonths(n);
            default -> asOf.plusYears(n);
        };
    }

    private static int englishNumber(String word) {
        if (word.equals("a") || word.equals("an")) {
            return 1;
        }
        int i = EN_NUMBER_WORDS.indexOf(word);
        return i >= 0 ? i : Integer.parseInt(word);
    }

    /** Digits, Chinese numerals up to 99, 几 ("a few": 3), 十几 (15); -1 when unreadable. */
    private static int zhNumber(String text) {
        return switch (text) {
            case "几" -> 3;
            case "十几" -> 15;
            default -> chineseNumber(text);
        };
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

    // ---- words ----

    /** The meaning of the keywords found, or null when none says anything about time. */
    private static Result words(String s, KeywordTable.Hits hits, boolean digits, int week, LocalDate asOf) {
        int best = -1;
        int yearHit = -1;
        boolean looking = false;
        boolean noDate = false;
        for (int i = 0; i < hits.size(); i++) {
            Phrase p = PHRASES.value(hits.keyword(i));
            switch (p.kind) {
                case DAY, PERIOD, MONTH -> {
                    if (p.kind == Kind.MONTH && p.value == 5 && !mayIsAMonth(s, hits.start(i), hits.end(i), digits)) {
                        continue;
                    }
                    if (best < 0 || length(hits, i) > length(hits, best)) {
                        best = i;
                    }
                }
                case YEAR -> yearHit = yearHit < 0 || length(hits, i) > length(hits, yearHit) ? i : yearHit;
                case JUST_LOOKING -> looking = true;
                default -> noDate = true;
            }
        }
        int year = yearHit >= 0 ? asOf.getYear() + PHRASES.value(hits.keyword(yearHit)).value
                : digits ? explicitYear(s) : 0;
        if (best >= 0) {
            Phrase p = PHRASES.value(hits.keyword(best));
            LocalDate d = switch (p.kind) {
                case DAY -> p.onDay.apply(asOf);
                case PERIOD -> year != 0 ? p.inYear.apply(year) : nextOccurrence(p.inYear, asOf);
                default -> month(p.value, monthPart(s, hits.start(best)), year, asOf);
            };
            return d == null || d == INVALID ? null : new Result.OnDate(d);
        }
        if (week != PeriodNumbers.NONE) {
            IntFunction<LocalDate> inYear = y -> fridayOfWeek(y, week);
            LocalDate d = year != 0 ? inYear.apply(year) : nextOccurrence(inYear, asOf);
            return d == INVALID ? null : new Result.OnDate(d);
        }
        if (year != 0) {
            return new Result.OnDate(LocalDate.of(year, 12, 31));
        }
        if (looking) {
            return new Result.JustLooking();
        }
        return noDate || NO_DATE_CELLS.contains(s) ? new Result.NoDate() : null;
    }

    private static int length(KeywordTable.Hits hits, int i) {
        return hits.end(i) - hits.start(i);
    }

    private static int explicitYear(String s) {
        Matcher m = EXPLICIT_YEAR.matcher(s);
        return m.find() ? num(m, 1) : 0;
    }

    private static LocalDate nextOccurrence(IntFunction<LocalDate> inYear, LocalDate asOf) {
        LocalDate d = inYear.apply(asOf.getYear());
        return d.isBefore(asOf) ? inYear.apply(asOf.getYear() + 1) : d;
    }

    /** "May" is a month only with a date, alone, or after "in", "by", "early"…: "we may buy" names no month. */
    private static boolean mayIsAMonth(String s, int start, int end, boolean digits) {
        return digits || (start == 0 && end == s.length()) || monthPartWord(s, start) != null;
    }

    /** The day rule a word before a month name asks for ("early" 10th, "mid" 15th, else the last day). */
    private static int monthPart(String s, int start) {
        String word = monthPartWord(s, start);
        if (word == null) {
            return LAST_DAY;
        }
        return switch (word) {
            case "early", "beginning of", "start of" -> EARLY_DAY;
            case "mid", "middle of" -> MID_DAY;
            default -> LAST_DAY;
        };
    }

    private static final List<String> MONTH_PART_WORDS = List.of("early", "beginning of", "start of", "mid",
            "middle of", "end of", "late", "in", "by", "until", "before");

    private static String monthPartWord(String s, int start) {
        int end = start;
        while (end > 0 && (s.charAt(end - 1) == ' ' || s.charAt(end - 1) == '-')) {
            end--;
        }
        for (String w : MONTH_PART_WORDS) {
            int from = end - w.length();
            if (from >= 0 && s.startsWith(w, from) && (from == 0 || !Character.isLetter(s.charAt(from - 1)))) {
                return w;
            }
        }
        return null;
    }

    // ---- the phrase table ----

    private static KeywordTable<Phrase> buildPhrases() {
        Map<String, Phrase> m = new LinkedHashMap<>();
        day(m, d -> d, "today", "asap", "a.s.a.p", "urgent", "urgently", "immediate", "immediately", "right away",
                "right now", "as soon as possible", "今天", "今日", "尽快", "马上", "立即", "立刻", "急", "越快越好", "现在");
        day(m, d -> d.plusDays(1), "tomorrow", "tmrw", "明天", "明日");
        day(m, d -> d.plusDays(2), "day after tomorrow", "the day after tomorrow", "后天", "过两天", "这两天");
        day(m, d -> d.plusDays(3), "大后天", "few days", "过几天", "这几天");
        day(m, d -> d.plusDays(2), "couple of days", "couple days");
        day(m, d -> d.plusDays(7), "soon", "shortly", "very soon", "很快");
        day(m, d -> d.plusDays(14), "fortnight", "couple of weeks", "couple weeks", "近期", "最近", "近日",
                "near future", "near term");
        day(m, d -> d.plusDays(15), "half a month");
        day(m, d -> d.plusDays(21), "few weeks");
        day(m, d -> d.plusDays(30), "过段时间", "过一段时间", "过一阵", "过一阵子");
        day(m, d -> d.plusMonths(2), "couple of months", "couple months");
        day(m, d -> d.plusMonths(3), "few months");
        day(m, d -> d.plusMonths(6), "half a year", "half year");
        day(m, d -> d.minusDays(1), "yesterday", "昨天", "昨日");
        day(m, d -> d.minusDays(2), "day before yesterday", "the day before yesterday", "前天", "couple of days ago",
                "couple days ago");
        day(m, d -> d.minusDays(3), "few days ago");
        day(m, d -> d.minusDays(21), "few weeks ago");

        weeks(m);
        months(m);
        day(m, BuyingTimeParser::endOfQuarter, "this quarter", "end of quarter", "end of the quarter", "quarter end",
                "eoq", "本季度", "这个季度", "本季", "季度末", "季末");
        day(m, d -> endOfQuarter(d.plusMonths(3)), "next quarter", "下季度", "下个季度", "下季");
        day(m, d -> endOfQuarter(d.minusMonths(3)), "last quarter", "上季度", "上个季度");
        String[] zhNumbers = {"一", "二", "三", "四"};
        String[] ordinals = {"first", "second", "third", "fourth"};
        String[] shortOrdinals = {"1st", "2nd", "3rd", "4th"};
        for (int q = 1; q <= 4; q++) {
            int lastMonth = q * 3;
            IntFunction<LocalDate> quarter = y -> monthDay(y, lastMonth, LAST_DAY);
            period(m, quarter, "q" + q, ordinals[q - 1] + " quarter", shortOrdinals[q - 1] + " quarter",
                    zhNumbers[q - 1] + "季度", "第" + zhNumbers[q - 1] + "季度", q + "季度", "第" + q + "季度");
        }
        period(m, y -> LocalDate.of(y, 6, 30), "h1", "first half", "1st half", "上半年", "年中", "mid-year", "midyear");
        period(m, y -> LocalDate.of(y, 12, 31), "h2", "second half", "2nd half", "下半年", "年底", "年末", "end of year",
                "end of the year", "year end", "year-end", "eoy");
        period(m, y -> monthDay(y, 2, LAST_DAY), "年初", "beginning of the year", "start of the year",
                "early in the year");
        day(m, d -> LocalDate.of(d.getYear(), 12, 31), "年内", "within the year");
        year(m, 0, "this year", "this yr", "今年");
        year(m, 1, "next year", "next yr", "明年", "下一年", "not this year", "not until next year", "no plans this year",
                "no plan this year", "今年不考虑", "今年不买", "今年没计划", "今年没有计划");
        year(m, 2, "year after next", "the year after next", "后年");
        year(m, -1, "last year", "last yr", "去年");
        for (Map.Entry<String, Integer> y : Map.of("今年", 0, "明年", 1, "后年", 2).entrySet()) {
            int offset = y.getValue();
            day(m, d -> monthDay(d.getYear() + offset, 2, LAST_DAY), y.getKey() + "初");
            day(m, d -> LocalDate.of(d.getYear() + offset, 6, 30), y.getKey() + "中");
            day(m, d -> LocalDate.of(d.getYear() + offset, 12, 31), y.getKey() + "底", y.getKey() + "末");
        }
        for (Map.Entry<String, Integer> y : Map.of("this year", 0, "next year", 1).entrySet()) {
            int offset = y.getValue();
            String t = y.getKey();
            day(m, d -> monthDay(d.getYear() + offset, 2, LAST_DAY), "early " + t, "beginning of " + t,
                    "start of " + t);
            day(m, d -> LocalDate.of(d.getYear() + offset, 6, 30), "mid " + t, "mid-" + t, "middle of " + t);
            day(m, d -> LocalDate.of(d.getYear() + offset, 12, 31), "end of " + t, "late " + t);
        }
        String[][] monthNames = {{"january", "jan"}, {"february", "feb"}, {"march", "mar"}, {"april", "apr"},
            {"may"}, {"june", "jun"}, {"july", "jul"}, {"august", "aug"}, {"september", "sept", "sep"},
            {"october", "oct"}, {"november", "nov"}, {"december", "dec"}};
        for (int i = 0; i < 12; i++) {
            for (String name : monthNames[i]) {
                m.putIfAbsent(name, new Phrase(Kind.MONTH, i + 1, null, null));
            }
        }
        holidays(m);

        kind(m, Kind.JUST_LOOKING, "just looking", "browsing", "no plan", "no plans", "not sure", "unsure", "someday",
                "some day", "no timeline", "随便看看", "看看", "暂无计划", "没有计划", "无计划", "不确定", "以后再说", "再说");
        // Said to deny urgency: longer than the urgent word they contain, so they win and name no date.
        kind(m, Kind.NO_DATE, "not urgent", "no rush", "no hurry", "not in a hurry", "not in a rush", "not soon",
                "not anytime soon", "not now", "不急", "不着急", "tbd", "tba", "unknown", "none", "n/a", "待定", "未定",
                "不清楚", "不知道", "未知");
        return new KeywordTable<>(m);
    }

    /** This, next and last week, their weekdays and weekends, in English and Chinese. */
    private static void weeks(Map<String, Phrase> m) {
        day(m, BuyingTimeParser::fridayOfWeek, "this week", "this wk", "end of week", "end of the week", "eow",
                "本周", "这周", "这个星期", "本星期", "这礼拜", "这个礼拜", "周内");
        day(m, d -> d.plusWeeks(1).with(DayOfWeek.FRIDAY), "next week", "next wk", "下周", "下星期", "下个星期",
                "下礼拜", "下个礼拜");
        day(m, d -> d.plusWeeks(2).with(DayOfWeek.FRIDAY), "week after next", "the week after next", "下下周",
                "下下星期", "下下个星期", "下下礼拜", "下下个礼拜");
        day(m, d -> d.minusWeeks(1).with(DayOfWeek.FRIDAY), "last week", "上周", "上星期", "上个星期", "上礼拜",
                "上个礼拜");
        day(m, d -> notBefore(d.with(DayOfWeek.SATURDAY), d), "weekend", "this weekend", "the weekend", "周末",
                "这周末", "本周末", "这个周末");
        day(m, d -> d.plusWeeks(1).with(DayOfWeek.SATURDAY), "next weekend", "下周末", "下个周末");
        day(m, d -> d.minusWeeks(1).with(DayOfWeek.SATURDAY), "last weekend", "上周末", "上个周末");

        String[][] english = {{"monday", "mon"}, {"tuesday", "tue", "tues"}, {"wednesday", "wed"},
            {"thursday", "thu", "thur", "thurs"}, {"friday", "fri"}, {"saturday"}, {"sunday"}};
        String[][] chinese = {{"一"}, {"二"}, {"三"}, {"四"}, {"五"}, {"六"}, {"日", "天"}};
        Map<String, Integer> zhWeeks = new LinkedHashMap<>();
        for (String unit : new String[] {"周", "星期", "礼拜"}) {
            zhWeeks.put(unit, null);
            for (String p : new String[] {"这", "本", "这个"}) {
                zhWeeks.put(p + unit, 0);
            }
            for (String p : new String[] {"下", "下个"}) {
                zhWeeks.put(p + unit, 1);
            }
            for (String p : new String[] {"下下", "下下个"}) {
                zhWeeks.put(p + unit, 2);
            }
            for (String p : new String[] {"上", "上个"}) {
                zhWeeks.put(p + unit, -1);
            }
        }
        for (int i = 0; i < 7; i++) {
            DayOfWeek dow = DayOfWeek.of(i + 1);
            UnaryOperator<LocalDate> coming = d -> d.with(TemporalAdjusters.nextOrSame(dow));
            for (String n : english[i]) {
                day(m, coming, n, "this " + n, "coming " + n, "this coming " + n, "by " + n);
                day(m, d -> d.plusWeeks(1).with(dow), "next " + n, n + " next week");
                day(m, d -> d.with(dow), n + " this week");
                day(m, d -> d.with(TemporalAdjusters.previous(dow)), "last " + n);
            }
            for (Map.Entry<String, Integer> w : zhWeeks.entrySet()) {
                Integer weeks = w.getValue();
                for (String n : chinese[i]) {
                    day(m, weeks == null ? coming : d -> d.plusWeeks(weeks).with(dow), w.getKey() + n);
                }
            }
        }
    }

    /** This, next, last month and the month after next, whole or early (10th), mid (15th) or end. */
    private static void months(Map<String, Phrase> m) {
        day(m, d -> d.with(TemporalAdjusters.lastDayOfMonth()), "end of month", "end of the month", "month end",
                "month-end", "eom", "月底", "月末", "月内", "下旬");
        day(m, d -> notPassed(d, EARLY_DAY), "月初", "上旬", "beginning of the month", "start of the month");
        day(m, d -> notPassed(d, MID_DAY), "月中", "中旬", "mid-month", "mid month", "middle of the month");
        Map<String, Integer> english = new LinkedHashMap<>();
        english.put("this month", 0);
        english.put("next month", 1);
        english.put("the month after next", 2);
        english.put("month after next", 2);
        english.put("last month", -1);
        Map<String, Integer> chinese = new LinkedHashMap<>();
        for (String p : new String[] {"本月", "这个月", "这月"}) {
            chinese.put(p, 0);
        }
        for (String p : new String[] {"下个月", "下月"}) {
            chinese.put(p, 1);
        }
        for (String p : new String[] {"下下个月", "下下月"}) {
            chinese.put(p, 2);
        }
        for (String p : new String[] {"上个月", "上月"}) {
            chinese.put(p, -1);
        }
        for (Map.Entry<String, Integer> e : english.entrySet()) {
            int offset = e.getValue();
            String t = e.getKey();
            day(m, d -> partOfMonth(d, offset, LAST_DAY), t, "end of " + t, "late " + t);
            day(m, d -> partOfMonth(d, offset, EARLY_DAY), "early " + t, "beginning of " + t, "start of " + t);
            day(m, d -> partOfMonth(d, offset, MID_DAY), "mid " + t, "mid-" + t, "middle of " + t);
        }
        for (Map.Entry<String, Integer> e : chinese.entrySet()) {
            int offset = e.getValue();
            String t = e.getKey();
            day(m, d -> partOfMonth(d, offset, LAST_DAY), t, t + "底", t + "末", t + "下旬");
            day(m, d -> partOfMonth(d, offset, EARLY_DAY), t + "初", t + "上旬");
            day(m, d -> partOfMonth(d, offset, MID_DAY), t + "中", t + "中旬");
        }
    }

    /** Chinese New Year and National Day. */
    private static void holidays(Map<String, Phrase> m) {
        day(m, d -> springFestival(d, -1), "年前", "过年前", "春节前", "春节以前", "春节之前", "节前", "before cny",
                "before chinese new year", "before the chinese new year", "before spring festival",
                "before the spring festival");
        day(m, d -> springFestival(d, LANTERN_FESTIVAL_DAYS), "年后", "过年后", "过完年", "年过完", "春节后", "春节以后",
                "春节之后", "节后", "元宵后", "元宵节后", "after cny", "after chinese new year",
                "after the chinese new year", "after spring festival", "after the spring festival");
        day(m, d -> notBefore(LocalDate.of(d.getYear(), 9, 30), d, LocalDate.of(d.getYear() + 1, 9, 30)), "国庆前",
                "国庆节前");
        day(m, d -> notBefore(LocalDate.of(d.getYear(), 10, 8), d, LocalDate.of(d.getYear() + 1, 10, 8)), "国庆后",
                "国庆节后");
    }

    /** The first Spring Festival moved by {@code days} that is not before {@code asOf}; null outside the table. */
    private static LocalDate springFestival(LocalDate asOf, int days) {
        for (LocalDate festival : SPRING_FESTIVALS) {
            LocalDate d = festival.plusDays(days);
            if (!d.isBefore(asOf)) {
                return d;
            }
        }
        return null;
    }

    private static void day(Map<String, Phrase> m, UnaryOperator<LocalDate> resolve, String... texts) {
        for (String t : texts) {
            m.putIfAbsent(t, new Phrase(Kind.DAY, 0, resolve, null));
        }
    }

    private static void period(Map<String, Phrase> m, IntFunction<LocalDate> inYear, String... texts) {
        for (String t : texts) {
            m.putIfAbsent(t, new Phrase(Kind.PERIOD, 0, null, inYear));
        }
    }

    private static void year(Map<String, Phrase> m, int offset, String... texts) {
        for (String t : texts) {
            m.putIfAbsent(t, new Phrase(Kind.YEAR, offset, null, null));
        }
    }

    private static void kind(Map<String, Phrase> m, Kind kind, String... texts) {
        for (String t : texts) {
            m.putIfAbsent(t, new Phrase(kind, 0, null, null));
        }
    }

    /** The Friday of ISO week {@code week} of {@code year}, or {@link #INVALID} when that year has no such week. */
    private static LocalDate fridayOfWeek(int year, int week) {
        LocalDate mid = LocalDate.of(year, 6, 1);
        if (week > mid.range(IsoFields.WEEK_OF_WEEK_BASED_YEAR).getMaximum()) {
            return INVALID;
        }
        return mid.with(IsoFields.WEEK_OF_WEEK_BASED_YEAR, week).with(DayOfWeek.FRIDAY);
    }

    private static LocalDate fridayOfWeek(LocalDate d) {
        return notBefore(d.with(DayOfWeek.FRIDAY), d);
    }

    private static LocalDate notBefore(LocalDate day, LocalDate asOf) {
        return day.isBefore(asOf) ? asOf : day;
    }

    private static LocalDate notBefore(LocalDate day, LocalDate asOf, LocalDate otherwise) {
        return day.isBefore(asOf) ? otherwise : day;
    }

    /** The {@code rule} day of the month {@code offset} months from {@code d}'s. */
    private static LocalDate partOfMonth(LocalDate d, int offset, int rule) {
        LocalDate month = d.plusMonths(offset);
        return monthDay(month.getYear(), month.getMonthValue(), rule);
    }

    /** The {@code day} of this month, or of next month once it has passed. */
    private static LocalDate notPassed(LocalDate d, int day) {
        LocalDate here = d.withDayOfMonth(day);
        return here.isBefore(d) ? here.plusMonths(1) : here;
    }

    private static LocalDate endOfQuarter(LocalDate d) {
        LocalDate firstOfQuarter = d.with(IsoFields.DAY_OF_QUARTER, 1);
        return firstOfQuarter.plusMonths(2).with(TemporalAdjusters.lastDayOfMonth());
    }
}
