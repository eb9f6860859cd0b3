package dev.hotlist.scoring.learning;

import java.util.Locale;
import java.util.Set;

/**
 * How a cell's text counts as a value for learning: placeholders ("Select", "--", "N/A", 未填写) are blank, case
 * and runs of spaces do not make two values, and numbers are read with their thousands separators, currency
 * signs and percent signs.
 */
final class CellValues {
    private static final Set<String> PLACEHOLDERS = Set.of("select", "-", "--", "---", "n/a", "na", "#n/a", "null",
            "nil", "(blank)", "(none)", "please select", "-- select --", "未填写", "请选择", "无数据", "空");

    private CellValues() {
    }

    /** The value's key: "" for blank or a placeholder, else the text folded (trimmed, one space, lower case). */
    static String key(String raw) {
        if (raw == null || raw.isBlank()) {
            return "";
        }
        String s = raw.strip();
        StringBuilder out = new StringBuilder(s.length());
        boolean space = false;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (Character.isWhitespace(c)) {
                space = true;
                continue;
            }
            if (space) {
                out.append(' ');
                space = false;
            }
            out.append(c);
        }
        String key = out.toString().toLowerCase(Locale.ROOT);
        return PLACEHOLDERS.contains(key) ? "" : key;
    }

    /** The number a (non-blank) cell holds, or NaN: "1,200", "¥50,000", "35%", "2.5" all read. */
    static double number(String raw) {
        String s = raw.strip();
        StringBuilder digits = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c >= '0' && c <= '9' || c == '.' || c == '-' || c == 'e' || c == 'E' || c == '+') {
                digits.append(c);
            } else if (c == ',' || c == ' ' || c == '%' || c == '$' || c == '¥' || c == '€' || c == '£' || c == '￥') {
                // separators and signs around a number
            } else {
                return Double.NaN;
            }
        }
        if (digits.isEmpty()) {
            return Double.NaN;
        }
        try {
            double v = Double.parseDouble(digits.toString());
            return Double.isFinite(v) ? v : Double.NaN;
        } catch (NumberFormatException e) {
            return Double.NaN;
        }
    }
}
