package dev.hotlist.sheets;

import dev.hotlist.domain.Outcome;
import java.util.HashMap;
import java.util.Map;

/**
 * How an outcome cell reads: Won/Lost, Closed Won/Closed Lost (Salesforce, HubSpot's closedwon), Closed - Converted /
 * Closed - Not Converted (Salesforce lead status), Converted/Disqualified (Dynamics), 成交/未成交, 赢单/输单; and in an
 * outcome column a flag (Converted 1/0, 是否成交 是/否). Anything else (Open, Contacted, In progress) is no outcome yet.
 */
final class OutcomeWords {
    private static final Map<String, Outcome> WORDS = new HashMap<>();

    static {
        for (String w : new String[] {"won", "win", "closed won", "closedwon", "closed - won", "converted",
                "closed - converted", "closed converted", "qualified - converted", "success", "successful", "deal won",
                "sold", "成交", "已成交", "赢单", "赢", "已赢单", "签约", "已签约", "交易成功", "成功", "已转化", "转化成功"}) {
            WORDS.put(HeaderNames.normalize(w), Outcome.WON);
        }
        for (String w : new String[] {"lost", "loss", "closed lost", "closedlost", "closed - lost", "not converted",
                "closed - not converted", "closed not converted", "disqualified", "unqualified", "deal lost",
                "未成交", "输单", "输", "丢单", "已丢单", "已输单", "失败", "流失", "已流失", "交易关闭", "无效"}) {
            WORDS.put(HeaderNames.normalize(w), Outcome.LOST);
        }
    }

    private OutcomeWords() {
    }

    /** The outcome a word states; null when it states none (an open stage, a blank). */
    static Outcome word(String text) {
        if (text.isEmpty() || text.length() > 40) {
            return null;
        }
        return WORDS.get(HeaderNames.normalize(text));
    }

    /** {@link #word}, else a flag read as won (yes, 1, true) or lost (no, 0, false). */
    static Outcome of(String text) {
        Outcome o = word(text);
        if (o != null) {
            return o;
        }
        Boolean flag = CellValues.flag(text);
        return flag == null ? null : flag ? Outcome.WON : Outcome.LOST;
    }
}
