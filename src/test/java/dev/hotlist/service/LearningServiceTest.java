package dev.hotlist.service;

import static org.assertj.core.api.Assertions.assertThat;

import dev.hotlist.domain.CallOutcome;
import dev.hotlist.domain.LeadFilter;
import dev.hotlist.domain.RankedLead;
import dev.hotlist.domain.Reason;
import dev.hotlist.domain.Stage;
import dev.hotlist.scoring.ReasonKeys;
import dev.hotlist.scoring.learning.LearningReport;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The learned need through the service, as the app and the command line use it: fitted from the outcomes logged on
 * imported leads, used by rank once it beats the rules, kept in the database, re-fitted by itself when outcomes
 * change, and switched back to the rules on request.
 */
class LearningServiceTest {
    static final LocalDate AS_OF = LearningHistory.AS_OF;
    static final LeadFilter EVERYONE = LearningHistory.EVERYONE;

    @TempDir
    Path dir;

    private static List<String> needKeys(Hotlist hotlist) {
        return hotlist.rank(EVERYONE, AS_OF).stream().flatMap(r -> r.score().reasons().stream())
                .filter(r -> r.part() == Reason.Part.NEED).map(Reason::key).distinct().toList();
    }

    @Test
    void onceLearnedRankUsesTheLearnedNeedAndItComesBackAfterARestart() throws Exception {
        try (LocalHotlist hotlist = LearningHistory.withHistory(dir, 500, 100)) {
            assertThat(hotlist.learning()).as("nothing learned before learn").isEmpty();
            assertThat(needKeys(hotlist)).doesNotContain(ReasonKeys.NEED_LEARNED, ReasonKeys.NEED_LEARNED_FIELD);
            LearningReport report = hotlist.learn().report();
            assertThat(report.verdict()).isEqualTo(LearningReport.Verdict.USING);
            assertThat(report.won() + report.lost()).isEqualTo(500);
            assertThat(report.validation()).as("one import, closes logged within seconds of each other")
                    .isIn(LearningReport.Validation.RECENT, LearningReport.Validation.K_FOLD);
            assertThat(needKeys(hotlist)).contains(ReasonKeys.NEED_LEARNED, ReasonKeys.NEED_LEARNED_FIELD)
                    .doesNotContain(ReasonKeys.NEED_STATED, ReasonKeys.NEED_SOURCE_EVENT);
            RankedLead top = hotlist.rank(LeadFilter.all(), AS_OF).get(0);
            assertThat(top.score().reasons().stream().filter(r -> r.part() == Reason.Part.NEED)
                    .mapToInt(Reason::points).sum()).isEqualTo(top.score().needPoints() - 50);
            assertThat(hotlist.describe(top.score().reasons().get(0), Locale.ENGLISH)).matches(
                    "[+\u2212]\\d+ need: .+ \\(won \\d+% of [\\d,]+\\)");
        }
        try (LocalHotlist again = LocalHotlist.open(dir.resolve("h.db"))) {
            LearningState state = again.learning().orElseThrow();
            assertThat(state.inUse()).isTrue();
            assertThat(needKeys(again)).contains(ReasonKeys.NEED_LEARNED);
        }
    }

    @Test
    void itReLearnsByItselfWhenOutcomesChangeAndOnlyThen() throws Exception {
        try (LocalHotlist hotlist = LearningHistory.withHistory(dir, 400, 200)) {
            LearningReport first = hotlist.learn().report();
            hotlist.rank(LeadFilter.all(), AS_OF);
            assertThat(hotlist.learning().orElseThrow().report()).as("no new outcome: no new fit").isEqualTo(first);

            List<RankedLead> open = hotlist.rank(LeadFilter.all(), AS_OF);
            for (RankedLead r : open.subList(0, 50)) {
                hotlist.logCall(r.lead().id(), CallOutcome.WON, null, "");
            }
            hotlist.setStage(open.get(60).lead().id(), Stage.LOST);
            hotlist.rank(LeadFilter.all(), AS_OF);
            LearningReport second = hotlist.learning().orElseThrow().report();
            assertThat(second.won()).isEqualTo(first.won() + 50);
            assertThat(second.lost()).isEqualTo(first.lost() + 1);
            assertThat(second.outcomes()).isNotEqualTo(first.outcomes());
        }
    }

    @Test
    void learnOffGoesBackToTheRulesUntilLearnAgain() throws Exception {
        try (LocalHotlist hotlist = LearningHistory.withHistory(dir, 400, 100)) {
            LearningReport learned = hotlist.learn().report();
            hotlist.useRules();
            assertThat(hotlist.learning().orElseThrow().off()).isTrue();
            assertThat(hotlist.learning().orElseThrow().inUse()).isFalse();
            assertThat(needKeys(hotlist)).doesNotContain(ReasonKeys.NEED_LEARNED, ReasonKeys.NEED_LEARNED_FIELD);
            RankedLead someone = hotlist.rank(LeadFilter.all(), AS_OF).get(0);
            hotlist.logCall(someone.lead().id(), CallOutcome.WON, null, "");
            hotlist.rank(LeadFilter.all(), AS_OF);
            assertThat(hotlist.learning().orElseThrow().report()).as("switched off: no re-fit").isEqualTo(learned);

            hotlist.learn();
            assertThat(hotlist.learning().orElseThrow().inUse()).isTrue();
            assertThat(needKeys(hotlist)).contains(ReasonKeys.NEED_LEARNED);
        }
    }

    @Test
    void tooFewOutcomesKeepTheRules() throws Exception {
        try (LocalHotlist hotlist = LearningHistory.withHistory(dir, 30, 50)) {
            LearningReport report = hotlist.learn().report();
            assertThat(report.verdict()).isEqualTo(LearningReport.Verdict.TOO_FEW);
            assertThat(hotlist.learning().orElseThrow().inUse()).isFalse();
            assertThat(needKeys(hotlist)).doesNotContain(ReasonKeys.NEED_LEARNED, ReasonKeys.NEED_LEARNED_FIELD);
        }
    }
}
