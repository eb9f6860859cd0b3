package dev.hotlist.sheets;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * What a cell's text is, judged by its shape alone: a flag (Yes/No, true/false, 1/0, 是/否), an email address, a
 * phone number, a date, an amount or plain text; and placeholders ("Select", "--", "N/A", 未填写) that stand for a
 * blank. {@link ColumnChecks} reads a column's sample through these to confirm or reject what its header proposes.
 */
final class CellValues {
    /** The shapes a value can have, from the most specific. */
    enum Shape { FLAG, EMAIL, PHONE, DATE, NUMBER, TEXT }

    private static final Set<String> TRUE = Set.of("yes", "y", "true", "t", "1", "x", "是", "有", "✓", "✔", "checked",
            "on", "1.0");
    private static final Set<String> FALSE = Set.of("no", "n", "false", "f", "0", "否", "无", "没有", "unchecked", "off",
            "0.0");
    /** Compared ignoring case, without allocating (every short cell is asked); dash runs are checked apart. */
    private static final String[] PLACEHOLDERS = {"select", "--select--", "-select-", "please select",
            "select one", "n/a", "#n/a", "null", "(null)", "nil", "undefined", "(blank)", "未填写", "请选择", "暂无",
            "unknown", "未知", "不详", "--请选择--"};
    /** A run of dashes or underscores up to this long stands for a blank; longer, it is drawn text. */
    private static final int LONGEST_DASH_RUN = 12;
    /** No placeholder is longer: every longer cell is turned away by its length alone. */
    private static final int LONGEST_PLACEHOLDER = Math.max(LONGEST_DASH_RUN, longestOf(PLACEHOLDERS));
    /** Bit n set: some placeholder has n characters. With {@link #PLACEHOLDER_FIRSTS}, turns most cells away at once. */
    private static final int PLACEHOLDER_LENGTHS = lengthsOf(PLACEHOLDERS);
    /** The first characters of the placeholders, lower case. */
    private static final String PLACEHOLDER_FIRSTS = firstsOf(PLACEHOLDERS);
    private static final Pattern SEPARATORS = Pattern.compile("\\s*(?:[,;\\n\\r]|:::)\\s*");

    private CellValues() {
    }

    /**
     * A value that only fills the cell: "Select" left from a web form, "--", "N/A", "null", 未填写, 请选择. Cheap on
     * the common case (any text longer than the longest placeholder), since every cell of every row is asked.
     */
    static boolean isPlaceholder(String text) {
        int n = text.length();
        if (n == 0 || n > LONGEST_PLACEHOLDER) {
            return false;
        }
        char first = text.charAt(0);
        if (first == '-' || first == '—' || first == '_') {
            for (int i = 0; i < n; i++) {
                char c = text.charAt(i);
                if (c != '-' && c != '—' && c != '_') {
                    return isListed(text);
                }
            }
            return n <= LONGEST_DASH_RUN;
        }
        return isListed(text);
    }

    private static boolean isListed(String text) {
        if ((PLACEHOLDER_LENGTHS & (1 << text.length())) == 0
                || PLACEHOLDER_FIRSTS.indexOf(Character.toLowerCase(text.charAt(0))) < 0) {
            return false;
        }
        for (String p : PLACEHOLDERS) {
            if (p.length() == text.length() && p.equalsIgnoreCase(text)) {
                return true;
            }
        }
        return false;
    }

    private static int longestOf(String[] words) {
        int longest = 0;
        for (String w : words) {
            longest = Math.max(longest, w.length());
        }
        return longest;
    }

    private static int lengthsOf(String[] words) {
        int bits = 0;
        for (String w : words) {
            bits |= 1 << w.length();
        }
        return bits;
    }

    private static String firstsOf(String[] words) {
        StringBuilder firsts = new StringBuilder();
        for (String w : words) {
            char first = Character.toLowerCase(w.charAt(0));
            if (firsts.indexOf(String.valueOf(first)) < 0) {
                firsts.append(first);
            }
        }
        return firsts.toString();
    }

    /** TRUE or FALSE for a flag value; null for anything else. */
    static Boolean flag(String text) {
        if (text.length() > 9) {
            return null;
        }
        String t = text.strip().toLowerCase(Locale.ROOT);
        if (TRUE.contains(t)) {
            return Boolean.TRUE;
        }
        return FALSE.contains(t) ? Boolean.FALSE : null;
    }

