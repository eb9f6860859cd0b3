package dev.hotlist.service;

import dev.hotlist.domain.BuiltInView;
import dev.hotlist.domain.Lead;
import dev.hotlist.domain.LeadFilter;
import dev.hotlist.domain.LeadScore;
import dev.hotlist.domain.RankedLead;
import dev.hotlist.scoring.LeadScorer;
import dev.hotlist.scoring.Ranking;
import dev.hotlist.store.LeadStore;
import dev.hotlist.store.Settings;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.PriorityQueue;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The first rows of the default view (Today) kept in the database as lead ids, best first (the preference
 * {@link #KEY}), so that a window opening it, the first time too, shows them at once (read by id and scored afresh)
 * while it reads and ranks every lead. An import keeps them as it writes: each row it scores on its reading thread
 * is offered here, the best {@link #SIZE} stay, and in the import's transaction they are merged with those kept
 * before, read as stored and ranked. A window closing keeps the ids of the rows it showed under the same key.
 */
final class KeptFirstRows {
    /** The database preference holding the ids. */
    static final String KEY = Hotlist.FIRST_ROWS_PREFERENCE;
    /** Twice the rows a window shows first, so that the leads closed or snoozed since still leave enough. */
    static final int SIZE = 80;
    private static final LeadFilter VIEW = BuiltInView.TODAY.filter();

    /** The best rows offered so far, the worst of them at the head. */
    private final PriorityQueue<RankedLead> best = new PriorityQueue<>(SIZE + 1, Ranking.CALL_ORDER.reversed());
    private final LocalDate asOf;

    KeptFirstRows(LocalDate asOf) {
        this.asOf = asOf;
    }

    /** A row as written, as lead {@code id}, with the score it had as read; kept if among the best in the view. */
    void offer(long id, Lead row, LeadScore score) {
        if (score == null || !VIEW.test(row, score, asOf)) {
            return;
        }
        RankedLead worst = best.size() < SIZE ? null : best.peek();
        if (worst != null && score.priority() < worst.score().priority()) {
            return;
        }
        best.add(new RankedLead(0, row.toBuilder().id(id).build(), score));
        if (best.size() > SIZE) {
            best.poll();
        }
    }

    /**
     * Inside the import's transaction: the rows offered with those kept before, as stored now (a row merged into a
     * closed or snoozed lead drops out), ranked by {@code scorer}; the best {@link #SIZE} are kept.
     */
    void save(Connection c, LeadScorer scorer) throws SQLException {
        Set<Long> ids = new LinkedHashSet<>(ids(Settings.get(c, KEY).orElse("")));
        best.forEach(r -> ids.add(r.lead().id()));
        List<Lead> stored = new ArrayList<>(ids.size());
        for (long id : ids) {
            LeadStore.find(c, id).ifPresent(stored::add);
        }
        Settings.put(c, KEY, Ranking.top(stored, scorer, asOf, VIEW, SIZE).stream()
                .map(r -> Long.toString(r.lead().id())).collect(Collectors.joining(",")));
    }

    /** The ids in a kept value; an empty list, or a part written by hand that is no id, gives none. */
    static List<Long> ids(String text) {
        List<Long> ids = new ArrayList<>();
        for (String part : text.split(",")) {
            try {
                ids.add(Long.parseLong(part.strip()));
            } catch (NumberFormatException e) {
                // skipped
            }
        }
        return ids;
    }
}
