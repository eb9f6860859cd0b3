package dev.hotlist.bench;

import dev.hotlist.domain.Lead;
import dev.hotlist.scoring.learning.Factor;
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

/** Scratch: learns from the real data set and prints the report. */
public final class LearnRealLeads {
    public static void main(String[] args) throws Exception {
        Path csv = RealLeads.locate().orElseThrow();
        Path dir = Files.createTempDirectory("hotlist-real");
        try (LocalHotlist hotlist = RealLeads.importWithOutcomes(csv, dir.resolve("real.db"))) {
            List<Lead> leads = RealLeads.leads(hotlist);
            for (int r = 0; r < 3; r++) {
                long t0 = System.nanoTime();
                Learned learned = Learner.learn(leads, Map.of(), ZoneId.systemDefault(), Instant.now());
                long t1 = System.nanoTime();
                var rep = learned.report();
                System.out.printf("%d ms: won %d lost %d %s held %d model %.4f rules %.4f margin %.3f %s%n",
                        (t1 - t0) / 1_000_000, rep.won(), rep.lost(), rep.validation(), rep.heldOut(), rep.modelAuc(),
                        rep.rulesAuc(), rep.margin(), rep.verdict());
                if (r == 0) {
                    rep.exclusions().forEach(e -> System.out.println("  excluded " + e));
                    for (Factor f : rep.strongest(10, true)) {
                        System.out.println("  " + hotlist.describe(f.reason(), java.util.Locale.ENGLISH));
                    }
                    for (Factor f : rep.strongest(10, false)) {
                        System.out.println("  " + hotlist.describe(f.reason(), java.util.Locale.ENGLISH));
                    }
                    int clipped = 0;
                    for (Lead l : leads) {
                        int s = learned.model().assess(l).score();
                        if (s == 0 || s == 100) {
                            clipped++;
                        }
                    }
                    System.out.println("clipped " + clipped);
                }
            }
        }
    }
}
