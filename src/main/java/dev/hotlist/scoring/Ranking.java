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
     * The prepared leads, and what does not depend on the day, in arrays by position (a million leads would otherwise
     * be a million more objects that every collection during a ranking copies): each lead's need, its timing when it
     * has no buying date, its buying date as an epoch day ({@link #NO_DAY} for none: ranking never touches the
     * date), and its words for the search box, worked out the first time a search needs them (a ranking without
     * search never does).
     */
    private final Lead[] leads;
    private final NeedAssessment[] needs;
    private final TimingAssessment[] undated;
    private final int[] days;
    /** Set on a lead's first search; a race only works them out twice (the words are immutable). */
    private final SearchableText[] words;
    private final LeadScorer scorer;
    private final int firstDay;
    private final int lastDay;

    private Ranking(Lead[] leads, NeedAssessment[] needs, TimingAssessment[] undated, int[] days, LeadScorer scorer) {
        this.leads = leads;
        this.needs = needs;
        this.undated = undated;
        this.days = days;
        this.words = new SearchableText[leads.length];
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
        NeedAssessment[] needs = new NeedAssessment[all.length];
        TimingAssessment[] undated = new TimingAssessment[all.length];
        int[] days = new int[all.length];
        indices(all.length).forEach(i -> {
            Lead l = all[i];
            LocalDate date = l.buyingDate();
            needs[i] = scorer.assessNeed(l);
            undated[i] = date == null ? scorer.undatedTiming(l) : null;
            days[i] = date == null ? NO_DAY : Math.toIntExact(date.toEpochDay());
        });
        return new Ranking(all, needs, undated, days, scorer);
    }

    /** The prepared leads ranked for {@code asOf}, keeping those that pass {@code filter}. */
    public List<RankedLead> rank(LocalDate asOf, LeadFilter filter) {
        return rank(asOf, filter, leads.length);
    }

    /** The first {@code limit} leads of {@link #rank(LocalDate, LeadFilter)}. */
    private List<RankedLead> rank(LocalDate asOf, LeadFilter filter, int limit) {
        Objects.requireNonNull(asOf, "asOf");
        Objects.requireNonNull(filter, "filter");
        Timings timings = lastDay < firstDay || (long) lastDay - firstDay >= MAX_DAY_SPAN
                ? new TimingsByMap(scorer, asOf) : new TimingsByDay(scorer, asOf, firstDay, lastDay);
        int n = leads.length;
        SearchableText.Query query = filter.query();
        LeadScore[] scores = new LeadScore[n];
        indices(n).forEach(i -> {
            int day = days[i];
            TimingAssessment timing = day != NO_DAY ? timings.on(day) : undated[i];
            LeadScore score = scorer.score(needs[i], timing);
            scores[i] = filter.test(leads[i], score, asOf, query, query == null ? null : words(i)) ? score : null;
        });
        return inCallOrder(leads, scores, limit);
    }

    /**
     * The first {@code limit} leads of {@link #rank(Collection, LeadScorer, LocalDate, LeadFilter)}, ranks from 1: a
     * window's first rows. Only the leads ranked are kept, so it costs what one ranking does.
     */
    public static List<RankedLead> top(Collection<Lead> leads, LeadScorer scorer, LocalDate asOf, LeadFilter filter,
                                       int limit) {
        return prepare(leads, scorer).rank(asOf, filter, limit);
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
                return leads[index];
            }

            @Override
            public int size() {
                return leads.length;
            }
        };
    }

    public int size() {
        return leads.length;
    }

    private SearchableText words(int i) {
        SearchableText w = words[i];
        if (w == null) {
            w = SearchableText.of(leads[i]);
            words[i] = w;
        }
        return w;
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
