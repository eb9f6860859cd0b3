package dev.hotlist.sheets.export;

import dev.hotlist.domain.CallLogEntry;
import dev.hotlist.domain.CallOutcome;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;

/**
 * A lead's latest call as the export shows it: what happened and when, on the wall clock of the person reading.
 */
public record LastCall(CallOutcome outcome, LocalDateTime at) {
    public LastCall {
        Objects.requireNonNull(outcome, "outcome");
        // Minutes are what a reader uses; seconds only make the column wider.
        at = Objects.requireNonNull(at, "at").truncatedTo(ChronoUnit.MINUTES);
    }

    /** The call of a log entry, seen in {@code zone}. */
    public static LastCall of(CallLogEntry entry, ZoneId zone) {
        return new LastCall(entry.outcome(), LocalDateTime.ofInstant(entry.at(), zone));
    }

    /** The latest call of each lead among {@code entries}, by lead id, seen in {@code zone}. */
    public static Map<Long, LastCall> latestByLead(Collection<CallLogEntry> entries, ZoneId zone) {
        Map<Long, CallLogEntry> latest = new HashMap<>();
        for (CallLogEntry e : entries) {
            latest.merge(e.leadId(), e, (a, b) -> b.at().isAfter(a.at()) ? b : a);
        }
        Map<Long, LastCall> out = new HashMap<>(latest.size() * 2);
        latest.forEach((id, e) -> out.put(id, of(e, zone)));
        return out;
    }
}
