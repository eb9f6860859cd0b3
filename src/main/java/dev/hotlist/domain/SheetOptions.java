package dev.hotlist.domain;

import java.util.Map;

/**
 * How to read a file.
 *
 * @param sheetName        the sheet to read; null for the first visible sheet with data
 * @param mappingOverrides the user's corrections, header text → field; they win over automatic mapping
 */
public record SheetOptions(String sheetName, Map<String, LeadField> mappingOverrides) {
    public SheetOptions {
        mappingOverrides = mappingOverrides == null ? Map.of() : Map.copyOf(mappingOverrides);
    }

    public static SheetOptions defaults() {
        return new SheetOptions(null, Map.of());
    }
}
