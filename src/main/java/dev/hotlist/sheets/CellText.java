package dev.hotlist.sheets;

import java.math.BigDecimal;
import java.math.MathContext;
import java.time.LocalDate;
import org.apache.poi.ss.usermodel.DateUtil;

/** Turns raw cell content into the text a lead keeps: trimmed, without control characters, bounded. */
final class CellText {
    /** Excel's own limit for one cell; longer text (CSV, hostile files) is cut here. */
    static final int MAX_LENGTH = 32_767;
    private static final MathContext EXCEL_PRECISION = new MathContext(15);

    private CellText() {
    }

    /** Trims (also no-break and ideographic spaces), drops control characters except tab and line breaks, and cuts
     * to {@link #MAX_LENGTH}. Returns the same string when nothing needs changing, which is the common case. */
    static String clean(String s) {
        if (s == null) {
            return "";
        }
        int start = 0;
        int end = s.length();
        while (start < end && isSpace(s.charAt(start))) {
            start++;
        }
        while (end > start && isSpace(s.charAt(end - 1))) {
            end--;
        }
        boolean controls = false;
        for (int i = start; i < end; i++) {
            if (isControl(s.charAt(i))) {
                controls = true;
                break;
            }
        }
        if (!controls && end - start <= MAX_LENGTH) {
            return start == 0 && end == s.length() ? s : s.substring(start, end);
        }
        StringBuilder sb = new StringBuilder(Math.min(end - start, MAX_LENGTH));
        for (int i = start; i < end && sb.length() < MAX_LENGTH; i++) {
            char c = s.charAt(i);
            if (!isControl(c)) {
                sb.append(c);
            }
        }
        if (sb.length() == MAX_LENGTH && Character.isHighSurrogate(sb.charAt(MAX_LENGTH - 1))) {
            sb.setLength(MAX_LENGTH - 1);
        }
        return sb.toString().strip();
    }

    private static boolean isSpace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\u00a0' || c == '\u3000' || c == '\ufeff'
                || c == '\u200b' || (c > 0x7f && Character.isWhitespace(c));
    }

    private static boolean isControl(char c) {
        return (c < 0x20 && c != '\t' && c != '\n' && c != '\r') || c == 0x7f;
    }

    /**
     * A number as Excel shows it in General format, without exponent or trailing ".0", so phone numbers keep all
     * their digits: "13812345678", "1.3812345678E10" and "13812345678.0" all give "13812345678"; binary noise
     * such as "0.30000000000000004" is rounded to Excel's 15 significant digits.
     */
    static String plainNumber(String raw) {
        int n = raw.length();
        boolean simple = n <= 16;
        int dot = -1;
        for (int i = 0; i < n && simple; i++) {
            char c = raw.charAt(i);
            if (c == '.') {
                dot = i;
            } else if (!(c >= '0' && c <= '9') && !(c == '-' && i == 0)) {
                simple = false;
            }
        }
        if (simple) {
            if (dot < 0) {
                return raw.equals("-0") ? "0" : raw;
            }
            int end = n;
            while (end > dot + 1 && raw.charAt(end - 1) == '0') {
                end--;
            }
            if (end == dot + 1) {
                end = dot;
            }
            String s = raw.substring(0, end);
            return s.isEmpty() || s.equals("-") || s.equals("-0") ? "0" : s;
        }
        try {
            BigDecimal d = new BigDecimal(raw.strip()).round(EXCEL_PRECISION).stripTrailingZeros();
            return d.signum() == 0 ? "0" : d.toPlainString();
        } catch (NumberFormatException e) {
            return clean(raw);
        }
    }

    /** The plain text of a double read by a usermodel API (.xls). */
    static String plainNumber(double v) {
        if (v == Math.rint(v) && Math.abs(v) < 1e15) {
            return Long.toString((long) v);
        }
        return plainNumber(Double.toString(v));
    }

    /** The day of an Excel serial date, or null when the number is no valid date. */
    static LocalDate excelDate(double serial, boolean date1904) {
        if (!DateUtil.isValidExcelDate(serial)) {
            return null;
        }
        var dateTime = DateUtil.getLocalDateTime(serial, date1904);
        return dateTime == null ? null : dateTime.toLocalDate();
    }

    /** Excel escapes control characters as _xHHHH_; decode them (rare, so check first). */
    static String decodeEscapes(CharSequence s) {
        String text = s.toString();
        if (text.indexOf("_x") < 0) {
            return text;
        }
        StringBuilder sb = new StringBuilder(text.length());
        int i = 0;
        while (i < text.length()) {
            if (i + 7 <= text.length() && text.charAt(i) == '_' && text.charAt(i + 1) == 'x'
                    && text.charAt(i + 6) == '_' && isHex(text, i + 2, i + 6)) {
                sb.append((char) Integer.parseInt(text.substring(i + 2, i + 6), 16));
                i += 7;
            } else {
                sb.append(text.charAt(i++));
            }
        }
        return sb.toString();
    }

    private static boolean isHex(String s, int from, int to) {
        for (int i = from; i < to; i++) {
            if (Character.digit(s.charAt(i), 16) < 0) {
                return false;
            }
        }
        return true;
    }
}
