package dev.hotlist.scoring;

import java.util.Set;

/** Every message key a {@link dev.hotlist.domain.Reason} from this package can carry; the bundles hold each. */
public final class ReasonKeys {
    public static final String NEED_UNKNOWN = "need.unknown";
    public static final String NEED_UNREAD = "need.unread";
    public static final String NEED_STATED = "need.stated";
    public static final String NEED_RATING = "need.rating";
    public static final String NEED_STARS = "need.stars";
    public static final String NEED_SCALED = "need.scaled";
    public static final String NEED_PERCENT = "need.percent";
    public static final String NEED_PAIN = "need.pain";
    public static final String NEED_BUDGET = "need.budget";
    public static final String NEED_BUDGET_MENTIONED = "need.budgetMentioned";
    public static final String NEED_BUDGET_APPROVED = "need.budgetApproved";
    public static final String NEED_NO_BUDGET = "need.noBudget";
    public static final String NEED_SOURCE_REFERRAL = "need.source.referral";
    public static final String NEED_SOURCE_INBOUND = "need.source.inbound";
    public static final String NEED_SOURCE_ONLINE = "need.source.online";
    public static final String NEED_SOURCE_EVENT = "need.source.event";
    public static final String NEED_SOURCE_COLD = "need.source.cold";
    public static final String NEED_JUST_ASKING = "need.justAsking";
    public static final String NEED_NOT_URGENT = "need.notUrgent";
    public static final String NEED_CAPPED = "need.capped";
    /** A learned value of an extra column: header, bin kind, value, range low, range high, won %, leads. */
    public static final String NEED_LEARNED = "need.learned";
    /** A learned value of a lead field: field index, then as {@link #NEED_LEARNED}. */
    public static final String NEED_LEARNED_FIELD = "need.learned.field";

    public static final String TIMING_TODAY = "timing.today";
    public static final String TIMING_TOMORROW = "timing.tomorrow";
    public static final String TIMING_IN_DAYS = "timing.inDays";
    public static final String TIMING_OVERDUE = "timing.overdue";
    public static final String TIMING_LAPSING = "timing.lapsing";
    public static final String TIMING_STALE = "timing.stale";
    public static final String TIMING_NO_DATE = "timing.noDate";
    public static final String TIMING_JUST_LOOKING = "timing.justLooking";
    public static final String TIMING_UNREAD = "timing.unread";

    /** All of the above. */
    public static final Set<String> ALL = Set.of(NEED_UNKNOWN, NEED_UNREAD, NEED_STATED, NEED_RATING, NEED_STARS,
            NEED_SCALED, NEED_PERCENT, NEED_PAIN, NEED_BUDGET, NEED_BUDGET_MENTIONED, NEED_BUDGET_APPROVED, NEED_NO_BUDGET,
            NEED_SOURCE_REFERRAL, NEED_SOURCE_INBOUND, NEED_SOURCE_ONLINE, NEED_SOURCE_EVENT, NEED_SOURCE_COLD,
            NEED_JUST_ASKING, NEED_NOT_URGENT, NEED_CAPPED, NEED_LEARNED, NEED_LEARNED_FIELD, TIMING_TODAY, TIMING_TOMORROW, TIMING_IN_DAYS,
            TIMING_OVERDUE, TIMING_LAPSING, TIMING_STALE, TIMING_NO_DATE, TIMING_JUST_LOOKING, TIMING_UNREAD);

    private ReasonKeys() {
    }
}
