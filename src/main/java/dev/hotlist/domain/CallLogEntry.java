package dev.hotlist.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;

/**
 * One logged call.
 *
 * @param id         database id, 0 before it is stored
 * @param leadId     the lead called
 * @param at         when the call was logged
 * @param outcome    what happened
 * @param callBackOn the agreed call-back day, for {@link CallOutcome#CALL_BACK}; otherwise null
 * @param note       free text, may be empty
 */
public record CallLogEntry(long id, long leadId, Instant at, CallOutcome outcome, LocalDate callBackOn, String note) {
    public CallLogEntry {
        Objects.requireNonNull(at, "at");
        Objects.requireNonNull(outcome, "outcome");
        note = note == null ? "" : note;
        if (outcome == CallOutcome.CALL_BACK && callBackOn == null) {
            throw new IllegalArgumentException("A call back needs a date");
        }
    }
}
