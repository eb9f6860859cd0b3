package dev.hotlist.sheets;

/** What a cell held before it became text: the mapper needs to know a real date or number from typed text. */
enum CellKind {
    TEXT, NUMBER, DATE, BOOLEAN
}
