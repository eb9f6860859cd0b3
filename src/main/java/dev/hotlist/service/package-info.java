/**
 * What the app and the command line can do, behind one interface, {@link dev.hotlist.service.Hotlist}:
 * import (sheets → store, one transaction), rank (store → scoring, for an as-of day), export, work the list.
 * {@link dev.hotlist.service.LocalHotlist} implements it on a local SQLite file.
 *
 * <p>An import refused or failed part-way leaves everything as it was: the rows, the mapping corrections (saved in
 * the import's transaction), the backups (the "before import" copy is taken aside first and kept, pruning the
 * oldest, only after the commit). Its report keeps the first {@link dev.hotlist.service.ImportReport#LISTED_SKIPS}
 * skipped rows and a count per reason ({@code SkippedRows}), so millions of skipped rows cost no memory.
 */
package dev.hotlist.service;
