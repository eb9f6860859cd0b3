package dev.hotlist.service;

import static dev.hotlist.service.FixedDay.TODAY;
import static org.assertj.core.api.Assertions.assertThat;

import dev.hotlist.domain.DatabaseEvent;
import dev.hotlist.domain.LeadEdit;
import dev.hotlist.domain.LeadEdit.Field;
import dev.hotlist.domain.LeadFilter;
import dev.hotlist.domain.LeadScore;
import dev.hotlist.domain.Reason;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What the app shows of a score through the service: every reason worth reading in full, strongest first, and a
 * one-line summary that always holds the timing reason ("+35 timing: buys tomorrow (2026-11-25)"); and the notices
 * of another window's commits, which stop once the watch is closed.
 */
class EachScoreExplainsItselfThroughTheServiceTest {
    @TempDir
    Path dir;

    private static LeadScore scoreOf(LocalHotlist h) {
        return h.rank(LeadFilter.all(), TODAY).get(0).score();
    }

    @Test
    void theReasonsAreEveryMovingReasonInFullAndTheSummaryHoldsTheTiming() {
        try (LocalHotlist h = FixedDay.service(dir)) {
            h.addLead(List.of(new LeadEdit(Field.NAME, "Ann Lee"), new LeadEdit(Field.NEED, "medium"),
                    new LeadEdit(Field.BUYING_TIME, "tomorrow"), new LeadEdit(Field.BUDGET, "$20,000")), TODAY);
            LeadScore score = scoreOf(h);
            List<String> reasons = h.reasons(score, Locale.ENGLISH);
            List<String> moving = score.reasons().stream()
                    .filter(r -> r.points() != 0 || r.part() == Reason.Part.TIMING)
                    .map(r -> h.describe(r, Locale.ENGLISH)).toList();

            assertThat(reasons).as("every reason that moved the score, in full").containsExactlyInAnyOrderElementsOf(
                    moving);
            assertThat(reasons).anyMatch(r -> r.matches("\\+\\d+ timing: buys tomorrow \\(2026-11-25\\)"))
                    .anyMatch(r -> r.contains("need: has a budget ($20,000)"));
            Reason strongest = score.reasons().stream()
                    .max(java.util.Comparator.comparingInt(r -> Math.abs(r.points()))).orElseThrow();
            assertThat(reasons.get(0)).as("strongest first").isEqualTo(h.describe(strongest, Locale.ENGLISH));
            String summary = h.summarize(score, Locale.ENGLISH);
            assertThat(summary).doesNotContain("\n").contains("timing: buys tomorrow (2026-11-25)");
            assertThat(summary).contains(reasons.get(0));
            assertThat(h.summarize(score, Locale.SIMPLIFIED_CHINESE)).isNotEmpty().isNotEqualTo(summary);
        }
    }

    @Test
    void aWatchTellsOfAnotherWindowsCommitUntilItIsClosed() throws Exception {
        try (LocalHotlist mine = FixedDay.service(dir);
             LocalHotlist other = FixedDay.service(dir)) {
            BlockingQueue<DatabaseEvent> events = new LinkedBlockingQueue<>();
            AutoCloseable watching = mine.watch(events::add);
            other.addLead(List.of(new LeadEdit(Field.NAME, "Ben Ho")), TODAY);
            assertThat(events.poll(10, TimeUnit.SECONDS)).as("a notice within seconds")
                    .isInstanceOf(DatabaseEvent.Changed.class);
            assertThat(mine.rank(LeadFilter.all(), TODAY)).extracting(r -> r.lead().name()).containsExactly("Ben Ho");

            watching.close();
            events.clear();
            other.addLead(List.of(new LeadEdit(Field.NAME, "Cy Wu")), TODAY);
            assertThat(events.poll(4, TimeUnit.SECONDS)).as("no notice once closed").isNull();
        }
    }
}
