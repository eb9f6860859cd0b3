package dev.hotlist.scoring;

import dev.hotlist.domain.Lead;
import dev.hotlist.domain.LeadFilter;
import dev.hotlist.domain.LeadScore;
import dev.hotlist.domain.RankedLead;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.IntStream;

/**
 * Puts leads in call order: priority first, then need, then timing, then id, ranks from 1.
 *
 * <p>{@link #rank(Collection, LeadScorer, LocalDate, LeadFilter)} scores everything from scratch. When the same
 * leads are ranked again and again (another day, another filter), {@link #prepare} works out every need once
 * and {@link #rank(LocalDate, LeadFilter)} then only scores timing. Large inputs are scored in parallel.
 */
public final class Ranking {
    /** Below this many leads a parallel stream costs more than it saves. */
    static final int PARALLEL_THRESHOLD = 5_000;

    /** Call order: the best lead compares lowest. */
    public static final Comparator<RankedLead> CALL_ORDER =
            (a, b) -> compare(a.lead(), a.score(), b.lead(), b.score());

    private static int compare(Lead a, LeadScore x, Lead b, LeadScore y) {
        int c = Double.compare(y.priority(), x.priority());
        if (c == 0) {
            c = Double.compare(y.need(), x.need());
        }
        if (c == 0) {
            c = Double.compare(y.timing(), x.timing());
        }
        return c != 0 ? c : Long.compare(a.id(), b.id());
    }

    /** A lead with what does not depend on the day: its need, and whether it is only looking. */
    private record Assessed(Lead lead, NeedAssessment need, boolean justLooking) {
    }

    private final List<Assessed> leads;
    private final LeadScorer scorer;

    private Ranking(List<Assessed> leads, LeadScorer scorer) {
        this.leads = leads;
        this.scorer = scorer;
    }

    /** Ranks {@code leads} for {@code asOf}, keeping those that pass {@code filter}. */
    public static List<RankedLead> rank(Collection<Lead> leads, LeadScorer scorer, LocalDate asOf,
                                        LeadFilter filter) {
        return prepare(leads, scorer).rank(asOf, filter);
    }

    /** Works out the need of every lead once, for ranking them many times. */
    public static Ranking prepare(Collection<Lead> leads, LeadScorer scorer) {
        Lead[] all = leads.toArray(Lead[]::new);
        Assessed[] assessed = new Assessed[all.length];
        indices(all.length).forEach(i -> {
            Lead l = all[i];
            assessed[i] = new Assessed(l, scorer.assessNeed(l), LeadScorer.isJustLooking(l));
        });
        return new Ranking(Arrays.asList(assessed), scorer);
    }

    /** The prepared leads ranked for {@code asOf}, keeping those that pass {@code filter}. */
    public List<RankedLead> rank(LocalDate asOf, LeadFilter filter) {
        Objects.requireNonNull(asOf, "asOf");
        Objects.requireNonNull(filter, "filter");
        // Every lead with the same buying date has the same timing that day: work each date out once.
        Map<LocalDate, TimingAssessment> byDate = new ConcurrentHashMap<>();
        TimingAssessment noDate = scorer.assessTiming(null, false, asOf);
        TimingAssessment justLooking = scorer.assessTiming(null, true, asOf);
        int n = leads.size();
        LeadScore[] scores = new LeadScore[n];
        indices(n).forEach(i -> {
            Assessed a = leads.get(i);
            LocalDate date = a.lead.buyingDate();
            TimingAssessment timing = date != null
                    ? timingOn(byDate, date, scorer, asOf)
                    : a.justLooking ? justLooking : noDate;
            LeadScore score = scorer.score(a.need, timing);
            scores[i] = filter.test(a.lead, score, asOf) ? score : null;
        });
        int kept = 0;
        Lead[] keptLeads = new Lead[n];
        for (int i = 0; i < n; i++) {
            if (scores[i] != null) {
                keptLeads[kept] = leads.get(i).lead;
                scores[kept++] = scores[i];
            }
        }
        LeadScore[] keptScores = kept == n ? scores : Arrays.copyOf(scores, kept);
        int[] order = callOrder(keptLeads, keptScores);
        RankedLead[] ranked = new RankedLead[kept];
        for (int r = 0; r < kept; r++) {
            ranked[r] = new RankedLead(r + 1, keptLeads[order[r]], keptScores[order[r]]);
        }
        return Collections.unmodifiableList(Arrays.asList(ranked));
    }

    private static TimingAssessment timingOn(Map<LocalDate, TimingAssessment> byDate, LocalDate date,
                                             LeadScorer scorer, LocalDate asOf) {
        TimingAssessment known = byDate.get(date);
        return known != null ? known : byDate.computeIfAbsent(date, d -> scorer.assessTiming(d, false, asOf));
    }

    public int size() {
        return leads.size();
    }

    public LeadScorer scorer() {
        return scorer;
    }

    private static IntStream indices(int n) {
        IntStream range = IntStream.range(0, n);
        return n >= PARALLEL_THRESHOLD ? range.parallel() : range;
    }

    /** The positions of {@code leads} in {@link #CALL_ORDER}. */
    static int[] callOrder(RankedLead[] leads) {
        Lead[] l = new Lead[leads.length];
        LeadScore[] s = new LeadScore[leads.length];
        for (int i = 0; i < leads.length; i++) {
            l[i] = leads[i].lead();
            s[i] = leads[i].score();
        }
        return callOrder(l, s);
    }

    /**
     * The positions of {@code leads} in {@link #CALL_ORDER}. Sorting a million objects through a comparator is
     * most of a re-rank, so the leads are sorted as primitive keys (the priority's bits, which order like the
     * priority itself, with the position in the low bits) and only runs of leads whose keys tie are then put in
     * order by the full comparator.
     */
    private static int[] callOrder(Lead[] leads, LeadScore[] scores) {
        int n = scores.length;
        int indexBits = Math.max(1, 32 - Integer.numberOfLeadingZeros(Math.max(1, n - 1)));
        long indexMask = (1L << indexBits) - 1;
        long[] keys = new long[n];
        for (int i = 0; i < n; i++) {
            // Non-negative doubles order like their bits; inverting them puts the best first.
            long bits = Double.doubleToLongBits(scores[i].priority() + 0.0);
            keys[i] = ((Long.MAX_VALUE - bits) & ~indexMask) | i;
        }
        if (n >= PARALLEL_THRESHOLD) {
            Arrays.parallelSort(keys);
        } else {
            Arrays.sort(keys);
        }
        int[] order = new int[n];
        int start = 0;
        while (start < n) {
            long prefix = keys[start] & ~indexMask;
            int end = start + 1;
            while (end < n && (keys[end] & ~indexMask) == prefix) {
                end++;
            }
            if (end - start == 1) {
                order[start] = (int) (keys[start] & indexMask);
            } else {
                Integer[] run = new Integer[end - start];
                for (int k = start; k < end; k++) {
                    run[k - start] = (int) (keys[k] & indexMask);
                }
                Arrays.sort(run, (a, b) -> compare(leads[a], scores[a], leads[b], scores[b]));
                for (int k = start; k < end; k++) {
                    order[k] = run[k - start];
                }
            }
            start = end;
        }
        return order;
    }
}
