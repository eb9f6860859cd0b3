package dev.hotlist.scoring.learning;

import dev.hotlist.domain.ExtraColumns;
import dev.hotlist.domain.Lead;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.IntStream;

/**
 * The leads' text by column, read out of the leads once per fit and numbered: each column keeps its distinct texts
 * once and every lead the number of its text. A fit reads every cell several times (profile, bins, folds); with
 * numbers it reads arrays, not strings scattered over the heap, and works each distinct text out once.
 *
 * @param ids   {@code ids[c][i]}: the number of lead {@code i}'s text in column {@code c}
 * @param texts {@code texts[c][id]}: column {@code c}'s distinct texts; id 0 is always ""
 */
record Cells(int[][] ids, String[][] texts) {
    /** For each place of a layout, the column it feeds, or -1. */
    private record Places(String[] layout, int[] columns) {
        static Places of(String[] layout, Map<String, Integer> extraColumn) {
            int[] columns = new int[layout.length];
            for (int k = 0; k < layout.length; k++) {
                columns[k] = extraColumn.getOrDefault(layout[k], -1);
            }
            return new Places(layout, columns);
        }
    }

    private static final int PARALLEL = 5_000;

    static Cells of(List<LeadColumn> columns, List<Lead> leads) {
        int n = leads.size();
        String[][] raw = new String[columns.size()][n];
        Map<String, Integer> extraColumn = new HashMap<>();
        List<Integer> fieldColumns = new ArrayList<>();
        for (int c = 0; c < columns.size(); c++) {
            if (columns.get(c).isExtra()) {
                extraColumn.put(columns.get(c).header(), c);
            } else {
                fieldColumns.add(c);
            }
        }
        // each lead's extra columns read by their place in the sheet's layout (worked out once per layout), then
        // numbered column by column
        AtomicReference<Places> last = new AtomicReference<>(new Places(new String[0], new int[0]));
        IntStream byLead = IntStream.range(0, n);
        (n >= PARALLEL ? byLead.parallel() : byLead).forEach(i -> {
            Lead lead = leads.get(i);
            for (int c : fieldColumns) {
                raw[c][i] = columns.get(c).valueOf(lead);
            }
            ExtraColumns extra = ExtraColumns.of(lead.extra());
            Places places = last.get();
            if (places.layout != extra.layout()) {
                places = Places.of(extra.layout(), extraColumn);
                last.set(places);
            }
            for (int k = 0; k < places.columns.length; k++) {
                if (places.columns[k] >= 0) {
                    raw[places.columns[k]][i] = extra.valueAt(k);
                }
            }
        });
        int[][] ids = new int[columns.size()][];
        String[][] texts = new String[columns.size()][];
        IntStream.range(0, columns.size()).parallel().forEach(c -> {
            Map<String, Integer> numbers = new HashMap<>();
            List<String> distinct = new ArrayList<>();
            distinct.add("");
            numbers.put("", 0);
            int[] mine = new int[n];
            String[] column = raw[c];
            for (int i = 0; i < n; i++) {
                String text = column[i] == null ? "" : column[i];
                Integer id = numbers.get(text);
                if (id == null) {
                    id = distinct.size();
                    numbers.put(text, id);
                    distinct.add(text);
                }
                mine[i] = id;
            }
            ids[c] = mine;
            texts[c] = distinct.toArray(String[]::new);
        });
        return new Cells(ids, texts);
    }
}