    static Shape shape(String text) {
        if (flag(text) != null) {
            return Shape.FLAG;
        }
        if (isEmail(text) || several(text, true) != null) {
            return Shape.EMAIL;
        }
        if (isDate(text)) {
            return Shape.DATE;
        }
        if (isPhone(text) || several(text, false) != null) {
            return Shape.PHONE;
        }
        if (isNumber(text)) {
            return Shape.NUMBER;
        }
        // "#1001", "No. 12-3": an order or row number, not words
        return text.codePoints().anyMatch(Character::isLetter) ? Shape.TEXT : Shape.NUMBER;
    }

    /**
     * A cell holding several addresses ({@code emails}) or numbers, as exports write a person's second one into the
     * same cell: "a@x.se, b@x.se" (Pipedrive), "+34 600 123 456 ::: +34 600 123 457" (Google), one a line. Returns
     * the first value and the others joined by ", "; null when the cell is one value or any part is not an address
     * (a number), so "555-0100, ext. 12" stays whole.
     */
    static String[] several(String text, boolean emails) {
        if (text.indexOf(',') < 0 && text.indexOf(';') < 0 && text.indexOf('\n') < 0 && !text.contains(":::")) {
            return null;
        }
        String[] parts = SEPARATORS.split(text.strip());
        if (parts.length < 2) {
            return null;
        }
        for (String part : parts) {
            if (emails ? !isEmail(part) : !isPhone(part)) {
                return null;
            }
        }
        return new String[] {parts[0], String.join(", ", java.util.Arrays.asList(parts).subList(1, parts.length))};
    }

    /** The person's own value of an email or phone cell: the first of {@link #several}, else the cell. */
    static String first(String text, boolean emails) {
        String[] parts = several(text, emails);
        return parts == null ? text : parts[0];
    }

    /** One address with a local part, an @ and a dotted domain, and no spaces: "ann.lee@acme.co.uk". */
    static boolean isEmail(String text) {
        int at = text.indexOf('@');
        if (at <= 0 || at != text.lastIndexOf('@') || at == text.length() - 1) {
            return false;
        }
        int dot = text.indexOf('.', at + 2);
        if (dot < 0 || dot == text.length() - 1) {
            return false;
        }
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isWhitespace(c) || c == ',' || c == ';' || c == '<' || c == '>') {
                return false;
            }
        }
        return true;
    }

    /**
     * A number to dial: 7 to 20 digits with only the punctuation people write phones with (+ - ( ) . / spaces, an
     * extension), and no more than three digits in a row before a separator that would make it a money amount.
     * Invisible format marks (direction marks and isolates that right-to-left systems put around numbers, zero-width
     * spaces) are not punctuation: they are passed over.
     */
    static boolean isPhone(String text) {
        int digits = 0;
        int letters = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c >= '0' && c <= '9' || c >= '０' && c <= '９') {
                digits++;
            } else if (Character.isLetter(c)) {
                letters++;
            } else if ("+-()./ \u00a0–#*".indexOf(c) < 0 && Character.getType(c) != Character.FORMAT) {
                return false;
            }
        }
        if (digits < 7 || digits > 20) {
            return false;
        }
        if (letters == 0) {
            return true;
        }
        String lower = text.toLowerCase(Locale.ROOT);
        return letters <= 3 && (lower.contains("ext") || lower.contains("x"));
    }

    /**
     * A date as exports write one: ISO (2026-11-24, with a time), slashed or dotted (11/24/2026, 24.11.2026,
     * 2026/11/24), or Chinese (2026年11月24日).
     */
    static boolean isDate(String text) {
        int n = text.length();
        if (n < 6 || n > 30) {
            return false;
        }
        if (text.indexOf('年') > 0 && text.indexOf('月') > 0) {
            return Character.isDigit(text.charAt(0));
        }
        int groups = 0;
        int digitsInGroup = 0;
        char separator = 0;
        int i = 0;
        for (; i < n; i++) {
            char c = text.charAt(i);
            if (c >= '0' && c <= '9') {
                digitsInGroup++;
                if (digitsInGroup > 4) {
                    return false;
                }
            } else if (c == '-' || c == '/' || c == '.') {
                if (digitsInGroup == 0 || separator != 0 && c != separator) {
                    return false;
                }
                separator = c;
                groups++;
                digitsInGroup = 0;
            } else {
                break;
            }
        }
        if (digitsInGroup == 0 || groups != 2) {
            return false;
        }
        // what follows the date may only be a time
        return i == n || text.charAt(i) == ' ' || text.charAt(i) == 'T';
    }

    /** An amount or count: digits with grouping, a decimal part, a sign, a currency or a percent. */
    static boolean isNumber(String text) {
        int digits = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c >= '0' && c <= '9') {
                digits++;
            } else if (",.+- \u00a0%$€£¥￥'".indexOf(c) < 0 && !(i == text.length() - 1 && c == '元')) {
                return false;
            }
        }
        return digits > 0;
    }
}
