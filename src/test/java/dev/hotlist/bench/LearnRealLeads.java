package dev.hotlist.bench;

import dev.hotlist.domain.Lead;
import dev.hotlist.domain.Reason;
import dev.hotlist.scoring.learning.Outcomes;
import dev.hotlist.scoring.ReasonKeys;
import dev.hotlist.scoring.learning.Learned;
import dev.hotlist.scoring.learning.Learner;
import dev.hotlist.service.LocalHotlist;
import dev.hotlist.service.RealLeads;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;

/**
 * The learned need on the real Leads.csv (when present): times the fit and prints its report line, and how many
 * leads sit at the ends of the scale (need 0 or 100) with the in-sample AUC of the need as shown and before the cap.
 * {@code java -cp target/classes:target/test-classes:$(cat cp.txt) dev.hotlist.bench.LearnRealLeads}
 */
public final class LearnRealLeads {
    public static void main(String[] args) throws Exception {
        Path csv = RealLeads.locate().orElseThrow(() -> new IllegalStateException("Leads.csv is not on this machine"));
        Path dir = Files.createTempDirectory("hotlist-real");
        try (LocalHotlist hotlist = RealLeads.importWithOutcomes(csv, dir.resolve("real.db"))) {
            List<Lead> leads = RealLeads.leads(hotlist);
            Learned learned = null;
            for (int r = 0; r < 5; r++) {
                long t0 = System.nanoTime();
                learned = Learner.learn(leads, Map.of(), ZoneId.systemDefault(), Instant.now());
                System.out.printf("fit %d ms: %s%n", (System.nanoTime() - t0) / 1_000_000,
                        dev.hotlist.scoring.learning.LearningText.summary(learned.report(), false,
                                java.util.Locale.ENGLISH));
            }
            double[] shown = new double[leads.size()];
            double[] uncapped = new double[leads.size()];
            boolean[] won = new boolean[leads.size()];
            int ends = 0;
            for (int i = 0; i < shown.length; i++) {
                var need = learned.model().assess(leads.get(i));
                shown[i] = need.score();
                uncapped[i] = need.score() - need.reasons().stream()
                        .filter(x -> x.key().equals(ReasonKeys.NEED_CAPPED)).mapToInt(Reason::points).sum();
                won[i] = Outcomes.won(leads.get(i)).orElseThrow();
                ends += need.score() == 0 || need.score() == 100 ? 1 : 0;
            }
            System.out.printf("at 0 or 100: %d of %d; in-sample AUC as shown %.4f, before the cap %.4f%n", ends,
                    shown.length, auc(shown, won), auc(uncapped, won));
        }
    }

    static double auc(double[] s, boolean[] won) {
        double pairs = 0;
        double above = 0;
        for (int i = 0; i < s.length; i++) {
            for (int j = 0; won[i] && j < s.length; j++) {
                if (!won[j]) {
                    pairs++;
                    above += s[i] > s[j] ? 1 : s[i] == s[j] ? 0.5 : 0;
                }
            }
        }
        return above / pairs;
    }
}
