package dev.hotlist.scoring.learning;

import static org.assertj.core.api.Assertions.assertThat;

import dev.hotlist.domain.Lead;
import dev.hotlist.domain.Reason;
import dev.hotlist.domain.Stage;
import dev.hotlist.scoring.NeedAssessment;
import dev.hotlist.scoring.NeedScorer;
import dev.hotlist.scoring.ReasonKeys;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class LearnerTest {
    private static final Instant NOW = Instant.parse("2026-12-01T10:00:00Z");

    private static Learned learn(List<Lead> leads) {
        return Learner.learn(leads, Map.of(), ZoneOffset.UTC, NOW);
    }

    private static Optional<Factor> factor(LearningReport r, String header, String value) {
        return r.factors().stream().filter(f -> f.column().header().equals(header) && f.bin().text().equals(value))
                .findFirst();
    }

    private static List<Factor> factorsOf(LearningReport r, String header) {
        return r.factors().stream().filter(f -> f.column().header().equals(header)).toList();
    }

    @Test
    void plantedSignalsAreRecoveredWithTheRightSigns() {
        Learned learned = learn(PlantedLeads.planted(3000, 500, 7));
        LearningReport r = learned.report();
        assertThat(r.verdict()).isEqualTo(LearningReport.Verdict.USING);
        assertThat(r.modelAuc()).isGreaterThan(0.8);
        assertThat(r.rulesAuc()).as("the rules know none of these columns").isEqualTo(0.5);
        assertThat(factor(r, "Channel", "Trade show").orElseThrow().points()).isGreaterThan(10);
        assertThat(factor(r, "Channel", "Cold call").orElseThrow().points()).isLessThan(-10);
        assertThat(factor(r, "Referral partner", "Acme").orElseThrow().points()).isGreaterThan(10);
        List<Factor> visits = factorsOf(r, "Visits");
        assertThat(visits).extracting(f -> f.bin().kind()).containsOnly(Bin.Kind.RANGE);
        Factor many = visits.stream().filter(f -> f.bin().lo() > 10).findFirst().orElseThrow();
        Factor few = visits.stream().filter(f -> f.bin().hi() <= 10).findFirst().orElseThrow();
        assertThat(many.points()).isGreaterThan(5);
        assertThat(few.points()).isLessThan(-5);
        for (String noise : List.of("Colour", "Shoe size")) {
            assertThat(factorsOf(r, noise)).as(noise).isNotEmpty()
                    .allSatisfy(f -> assertThat(Math.abs(f.points())).as(f.toString()).isLessThanOrEqualTo(3));
        }
        assertThat(factorsOf(r, "Colour")).as("a placeholder is blank").noneMatch(f -> f.bin().text().equals("Select"))
                .anyMatch(f -> f.bin().kind() == Bin.Kind.BLANK);
        assertThat(r.validation()).as("a day apart: the most recent fifth is held out")
                .isEqualTo(LearningReport.Validation.RECENT);
        assertThat(r.heldOut()).isEqualTo(600);
    }

    @Test
    void theOutcomeColumnTagsThatAreTheOutcomeAndIdsAreLeftOutAndNamed() {
        for (int open : new int[] {500, 0}) {
            LearningReport r = learn(PlantedLeads.planted(3000, open, 11)).report();
            assertThat(r.exclusions()).as("with %d open leads", open)
                    .extracting(e -> e.column().header() + ":" + e.why())
                    .contains("Status tag:OUTCOME", "Converted:OUTCOME", "Ref:IDENTIFIER")
                    .doesNotContain("Referral partner:OUTCOME", "Channel:OUTCOME");
            assertThat(r.factors()).extracting(f -> f.column().header())
                    .doesNotContain("Status tag", "Converted", "Ref");
            Exclusion tag = r.exclusions().stream().filter(e -> e.column().header().equals("Status tag")).findFirst()
                    .orElseThrow();
            assertThat(tag.examples()).extracting(Exclusion.Example::value).containsExactly("Closed by Ann",
                    "Lost to Rival");
            assertThat(LearningText.exclusion(tag, Locale.ENGLISH)).startsWith(
                    "Status tag: its values are the outcome in other words (\"Closed by Ann\" won 100% of ");
        }
    }

    @Test
    void aGenuineStrongSignFoundOnOpenLeadsTooIsKept() {
        LearningReport r = learn(PlantedLeads.planted(3000, 1000, 5)).report();
        assertThat(r.exclusions()).extracting(e -> e.column().header()).doesNotContain("Referral partner");
        assertThat(factor(r, "Referral partner", "Acme")).isPresent();
    }

    @Test
    void aSheetWhereNothingPredictsKeepsTheRules() {
        for (long seed = 1; seed <= 3; seed++) {
            LearningReport r = learn(PlantedLeads.noise(600, seed)).report();
            assertThat(r.verdict()).as("seed %d, AUC %.3f", seed, r.modelAuc()).isIn(
                    LearningReport.Verdict.NO_SIGNAL, LearningReport.Verdict.NOT_BETTER);
            assertThat(LearningText.summary(r, false, Locale.ENGLISH)).contains("; keeping the rules: ");
        }
    }

    @Test
    void tooLittleHistoryKeepsTheRulesAndSaysWhy() {
        Learned learned = learn(PlantedLeads.few(12, 3, 1));
        assertThat(learned.model()).isNull();
        assertThat(learned.modelInUse()).isEmpty();
        LearningReport r = learned.report();
        assertThat(r.verdict()).isEqualTo(LearningReport.Verdict.TOO_FEW);
        assertThat(LearningText.summary(r, false, Locale.ENGLISH)).isEqualTo("learned from 15 leads (12 won, 3 lost): "
                + "held-out AUC n/a (rules 0.50); keeping the rules: 12 won, 3 lost so far: learning starts at 40 of each");
        assertThat(LearningText.summary(r, false, Locale.SIMPLIFIED_CHINESE)).contains("目前 12 条成交、3 条未成交");
        assertThat(learn(PlantedLeads.few(400, 39, 1)).report().verdict()).isEqualTo(LearningReport.Verdict.TOO_FEW);
    }

    @Test
    void leadsFromOneDayAreCrossValidated() {
        List<Lead> sameDay = PlantedLeads.planted(1000, 0, 3).stream()
                .map(l -> l.toBuilder().createdAt(PlantedLeads.START).build()).toList();
        LearningReport r = learn(sameDay).report();
        assertThat(r.validation()).isEqualTo(LearningReport.Validation.K_FOLD);
        assertThat(r.heldOut()).as("every lead is held out once").isEqualTo(1000);
        assertThat(r.verdict()).isEqualTo(LearningReport.Verdict.USING);
    }

    @Test
    void closingCallsDateTheOutcomes() {
        List<Lead> sameDay = PlantedLeads.planted(1000, 0, 3).stream()
                .map(l -> l.toBuilder().createdAt(PlantedLeads.START).build()).toList();
        Map<Long, Instant> closed = new java.util.HashMap<>();
        for (Lead l : sameDay) {
            closed.put(l.id(), PlantedLeads.START.plusSeconds(86_400L * l.id()));
        }
        LearningReport r = Learner.learn(sameDay, closed, ZoneOffset.UTC, NOW).report();
        assertThat(r.validation()).isEqualTo(LearningReport.Validation.RECENT);
        assertThat(r.heldOut()).isEqualTo(200);
    }

    @Test
    void eachLeadsReasonsAddUpToItsNeed() {
        Learned learned = learn(PlantedLeads.planted(2000, 200, 9));
        NeedModel model = learned.model();
        for (Lead lead : PlantedLeads.planted(300, 0, 99)) {
            NeedAssessment need = model.assess(lead);
            int sum = need.reasons().stream().mapToInt(Reason::points).sum();
            assertThat(sum).isEqualTo(need.score() - NeedScorer.BASELINE);
            assertThat(need.reasons()).extracting(Reason::key)
                    .allSatisfy(k -> assertThat(k).isIn(ReasonKeys.NEED_LEARNED, ReasonKeys.NEED_CAPPED));
        }
        Lead hungry = PlantedLeads.lead(1, new java.util.Random(1), 0, 20, true, null);
        Lead cold = PlantedLeads.lead(2, new java.util.Random(1), 2, 0, false, null);
        assertThat(model.assess(hungry).score()).isGreaterThan(model.assess(cold).score() + 30);
    }

    @Test
    void theSameLeadsLearnTheSameModel() {
        List<Lead> leads = PlantedLeads.planted(1500, 100, 4);
        assertThat(learn(leads).report()).isEqualTo(learn(leads).report());
    }

    @Test
    void theSheetsOutcomeColumnTeachesAndTheSalespersonsStageWinsOverIt() {
        Lead won = Lead.builder().id(1).outcome(dev.hotlist.domain.Outcome.WON)
                .closedOn(java.time.LocalDate.of(2026, 3, 1)).createdAt(PlantedLeads.START).build();
        Lead lostBySheet = Lead.builder().id(2).outcome(dev.hotlist.domain.Outcome.LOST).createdAt(PlantedLeads.START)
                .build();
        Lead reopenedWon = won.toBuilder().id(3).stage(Stage.LOST).build();
        Lead open = Lead.builder().id(4).createdAt(PlantedLeads.START).build();
        assertThat(Outcomes.won(won)).contains(true);
        assertThat(Outcomes.won(lostBySheet)).contains(false);
        assertThat(Outcomes.won(reopenedWon)).as("the stage the salesperson set wins").contains(false);
        assertThat(Outcomes.won(open)).isEmpty();
        Outcomes.Split split = Outcomes.split(List.of(won, lostBySheet, reopenedWon, open), Map.of(), ZoneOffset.UTC);
        assertThat(split.labeled()).extracting(Outcomes.Labeled::day).containsExactly(
                java.time.LocalDate.of(2026, 3, 1), java.time.LocalDate.of(2026, 1, 1), java.time.LocalDate.of(2026, 1, 1));
        assertThat(split.open()).containsExactly(open);
    }

    @Test
    void stagesAreTheOutcomesAndNewOutcomesChangeTheSignature() {
        List<Lead> leads = PlantedLeads.planted(100, 20, 2);
        Outcomes.Split split = Outcomes.split(leads, Map.of(), ZoneOffset.UTC);
        assertThat(split.labeled()).hasSize(100);
        assertThat(split.open()).hasSize(20);
        String before = Outcomes.signature(split.labeled());
        List<Lead> oneMore = leads.stream().map(l -> l.id() == 110 ? l.toBuilder().stage(Stage.WON).build() : l)
                .toList();
        assertThat(Outcomes.signature(Outcomes.split(oneMore, Map.of(), ZoneOffset.UTC).labeled()))
                .isNotEqualTo(before);
    }
}
