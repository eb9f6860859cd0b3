package dev.hotlist.sheets;

/**
 * What reading a whole sheet learned beyond its rows.
 *
 * @param rowsRead  data rows read after the header (blank rows not counted)
 * @param needScale the scale inferred from the need column's numeric values (5, 10, 100, or 1 for
 *                  fractions); null when the column held no bare numbers
 */
public record SheetSummary(int rowsRead, Integer needScale) {
}
