package dev.hotlist.scoring.learning;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.hotlist.domain.Lead;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * What {@link Learner}'s class comment promises, at its thresholds: 40 won and 40 lost before anything is fitted;
 * the most recent fifth held out when it holds 10 won and 10 lost and the rest 40 of each, else cross-validation;
 * the rules' AUC measured on the same leads; the margin 1.645 standard errors of the learned AUC on the held-out won
 * and lost leads; the kept model's counts those of every lead with an outcome.
 */
class LearnerContractTest {
    private static final Instant NOW = Instant.parse("2026-12-01T10:00:00Z");

    private static LearningReport learn(List<Lead> leads) {
        return Learner.learn(leads, Map.of(), ZoneOffset.UTC, NOW).report();
    }

    /**
     * 200 closed leads a day apart, the newest 40 with {@code recentWon} won, the older 160 with {@code olderWon}
     * won. Ids run against the dates (the newest lead has the smallest id) and the list is shuffled, so only the
     * dates tell old from recent.
     */
    private static List<Lead> dated(int recentWon, int olderWon) {
        Random random = new Random(3);
        List<Lead> leads = new ArrayList<>();
        for (int r = 0; r < 200; r++) {
            boolean recent = r >= 160;
            int k = recent ? r - 160 : r;
            boolean won = recent ? k < recentWon : k < olderWon;
            Lead l = PlantedLeads.lead(1000 - r, random, random.nextInt(4), random.nextInt(21), false, won);
            Instant day = PlantedLeads.START.plus(r, ChronoUnit.DAYS);
            leads.add(l.toBuilder().createdAt(day).updatedAt(day).build());
        }
        Collections.shuffle(leads, new Random(5));
        return leads;
    }

    @Test
    void crossValidationUsesFewerFoldsOnlyFromTwentyAndFiftyThousandLeads() {
        assertThat(Learner.folds(80)).isEqualTo(5);
        assertThat(Learner.folds(19_999)).isEqualTo(5);
        assertThat(Learner.folds(20_000)).isEqualTo(3);
        assertThat(Learner.folds(49_999)).isEqualTo(3);
        assertThat(Learner.folds(50_000)).isEqualTo(2);
    }

    @Test
    void fortyWonAndFortyLostAreEnoughToLearn() {
        LearningReport r = learn(PlantedLeads.few(40, 40, 2));
        assertThat(r.verdict()).isNotEqualTo(LearningReport.Verdict.TOO_FEW);
        assertThat(r.validation()).isNotEqualTo(LearningReport.Validation.NONE);
        assertThat(learn(PlantedLeads.few(39, 40, 2)).verdict()).isEqualTo(LearningReport.Verdict.TOO_FEW);
    }

    @Test
    void theNewestFifthIsHeldOutWhenItHoldsTenWonAndTenLost() {
        // newest 40: 10 won and 30 lost; older 160: 80 of each
        LearningReport r = learn(dated(10, 80));
        assertThat(r.validation()).isEqualTo(LearningReport.Validation.RECENT);
        assertThat(r.heldOut()).isEqualTo(40);
        assertThat(r.margin()).as("1.645 standard errors on 10 won and 30 lost")
                .isCloseTo(Math.max(0.01, 1.645 * Auc.standardError(r.modelAuc(), 10, 30)), within(1e-12));
        // 30 won and 10 lost
        LearningReport lost10 = learn(dated(30, 80));
        assertThat(lost10.validation()).isEqualTo(LearningReport.Validation.RECENT);
        assertThat(lost10.margin())
                .isCloseTo(Math.max(0.01, 1.645 * Auc.standardError(lost10.modelAuc(), 30, 10)), within(1e-12));
    }

    @Test
    void withNineWonOrNineLostAmongTheNewestLeadsItCrossValidates() {
        LearningReport won9 = learn(dated(9, 80));
        assertThat(won9.validation()).isEqualTo(LearningReport.Validation.K_FOLD);
        assertThat(won9.heldOut()).isEqualTo(200);
        assertThat(won9.margin()).as("on all 89 won and 111 lost")
                .isCloseTo(Math.max(0.01, 1.645 * Auc.standardError(won9.modelAuc(), 89, 111)), within(1e-12));
        assertThat(learn(dated(31, 80)).validation()).as("9 lost").isEqualTo(LearningReport.Validation.K_FOLD);
    }

    @Test
    void theOlderLeadsMustHoldFortyWonAndFortyLostToTrainOn() {
        // older 160: 40 won, 120 lost
        assertThat(learn(dated(20, 40)).validation()).isEqualTo(LearningReport.Validation.RECENT);
        assertThat(learn(dated(20, 120)).validation()).as("40 lost").isEqualTo(LearningReport.Validation.RECENT);
        // 39 won (still 59 won in all), or 39 lost
        assertThat(learn(dated(20, 39)).validation()).isEqualTo(LearningReport.Validation.K_FOLD);
        assertThat(learn(dated(20, 121)).validation()).isEqualTo(LearningReport.Validation.K_FOLD);
    }

