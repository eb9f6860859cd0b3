package dev.hotlist.sheets.export;

import dev.hotlist.domain.RankedLead;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

/**
 * The columns of one export: first the call sheet (who, how to reach them, why now, and where the calling stands),
 * which is also what prints; then the scores and the rest of the lead's own fields; then every extra column the leads
 * were imported with, in first-seen order over all rows.
 */
record ExportLayout(List<String> extraKeys, List<String> headers) {
    /** What a manager reads on paper, in reading order: the long Why comes after the name, company and phone. */
    static final List<Column> CALL_SHEET = List.of(Column.RANK, Column.TIER, Column.NAME, Column.COMPANY,
            Column.PHONE, Column.DO_NOT_CALL, Column.WHY, Column.BUYING_TIME, Column.OWNER, Column.STAGE, Column.LAST_CALL,
            Column.LAST_CALL_AT, Column.NEXT_ACTION);
    static final List<Column> MORE = List.of(Column.PRIORITY, Column.NEED_SCORE, Column.TIMING_SCORE,
            Column.RECORD_ID, Column.EMAIL, Column.NEED, Column.BUDGET, Column.SOURCE, Column.SEGMENT,
            Column.CUSTOMER_TYPE, Column.REGION, Column.SIZE, Column.NOTES);
    /** Every fixed column, in order; the extra columns follow them. */
    static final List<Column> FIXED = Stream.concat(CALL_SHEET.stream(), MORE.stream()).toList();

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
        List<String> headers = new ArrayList<>(FIXED.size() + extras.size());
        FIXED.forEach(c -> headers.add(texts.header(c)));
        headers.addAll(extras);
        return new ExportLayout(new ArrayList<>(extras), headers);
    }

    int width() {
        return headers.size();
    }

    /** Index of the first extra column. */
    int extrasStart() {
        return FIXED.size();
    }
}
