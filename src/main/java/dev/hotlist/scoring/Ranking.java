package dev.hotlist.scoring;

import dev.hotlist.domain.Lead;
import dev.hotlist.domain.LeadFilter;
import dev.hotlist.domain.LeadScore;
import dev.hotlist.domain.RankedLead;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Stream;

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
    public static final Comparator<RankedLead> CALL_ORDER = (a, b) -> {
        LeadScore x = a.score();
        LeadScore y = b.score();
        int c = Double.compare(y.priority(), x.priority());
        if (c == 0) {
            c = Double.compare(y.need(), x.need());
        }
        if (c == 0) {
            c = Double.compare(y.timing(), x.timing());
        }
        return c != 0 ? c : Long.compare(a.lead().id(), b.lead().id());
    };

    /** A lead with what does not depend on the day: its need, and its timing when it has no buying date. */
    private record Assessed(Lead lead, NeedAssessment need, TimingAssessment undated) {
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
        Objects.requireNonNull(asOf, "asOf");
        Objects.requireNonNull(filter, "filter");
        return order(stream(leads).map(lead -> scored(lead, scorer.score(lead, asOf), asOf, filter)));
    }

    /** Works out the need of every lead once, for ranking them many times. */
    public static Ranking prepare(Collection<Lead> leads, LeadScorer scorer) {
        List<Assessed> assessed = stream(leads)
                .map(l -> new Assessed(l, scorer.assessNeed(l),
                        l.buyingDate() == null ? scorer.undatedTiming(l) : null))
                .toList();
        return new Ranking(assessed, scorer);
    }

    /** The prepared leads ranked for {@code asOf}, keeping those that pass {@code filter}. */
    public List<RankedLead> rank(LocalDate asOf, LeadFilter filter) {
        Objects.requireNonNull(asOf, "asOf");
        Objects.requireNonNull(filter, "filter");
        // Every lead with the same buying date has the same timing that day: work each date out once.
        Map<LocalDate, TimingAssessment> byDate = new ConcurrentHashMap<>();
        Function<Assessed, RankedLead> score = a -> {
            LocalDate date = a.lead.buyingDate();
            TimingAssessment timing = date != null ? timingOn(byDate, date, scorer, asOf) : a.undated;
            return scored(a.lead, scorer.score(a.need, timing), asOf, filter);
        };
        return order(stream(leads).map(score));
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

    private static <T> Stream<T> stream(Collection<T> items) {
        return items.size() >= PARALLEL_THRESHOLD ? items.parallelStream() : items.stream();
    }

    /** The lead with rank 0 while unsorted; null when the filter drops it. */
    private static RankedLead scored(Lead lead, LeadScore score, LocalDate asOf, LeadFilter filter) {
        return filter.test(lead, score, asOf) ? new RankedLead(0, lead, score) : null;
    }

    private static List<RankedLead> order(Stream<RankedLead> scored) {
        RankedLead[] kept = scored.filter(Objects::nonNull).toArray(RankedLead[]::new);
        int[] order = callOrder(kept);
        List<RankedLead> ranked = new ArrayList<>(kept.length);
        for (int i = 0; i < order.length; i++) {
            RankedLead r = kept[order[i]];
            ranked.add(new RankedLead(i + 1, r.lead(), r.score()));
        }
        return ranked;
    }

    /**
     * The positions of {@code leads} in {@link #CALL_ORDER}. Sorting a million objects through a comparator is
     * most of a re-rank, so the leads are sorted as primitive keys (the priority's bits, which order like the
     * priority itself, with the position in the low bits) and only runs of leads whose keys tie are then put in
     * order by the full comparator.
     */
    static int[] callOrder(RankedLead[] leads) {
        int n = leads.length;
        int indexBits = Math.max(1, 32 - Integer.numberOfLeadingZeros(Math.max(1, n - 1)));
        long indexMask = (1L << indexBits) - 1;
        long[] keys = new long[n];
        for (int i = 0; i < n; i++) {
            // Non-negative doubles order like their bits; inverting them puts the best first.
            long bits = Double.doubleToLongBits(leads[i].score().priority() + 0.0);
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
                Arrays.sort(run, (a, b) -> CALL_ORDER.compare(leads[a], leads[b]));
                for (int k = start; k < end; k++) {
                    order[k] = run[k - start];
                }
            }
            start = end;
        }
        return order;
    }
}
