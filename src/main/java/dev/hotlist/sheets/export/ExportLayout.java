package dev.hotlist.sheets.export;

import dev.hotlist.domain.RankedLead;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The columns of one export: the scores and the lead's own fields, then every extra column the leads were imported
 * with (in first-seen order over all rows), then the salesperson's work columns.
 */
record ExportLayout(List<String> extraKeys, List<String> headers) {
    static final List<Column> HEAD = List.of(Column.RANK, Column.TIER, Column.PRIORITY, Column.NEED_SCORE,
            Column.TIMING_SCORE, Column.WHY, Column.RECORD_ID, Column.NAME, Column.COMPANY, Column.EMAIL,
            Column.PHONE, Column.NEED, Column.BUYING_TIME, Column.BUDGET, Column.SOURCE, Column.SEGMENT,
            Column.CUSTOMER_TYPE, Column.REGION, Column.SIZE, Column.OWNER, Column.NOTES);
    static final List<Column> TAIL = List.of(Column.STAGE, Column.LAST_CALL, Column.NEXT_ACTION);

    ExportLayout {
        extraKeys = List.copyOf(extraKeys);
        headers = List.copyOf(headers);
    }

    /** The layout for {@code rows}: a first pass over all of them collects the extra columns. */
    static ExportLayout of(List<RankedLead> rows, ExportTexts texts) {
        Set<String> extras = new LinkedHashSet<>();
        for (RankedLead r : rows) {
            extras.addAll(r.lead().extra().keySet());
        }
        List<String> headers = new ArrayList<>(HEAD.size() + extras.size() + TAIL.size());
        HEAD.forEach(c -> headers.add(texts.header(c)));
        headers.addAll(extras);
        TAIL.forEach(c -> headers.add(texts.header(c)));
        return new ExportLayout(new ArrayList<>(extras), headers);
    }

    int width() {
        return headers.size();
    }

    /** Index of the first column after the extras. */
    int tailStart() {
        return HEAD.size() + extraKeys.size();
    }
}
