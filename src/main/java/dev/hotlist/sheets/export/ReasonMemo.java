package dev.hotlist.sheets.export;

import dev.hotlist.domain.Reason;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/**
 * A reason's words, worked out once per distinct reason of an export: a list's leads share most of their reasons
 * ("+35 timing: buys tomorrow"), and wording one builds a {@code MessageFormat}, which was a tenth of a 100,000-lead
 * export's profile. Bounded, so reasons that quote each lead's own text cost memory only up to {@link #MAX}.
 */
final class ReasonMemo implements Function<Reason, String> {
    static final int MAX = 20_000;
    private final Function<Reason, String> words;
    private final Map<Reason, String> known = new ConcurrentHashMap<>();

    private ReasonMemo(Function<Reason, String> words) {
        this.words = words;
    }

    static Function<Reason, String> of(Function<Reason, String> words) {
        return words instanceof ReasonMemo ? words : new ReasonMemo(words);
    }

    @Override
    public String apply(Reason reason) {
        String text = known.get(reason);
        if (text == null) {
            text = words.apply(reason);
            if (known.size() < MAX) {
                known.put(reason, text);
            }
        }
        return text;
    }
}