    /** Won leads state a need of 90%, lost ones 10%: the rules' need tells them apart perfectly. */
    private static List<Lead> statedNeed(List<Lead> leads) {
        return leads.stream().map(l -> l.toBuilder()
                .needStated(l.stage() == dev.hotlist.domain.Stage.WON ? "90%" : "10%").build()).toList();
    }

    @Test
    void theRulesAucIsTheRulesNeedMeasuredOnTheSameLeads() {
        assertThat(learn(statedNeed(PlantedLeads.few(12, 3, 1))).rulesAuc()).as("too few to learn").isEqualTo(1.0);
        LearningReport recent = learn(statedNeed(dated(20, 80)));
        assertThat(recent.validation()).isEqualTo(LearningReport.Validation.RECENT);
        assertThat(recent.rulesAuc()).isEqualTo(1.0);
        LearningReport folded = learn(statedNeed(dated(9, 80)));
        assertThat(folded.validation()).isEqualTo(LearningReport.Validation.K_FOLD);
        assertThat(folded.rulesAuc()).isEqualTo(1.0);
    }

    @Test
    void theKeptModelCountsEveryLeadWithAnOutcome() {
        List<Lead> leads = PlantedLeads.planted(600, 100, 21);
        LearningReport r = learn(leads);
        List<Lead> closed = leads.stream().filter(l -> l.stage() != dev.hotlist.domain.Stage.NEW).toList();
        for (String channel : PlantedLeads.CHANNELS) {
            List<Lead> holding = closed.stream().filter(l -> l.extra().get("Channel").equals(channel)).toList();
            long won = holding.stream().filter(l -> l.stage() == dev.hotlist.domain.Stage.WON).count();
            Factor f = r.factors().stream()
                    .filter(x -> x.column().header().equals("Channel") && x.bin().text().equals(channel))
                    .findFirst().orElseThrow();
            assertThat(f.seen()).as(channel).isEqualTo(holding.size());
            assertThat(f.won()).as(channel).isEqualTo((int) won);
        }
    }

    @Test
    void theOrderOfTheLeadsChangesNothingLearned() {
        // ten leads a day: the newest fifth starts inside a day, so which of that day's leads are held out is
        // decided by id, not by where they stand in the list
        List<Lead> dated = PlantedLeads.planted(800, 50, 13).stream().map(l -> {
            Instant day = PlantedLeads.START.plus(l.id() / 10, ChronoUnit.DAYS);
            return l.toBuilder().createdAt(day).updatedAt(day).build();
        }).toList();
        List<Lead> shuffled = new ArrayList<>(dated);
        Collections.shuffle(shuffled, new Random(17));
        LearningReport r = learn(dated);
        assertThat(r.validation()).isEqualTo(LearningReport.Validation.RECENT);
        assertSameLearning(learn(shuffled), r);
        // one day: cross-validated, the folds dealt by id whatever the order
        List<Lead> oneDay = dated.stream().map(l -> l.toBuilder().createdAt(PlantedLeads.START).build()).toList();
        List<Lead> oneDayShuffled = new ArrayList<>(oneDay);
        Collections.shuffle(oneDayShuffled, new Random(19));
        LearningReport folded = learn(oneDay);
        assertThat(folded.validation()).isEqualTo(LearningReport.Validation.K_FOLD);
        assertSameLearning(learn(oneDayShuffled), folded);
    }

    /**
     * The same measurement, verdict, points and counts. The fitted weights may differ in their last digits (sums
     * taken in another order), and the outcomes' signature follows the list's order by design (a new order only
     * refits).
     */
    private static void assertSameLearning(LearningReport actual, LearningReport expected) {
        assertThat(actual.validation()).isEqualTo(expected.validation());
        assertThat(actual.heldOut()).isEqualTo(expected.heldOut());
        assertThat(actual.modelAuc()).isEqualTo(expected.modelAuc());
        assertThat(actual.rulesAuc()).isEqualTo(expected.rulesAuc());
        assertThat(actual.margin()).isEqualTo(expected.margin());
        assertThat(actual.verdict()).isEqualTo(expected.verdict());
        assertThat(actual.factors()).extracting(f -> f.column().header() + " " + f.bin() + " " + f.points() + " "
                + f.won() + "/" + f.seen()).containsExactlyElementsOf(expected.factors().stream()
                .map(f -> f.column().header() + " " + f.bin() + " " + f.points() + " " + f.won() + "/" + f.seen())
                .toList());
        assertThat(actual.exclusions()).isEqualTo(expected.exclusions());
    }
}
