package dev.hotlist.scoring.learning;

import dev.hotlist.domain.Lead;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
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
    static Cells of(List<LeadColumn> columns, List<Lead> leads) {
        int[][] ids = new int[columns.size()][];
        String[][] texts = new String[columns.size()][];
        IntStream.range(0, columns.size()).parallel().forEach(c -> {
            LeadColumn column = columns.get(c);
            Map<String, Integer> numbers = new HashMap<>();
            List<String> distinct = new ArrayList<>();
            distinct.add("");
            numbers.put("", 0);
            int[] mine = new int[leads.size()];
            for (int i = 0; i < mine.length; i++) {
                String text = column.valueOf(leads.get(i));
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
