package dev.hotlist.sheets;

import java.util.List;
import java.util.Map;

/**
 * Which column feeds which lead field.
 *
 * @param headers the header row's texts, by column index (blank headers as "")
 * @param fields  the field of each column index; columns absent here are {@link LeadField#EXTRA}
 */
public record ColumnMapping(List<String> headers, Map<Integer, LeadField> fields) {
    public ColumnMapping {
        headers = List.copyOf(headers);
        fields = Map.copyOf(fields);
    }

    public LeadField fieldOf(int column) {
        return fields.getOrDefault(column, LeadField.EXTRA);
    }
}
