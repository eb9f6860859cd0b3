package dev.hotlist.service;

import dev.hotlist.domain.Lead;
import dev.hotlist.scoring.NeedScorer;
import dev.hotlist.scoring.NeedSource;
import dev.hotlist.scoring.learning.Learned;
import dev.hotlist.scoring.learning.Learner;
import dev.hotlist.scoring.learning.Outcomes;
import dev.hotlist.store.CallLog;
import dev.hotlist.store.Store;
import dev.hotlist.store.LearnedModels;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The learned need of one database: fitting it on demand, re-fitting it by itself when the outcomes it learned from
 * changed (an import, a logged won or lost, a stage set by hand, an undone import), and saying which need to rank
 * with. The fit and the switch live in the database, so every window and process on it ranks alike.
 *
 * <p>Re-fitting is checked whenever the ranking is rebuilt, which every write already causes: comparing the outcomes'
 * fingerprint is one pass over leads already in memory, and only a real change pays for a fit.
 */
final class NeedLearning {
    private final Clock clock;
    private final NeedScorer rules;
    private final Object lock = new Object();

    NeedLearning(Clock clock, NeedScorer rules) {
        this.clock = clock;
        this.rules = rules;
    }

    NeedSource rules() {
        return rules;
    }

    /** Fits now from {@code leads}, stores the fit and switches learning on. */
    Learned learn(Store db, List<Lead> leads) {
        synchronized (lock) {
            Learned learned = fit(db, leads);
            db.write(c -> {
                LearnedModels.save(c, learned);
                LearnedModels.setOff(c, false);
                return null;
            });
            return learned;
        }
    }

    /** Back to the rules until the next {@link #learn}. */
    void switchOff(Store db) {
        synchronized (lock) {
            db.write(c -> {
                LearnedModels.setOff(c, true);
                return null;
            });
        }
    }

    Optional<LearningState> state(Store db) {
        return db.read(c -> {
            boolean off = LearnedModels.isOff(c);
            return LearnedModels.load(c).map(l -> new LearningState(l.report(), off));
        });
    }

    /** The need as last fitted (or the rules), without reading every lead to see whether it needs fitting again. */
    NeedSource storedNeed(Store db) {
        synchronized (lock) {
            if (db.read(LearnedModels::isOff)) {
                return rules;
            }
            return db.read(LearnedModels::load).flatMap(Learned::modelInUse).<NeedSource>map(m -> m).orElse(rules);
        }
    }

    /**
     * The need to rank {@code leads} with: the learned one when learning is on and it beats the rules, re-fitted
     * first when the outcomes changed since the stored fit; else the rules.
     */
    NeedSource needFor(Store db, List<Lead> leads) {
        synchronized (lock) {
            boolean off = db.read(LearnedModels::isOff);
            if (off) {
                return rules;
            }
            Optional<Learned> stored = db.read(LearnedModels::load);
            if (stored.isEmpty()) {
                return rules;
            }
            Learned learned = stored.get();
            String now = Outcomes.signature(Outcomes.split(leads, Map.of(), clock.getZone()).labeled());
            if (!now.equals(learned.report().outcomes())) {
                Learned refit = fit(db, leads);
                db.write(c -> {
                    LearnedModels.save(c, refit);
                    return null;
                });
                learned = refit;
            }
            return learned.modelInUse().<NeedSource>map(m -> m).orElse(rules);
        }
    }

    private Learned fit(Store db, List<Lead> leads) {
        Map<Long, Instant> closedAt = db.read(CallLog::closingTimes);
        return Learner.learn(leads, closedAt, clock.getZone(), clock.instant());
    }
}
