package dev.hotlist.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.hotlist.domain.Lead;
import dev.hotlist.domain.ScoringSettings;
import dev.hotlist.scoring.LeadScorer;
import dev.hotlist.scoring.learning.Exclusion;
import dev.hotlist.scoring.learning.Learned;
import dev.hotlist.scoring.learning.Learner;
import dev.hotlist.scoring.learning.LearningReport;
import dev.hotlist.scoring.learning.Outcomes;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The "done when", on the real public lead data set (X Education's Leads.csv, 9,240 leads, 37 columns) when
 * it is on this machine ({@link RealLeads#locate()}); skipped, and saying so, when it is not: it is not committed.
 */
class RealLeadsLearningTest {
    static final LocalDate AS_OF = LocalDate.of(2026, 11, 24);
    private static Optional<Path> csv;
    private static LocalHotlist hotlist;

    @TempDir
    static Path dir;

    /** One import for both tests: 9,240 rows of 37 columns. */
    @BeforeAll
    static void importOnce() throws Exception {
        csv = RealLeads.locate();
        if (csv.isEmpty()) {
            System.out.println("RealLeadsLearningTest skipped: Leads.csv is not on this machine "
                    + "(set HOTLIST_REAL_LEADS or put it at ../shared/data/Leads.csv)");
            return;
        }
        hotlist = RealLeads.importWithOutcomes(csv.get(), dir.resolve("real.db"));
    }

    @AfterAll
    static void close() {
        if (hotlist != null) {
            hotlist.close();
        }
    }

    @Test
    void theLearnedNeedOrdersConvertedLeadsAboveTheRestOnHeldOutLeads() throws Exception {
        assumeTrue(csv.isPresent(), "Leads.csv is not on this machine");
        {
            LearningReport report = hotlist.learn().report();
            System.out.println("Leads.csv: " + dev.hotlist.scoring.learning.LearningText.summary(report, false,
                    java.util.Locale.ENGLISH));
            assertThat(report.leads()).isEqualTo(9240);
            assertThat(report.won()).isEqualTo(3561);
            assertThat(report.verdict()).isEqualTo(LearningReport.Verdict.USING);
            assertThat(report.modelAuc()).as("held-out AUC").isGreaterThanOrEqualTo(0.90);
            assertThat(report.rulesAuc()).as("the rules, on the same leads").isLessThan(0.6);
            assertThat(report.exclusions()).filteredOn(e -> e.why() == Exclusion.Why.OUTCOME)
                    .extracting(e -> e.column().header()).containsExactly("Tags");
            assertThat(report.factors()).extracting(f -> f.column().header()).doesNotContain("Tags", "Converted",
                    "Prospect ID", "Lead Number");
        }
    }

    /**
     * The ranking itself on leads the fit never saw: fitted on four fifths of the leads (by lead number, the order the
     * export lists them), the other fifth ranked by priority exactly as rank does, with the learned need.
     */
    @Test
    void thePriorityOfLeadsTheFitNeverSawOrdersConvertedOnesFirst() throws Exception {
        assumeTrue(csv.isPresent(), "Leads.csv is not on this machine");
        {
            List<Lead> leads = new ArrayList<>(RealLeads.leads(hotlist));
            leads.sort(Comparator.comparing(l -> l.extra().get("Lead Number")));
            int cut = leads.size() * 4 / 5;
            Learned learned = Learner.learn(leads.subList(0, cut), Map.of(), ZoneOffset.UTC, Instant.now());
            assertThat(learned.report().exclusions()).extracting(e -> e.column().header()).contains("Tags");
            LeadScorer scorer = new LeadScorer(ScoringSettings.defaults(), learned.modelInUse().orElseThrow());
            List<Lead> heldOut = leads.subList(cut, leads.size());
            double[] priority = new double[heldOut.size()];
            boolean[] won = new boolean[heldOut.size()];
            for (int i = 0; i < priority.length; i++) {
                priority[i] = scorer.score(heldOut.get(i), AS_OF).priority();
                won[i] = Outcomes.won(heldOut.get(i)).orElseThrow();
            }
            double auc = AucOf.scores(priority, won);
            System.out.printf("Leads.csv: priority AUC on the %d leads the fit never saw: %.3f%n", heldOut.size(), auc);
            assertThat(auc).isGreaterThanOrEqualTo(0.90);
        }
    }

    /** The AUC of the test's own: the chance a won lead ranks above a lost one, ties half. */
    static final class AucOf {
        static double scores(double[] s, boolean[] won) {
            double pairs = 0;
            double above = 0;
            for (int i = 0; i < s.length; i++) {
                if (!won[i]) {
                    continue;
                }
                for (int j = 0; j < s.length; j++) {
                    if (!won[j]) {
                        pairs++;
                        above += s[i] > s[j] ? 1 : s[i] == s[j] ? 0.5 : 0;
                    }
                }
            }
            return above / pairs;
        }
    }
}
