package dev.hotlist.domain;

import java.util.List;
import java.util.Objects;

/**
 * One factor that moved a score, with its signed points. The words are not stored here but named by a
 * message key (with arguments) so the scoring layer can say it in English or Chinese.
 *
 * @param part   which score it moved
 * @param points signed points it added to that score
 * @param key    message key, e.g. {@code timing.tomorrow}
 * @param args   message arguments (strings, numbers, dates)
 */
public record Reason(Part part, int points, String key, List<Object> args) {
    /** The score a reason belongs to. */
    public enum Part { NEED, TIMING }

    public Reason {
        Objects.requireNonNull(part, "part");
        Objects.requireNonNull(key, "key");
        args = List.copyOf(args);
    }

    public static Reason need(int points, String key, Object... args) {
        return new Reason(Part.NEED, points, key, List.of(args));
    }

    public static Reason timing(int points, String key, Object... args) {
        return new Reason(Part.TIMING, points, key, List.of(args));
    }
}
