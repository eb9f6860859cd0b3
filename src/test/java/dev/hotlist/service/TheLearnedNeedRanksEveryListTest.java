package dev.hotlist.service;

import static org.assertj.core.api.Assertions.assertThat;

import dev.hotlist.domain.LeadFilter;
import dev.hotlist.domain.RankedLead;
import dev.hotlist.domain.Reason;
import dev.hotlist.scoring.ReasonKeys;
import dev.hotlist.scoring.learning.LearningReport;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Once learned and in use, the learned need scores every list the service hands out alike (the brief, workflow 6:
 * rank, export and explain use it): the whole ranking, a window's first rows (picked before anything is ranked, and
 * from the ranking in memory) and the few leads a window re-scores by id; switched off, all go back to the rules.
 */
class TheLearnedNeedRanksEveryListTest {
    private static final LocalDate AS_OF = LearningHistory.AS_OF;
    private static final LeadFilter OPEN = LeadFilter.all();

    @TempDir
    Path dir;

    private static boolean learned(RankedLead r) {
        return r.score().reasons().stream().anyMatch(x -> x.part() == Reason.Part.NEED
                && (x.key().equals(ReasonKeys.NEED_LEARNED) || x.key().equals(ReasonKeys.NEED_LEARNED_FIELD)));
    }

    @Test
    void theFirstRowsAndTheLeadsRescoredByIdCarryTheLearnedNeedAsTheRankingDoes() throws Exception {
        try (LocalHotlist h = LearningHistory.withHistory(dir, 400, 120)) {
            assertThat(h.learn().report().verdict()).isEqualTo(LearningReport.Verdict.USING);
        }
        try (LocalHotlist h = LocalHotlist.open(dir.resolve("h.db"))) {
            List<RankedLead> first = h.firstRows(OPEN, AS_OF, 25); // nothing read yet
            List<RankedLead> whole = h.rank(OPEN, AS_OF);
            assertThat(whole).hasSizeGreaterThan(25).allMatch(TheLearnedNeedRanksEveryListTest::learned);
            assertThat(first).isEqualTo(whole.subList(0, 25));
            assertThat(h.firstRows(OPEN, AS_OF, 25)).as("from the ranking in memory").isEqualTo(whole.subList(0, 25));

            List<Long> ids = whole.subList(0, 10).stream().map(r -> r.lead().id()).toList();
            List<RankedLead> rescored = h.rankOnly(ids, AS_OF);
            assertThat(rescored).extracting(RankedLead::score).isEqualTo(
                    whole.subList(0, 10).stream().map(RankedLead::score).toList());

            h.useRules();
            assertThat(h.rankOnly(ids, AS_OF)).noneMatch(TheLearnedNeedRanksEveryListTest::learned);
            assertThat(h.firstRows(OPEN, AS_OF, 25)).noneMatch(TheLearnedNeedRanksEveryListTest::learned);
        }
        try (LocalHotlist h = LocalHotlist.open(dir.resolve("h.db"))) {
            assertThat(h.firstRows(OPEN, AS_OF, 25)).as("switched off, before anything is read")
                    .hasSize(25).noneMatch(TheLearnedNeedRanksEveryListTest::learned);
        }
    }
}
