package dev.hotlist.scoring.learning;

import java.util.Objects;

/**
 * One value a column can take for the learned need: a categorical value, a number range, blank, or "other" (the
 * values too rare to learn from on their own).
 *
 * @param kind what the bin is
 * @param key  the folded value of a {@link Kind#VALUE}; "" otherwise
 * @param text the value as the sheet wrote it (the first spelling met), for the reasons; "" otherwise
 * @param lo   a {@link Kind#RANGE}'s lower bound, inclusive; -infinity for the first range
 * @param hi   a {@link Kind#RANGE}'s upper bound, exclusive; +infinity for the last range
 */
public record Bin(Kind kind, String key, String text, double lo, double hi) {
    public enum Kind { VALUE, RANGE, BLANK, OTHER }

    public Bin {
        Objects.requireNonNull(kind, "kind");
        key = key == null ? "" : key;
        text = text == null ? "" : text;
    }

    static Bin value(String key, String text) {
        return new Bin(Kind.VALUE, key, text, Double.NaN, Double.NaN);
    }

    static Bin range(double lo, double hi) {
        return new Bin(Kind.RANGE, "", "", lo, hi);
    }

    static Bin blank() {
        return new Bin(Kind.BLANK, "", "", Double.NaN, Double.NaN);
    }

    static Bin other() {
        return new Bin(Kind.OTHER, "", "", Double.NaN, Double.NaN);
    }

    boolean contains(double v) {
        return v >= lo && v < hi;
    }
}
