package dev.hotlist.scoring;

import java.util.OptionalDouble;

/**
 * Numeric need levels ("4", "8", "80") only mean something on their column's scale: 4 is high on 1–5 and low on
 * 1–10. The importer feeds each column's bare numbers here and stores the inferred scale with every lead.
 */
public final class NeedScale {
    private NeedScale() {
    }

    /** The value of a need cell that is a bare number ("4", "4.0", " 8 "); empty otherwise. */
    public static OptionalDouble bareNumber(String text) {
        if (text == null) {
            return OptionalDouble.empty();
        }
        String s = text.strip();
        if (s.isEmpty() || s.length() > 12) {
            return OptionalDouble.empty();
        }
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (!(c >= '0' && c <= '9') && c != '.') {
                return OptionalDouble.empty();
            }
        }
        try {
            double v = Double.parseDouble(s);
            return v >= 0 ? OptionalDouble.of(v) : OptionalDouble.empty();
        } catch (NumberFormatException e) {
            return OptionalDouble.empty();
        }
    }

    /**
     * The scale a column of bare numbers is on, from the largest value seen: at most 1 is a fraction (scale 1),
     * at most 5 a 1–5 scale, at most 10 a 1–10 scale, otherwise percent (100).
     */
    public static int infer(double maxSeen) {
        if (maxSeen <= 1) {
            return 1;
        }
        if (maxSeen <= 5) {
            return 5;
        }
        return maxSeen <= 10 ? 10 : 100;
    }
}
