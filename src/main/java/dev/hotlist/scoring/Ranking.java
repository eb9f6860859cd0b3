package dev.hotlist.scoring;

import dev.hotlist.domain.Lead;
import dev.hotlist.domain.LeadFilter;
import dev.hotlist.domain.LeadScore;
import dev.hotlist.domain.RankedLead;
import dev.hotlist.domain.SearchableText;
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

    /** Buying-date spans up to this many days get their timings from an array, wider ones from a map. */
    private static final int MAX_DAY_SPAN = 1 << 20;
    private static final int NO_DAY = Integer.MIN_VALUE;

    /**
     * A lead with what does not depend on the day: its need, its timing when it has no buying date, and its words
     * for the search box.
     */
    private record Assessed(Lead lead, NeedAssessment need, TimingAssessment undated, SearchableText words) {
    }

    private final List<Assessed> leads;
    /** Each lead's buying date as an epoch day ({@link #NO_DAY} for none): ranking never touches the date. */
    private final int[] days;
    private final LeadScorer scorer;
    private final int firstDay;
    private final int lastDay;

    private Ranking(List<Assessed> leads, int[] days, LeadScorer scorer) {
        this.leads = leads;
        this.days = days;
        this.scorer = scorer;
        int first = Integer.MAX_VALUE;
        int last = Integer.MIN_VALUE;
        for (int day : days) {
            if (day != NO_DAY) {
                first = Math.min(first, day);
                last = Math.max(last, day);
            }
        }
        this.firstDay = first;
        this.lastDay = last;
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
        int[] days = new int[all.length];
        indices(all.length).forEach(i -> {
            Lead l = all[i];
            LocalDate date = l.buyingDate();
            assessed[i] = new Assessed(l, scorer.assessNeed(l), date == null ? scorer.undatedTiming(l) : null,
                    SearchableText.of(l));
            days[i] = date == null ? NO_DAY : Math.toIntExact(date.toEpochDay());
        });
        return new Ranking(Arrays.asList(assessed), days, scorer);
    }

    /** The prepared leads ranked for {@code asOf}, keeping those that pass {@code filter}. */
    public List<RankedLead> rank(LocalDate asOf, LeadFilter filter) {
        Objects.requireNonNull(asOf, "asOf");
        Objects.requireNonNull(filter, "filter");
        Timings timings = lastDay < firstDay || (long) lastDay - firstDay >= MAX_DAY_SPAN
                ? new TimingsByMap(scorer, asOf) : new TimingsByDay(scorer, asOf, firstDay, lastDay);
        int n = leads.size();
        SearchableText.Query query = filter.query();
        LeadScore[] scores = new LeadScore[n];
        indices(n).forEach(i -> {
            Assessed a = leads.get(i);
            int day = days[i];
            TimingAssessment timing = day != NO_DAY ? timings.on(day) : a.undated;
            LeadScore score = scorer.score(a.need, timing);
            scores[i] = filter.test(a.lead, score, asOf, query, a.words) ? score : null;
        });
        Lead[] all = new Lead[n];
        for (int i = 0; i < n; i++) {
            all[i] = leads.get(i).lead;
        }
        return inCallOrder(all, scores, n);
    }

    /**
     * The first {@code limit} leads of {@link #rank(Collection, LeadScorer, LocalDate, LeadFilter)}, ranks from 1,
     * with nothing kept for another ranking (no searchable words unless the filter searches): a window's first rows,
     * picked from 100,000 leads in a fraction of what preparing them takes.
     */
    public static List<RankedLead> top(Collection<Lead> leads, LeadScorer scorer, LocalDate asOf, LeadFilter filter,
                                       int limit) {
        Objects.requireNonNull(asOf, "asOf");
        Lead[] all = leads.toArray(Lead[]::new);
        Timings timings = new TimingsByMap(scorer, asOf);
        SearchableText.Query query = filter.query();
        LeadScore[] scores = new LeadScore[all.length];
        indices(all.length).forEach(i -> {
            Lead l = all[i];
            LocalDate date = l.buyingDate();
            TimingAssessment timing = date != null ? timings.on(Math.toIntExact(date.toEpochDay()))
                    : scorer.undatedTiming(l);
            LeadScore score = scorer.score(scorer.assessNeed(l), timing);
            scores[i] = filter.test(l, score, asOf, query, null) ? score : null;
        });
        return inCallOrder(all, scores, limit);
    }

    /** The leads whose score is not null (those a filter kept), in call order, ranks from 1, the first {@code limit}. */
    private static List<RankedLead> inCallOrder(Lead[] leads, LeadScore[] scores, int limit) {
        int n = leads.length;
        int kept = 0;
        Lead[] keptLeads = new Lead[n];
        for (int i = 0; i < n; i++) {
            if (scores[i] != null) {
                keptLeads[kept] = leads[i];
                scores[kept++] = scores[i];
            }
        }
        LeadScore[] keptScores = kept == n ? scores : Arrays.copyOf(scores, kept);
        int[] order = callOrder(keptLeads, keptScores);
        RankedLead[] ranked = new RankedLead[Math.min(kept, Math.max(0, limit))];
        for (int r = 0; r < ranked.length; r++) {
            ranked[r] = new RankedLead(r + 1, keptLeads[order[r]], keptScores[order[r]]);
        }
        return Collections.unmodifiableList(Arrays.asList(ranked));
    }

    /** Every lead with the same buying date has the same timing on one day: each date is worked out once. */
    private interface Timings {
        TimingAssessment on(int epochDay);
    }

    /** Timings in an array over the span of buying dates; filled as dates are met, by any thread. */
    private record TimingsByDay(LeadScorer scorer, LocalDate asOf, int firstDay, TimingAssessment[] known)
            implements Timings {
        TimingsByDay(LeadScorer scorer, LocalDate asOf, int firstDay, int lastDay) {
            this(scorer, asOf, firstDay, new TimingAssessment[lastDay - firstDay + 1]);
        }

        @Override
        public TimingAssessment on(int epochDay) {
            // A race only works a date out twice: assessments are immutable, so any copy will do.
            TimingAssessment t = known[epochDay - firstDay];
            if (t == null) {
                t = scorer.assessTiming(LocalDate.ofEpochDay(epochDay), asOf);
                known[epochDay - firstDay] = t;
            }
            return t;
        }
    }

    /** Timings in a map, for buying dates spread over more than {@link #MAX_DAY_SPAN} days. */
    private record TimingsByMap(LeadScorer scorer, LocalDate asOf, Map<Integer, TimingAssessment> known)
            implements Timings {
        TimingsByMap(LeadScorer scorer, LocalDate asOf) {
            this(scorer, asOf, new ConcurrentHashMap<>());
        }

        @Override
        public TimingAssessment on(int epochDay) {
            return known.computeIfAbsent(epochDay, d -> scorer.assessTiming(LocalDate.ofEpochDay(d), asOf));
        }
    }

    /** The prepared leads, in the order they were given. */
    public List<Lead> leads() {
        return new java.util.AbstractList<>() {
            @Override
            public Lead get(int index) {
                return leads.get(index).lead;
            }

            @Override
            public int size() {
                return leads.size();
            }
        };
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
            if (end - start == 1 || alreadyInOrder(keys, start, end, indexMask, leads, scores)) {
                for (int k = start; k < end; k++) {
                    order[k] = (int) (keys[k] & indexMask);
                }
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

    /**
     * Whether a run of tied keys (positions ascending) is in call order as it stands: the usual case of leads
     * with the very same scores, read in id order, which then needs no comparator sort.
     */
    private static boolean alreadyInOrder(long[] keys, int start, int end, long indexMask, Lead[] leads,
                                          LeadScore[] scores) {
        int first = (int) (keys[start] & indexMask);
        LeadScore s = scores[first];
        long previousId = leads[first].id();
        for (int k = start + 1; k < end; k++) {
            int i = (int) (keys[k] & indexMask);
            LeadScore t = scores[i];
            long id = leads[i].id();
            if (t.priority() != s.priority() || t.need() != s.need() || t.timing() != s.timing() || id <= previousId) {
                return false;
            }
            previousId = id;
        }
        return true;
    }
}
