package dev.hotlist.domain;

/** The four call-list tiers, from the two scores. Declared best first: ordinal order is rank order. */
public enum Tier {
    /** Hungry and soon: call today. */
    HOT,
    /** Hungry, but their moment is later: book the call near their date. */
    SCHEDULE,
    /** Their moment is soon but the need is unclear: find out fast. */
    QUALIFY,
    /** Neither: watching fishing on TV. */
    NURTURE;

    /** Parses a tier name case-insensitively, e.g. {@code "hot"}. */
    public static Tier parse(String text) {
        return valueOf(text.trim().toUpperCase(java.util.Locale.ROOT));
    }
}
