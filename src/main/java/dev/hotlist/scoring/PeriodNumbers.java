package dev.hotlist.scoring;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Numbered periods in a buying-time text: quarters ("Q3", "3rd quarter", 第三季度) and weeks of the year (第5周,
 * "week 12", "CW 12", "2027-W05"). A number no calendar has (quarter 0 or 5, week 0 or 54) makes the whole text
 * unreadable, whatever year it also names: "Q9 2026" must not pass for "some time in 2026".
 */
final class PeriodNumbers {
    /** No number found. */
    static final int NONE = 0;
    /** A number no calendar has. */
    static final int IMPOSSIBLE = -1;
    static final int MAX_WEEK = 53;

    private static final String ZH_NUMERAL = "\\d+|[零〇一二三四五六七八九十]+";
    private static final Pattern QUARTER = Pattern.compile("(?<![a-z0-9])q(\\d+)(?!\\d)"
            + "|(?<![\\w.])(\\d+)(?:st|nd|rd|th)\\s+quarter\\b|\\bquarter\\s+(\\d{1,2})(?!\\d)"
            + "|(?<!\\d)(" + ZH_NUMERAL + ")\\s*季度");
    private static final Pattern WEEK = Pattern.compile("第\\s*(" + ZH_NUMERAL + ")\\s*个?\\s*(?:周|星期|礼拜)"
            + "|(?<![a-z])(?:week|wk|cw|kw)\\s*#?\\s*(\\d+)(?!\\d)|(?<!\\d)\\d{4}\\s*-?\\s*w(\\d+)(?!\\d)");

    private PeriodNumbers() {
    }

    /** Whether {@code s} (normalised, lower case) numbers a quarter no year has. */
    static boolean impossibleQuarter(String s) {
        if (s.indexOf('q') < 0 && s.indexOf('季') < 0) {
            return false;
        }
        Matcher m = QUARTER.matcher(s);
        while (m.find()) {
            int q = number(firstGroup(m));
            if (q < 1 || q > 4) {
                return true;
            }
        }
        return false;
    }

    /** The week of the year {@code s} names (1–53), {@link #NONE}, or {@link #IMPOSSIBLE}. */
    static int week(String s) {
        if (s.indexOf('第') < 0 && s.indexOf('w') < 0 && s.indexOf('k') < 0) {
            return NONE;
        }
        Matcher m = WEEK.matcher(s);
        if (!m.find()) {
            return NONE;
        }
        int week = number(firstGroup(m));
        return week >= 1 && week <= MAX_WEEK ? week : IMPOSSIBLE;
    }

    private static String firstGroup(Matcher m) {
        for (int g = 1; g <= m.groupCount(); g++) {
            if (m.group(g) != null) {
                return m.group(g);
            }
        }
        return "";
    }

    /** Digits (at most four) or Chinese numerals up to 99; -1 when neither. */
    private static int number(String n) {
        if (!n.isEmpty() && Character.isDigit(n.charAt(0))) {
            return n.length() > 4 ? -1 : Integer.parseInt(n);
        }
        return n.equals("零") || n.equals("〇") ? 0 : BuyingTimeParser.chineseNumber(n);
    }
}
