package dev.hotlist.sheets.export;

import static org.assertj.core.api.Assertions.assertThat;

import dev.hotlist.domain.CallLogEntry;
import dev.hotlist.domain.CallOutcome;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class LastCallTest {
    private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");

    @Test
    void keepsEachLeadsLatestCallOnTheReadersClockToTheMinute() {
        List<CallLogEntry> log = List.of(
                new CallLogEntry(1, 7, Instant.parse("2026-11-20T06:30:45Z"), CallOutcome.NO_ANSWER, null, ""),
                new CallLogEntry(2, 7, Instant.parse("2026-11-21T01:00:00Z"), CallOutcome.REACHED, null, ""),
                new CallLogEntry(3, 7, Instant.parse("2026-11-19T01:00:00Z"), CallOutcome.LOST, null, ""),
                new CallLogEntry(4, 8, Instant.parse("2026-11-22T23:59:59Z"), CallOutcome.NO_ANSWER, null, ""));
        Map<Long, LastCall> latest = LastCall.latestByLead(log, SHANGHAI);
        assertThat(latest).containsOnlyKeys(7L, 8L);
        assertThat(latest.get(7L)).isEqualTo(new LastCall(CallOutcome.REACHED, LocalDateTime.of(2026, 11, 21, 9, 0)));
        assertThat(latest.get(8L).at()).isEqualTo(LocalDateTime.of(2026, 11, 23, 7, 59));
    }
}
