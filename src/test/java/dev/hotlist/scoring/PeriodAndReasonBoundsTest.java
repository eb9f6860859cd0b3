package dev.hotlist.scoring;

import static org.assertj.core.api.Assertions.assertThat;

import dev.hotlist.domain.LeadScore;
import dev.hotlist.domain.Reason;
import dev.hotlist.domain.Tier;
import dev.hotlist.domain.TimingState;
import dev.hotlist.scoring.BuyingTimeParser.Result;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/**
 * Bounds the parser's and the reasons' comments state that the other tests leave at one side only: the first week
 * of the year, a count of nought, a range's middle day rounded up; which reasons a lead's card shows.
 */
class PeriodAndReasonBoundsTest {
    private static final LocalDate AS_OF = BuyingTimeParserTest.AS_OF;

    @Test
    void theFirstWeekOfTheYearIsAWeekToo() {
        // ISO week 1 of 2027 runs from Monday 4 January; its Friday is the 8th. Week 48 of 2026 is under way.
        for (String text : List.of("第1周", "第一周", "week 1", "CW 1", "2027-W01")) {
            assertThat(BuyingTimeParser.parse(text, AS_OF)).as(text).contains(new Result.OnDate(LocalDate.of(2027, 1, 8)));
        }
    }

    @Test
    void countsFromNoughtAndRangesToTheirMiddleDayRoundedUp() {
        assertThat(BuyingTimeParser.parse("in 3 weeks", AS_OF)).contains(new Result.OnDate(AS_OF.plusDays(21)));
        assertThat(BuyingTimeParser.parse("in 0 days", AS_OF)).as("today").contains(new Result.OnDate(AS_OF));
        // days 14 and 21 ahead: the middle is 17.5, rounded up to 18
        assertThat(BuyingTimeParser.parse("in 2-3 weeks", AS_OF)).contains(new Result.OnDate(AS_OF.plusDays(18)));
        assertThat(BuyingTimeParser.parse("in 3-3 weeks", AS_OF)).as("a range of one count")
                .contains(new Result.OnDate(AS_OF.plusDays(21)));
        assertThat(BuyingTimeParser.parse("in 3-2 weeks", AS_OF)).as("a range running backwards").isEmpty();
    }

    @Test
    void aCardShowsTheTimingEvenAtNoPointsButNoNeedReasonOfNoPoints() {
        Reason unknown = Reason.need(0, ReasonKeys.NEED_UNKNOWN);
        Reason stated = Reason.need(12, ReasonKeys.NEED_STATED, "urgent");
        Reason noDate = Reason.timing(0, ReasonKeys.TIMING_NO_DATE);
        LeadScore score = new LeadScore(62, 0, 0, Tier.NURTURE, TimingState.NO_DATE, List.of(unknown, stated, noDate));
        assertThat(ReasonText.shown(score, Locale.ENGLISH)).containsExactly("+12 need: stated \"urgent\"",
                "\u00B10 timing: no buying date given (like watching fishing on TV)");
    }
}
