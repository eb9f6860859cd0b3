/**
 * What the app and the command line can do, behind one interface, {@link dev.hotlist.service.Hotlist}:
 * import (sheets → store, one transaction), rank (store → scoring, for an as-of day), export, work the list, and in
 * team mode claim leads, save edits against the version seen ({@link dev.hotlist.domain.EditOutcome}) and hear of
 * others' changes. {@link dev.hotlist.service.LocalHotlist} implements it on either store (a SQLite file or a team's
 * PostgreSQL server, named by a {@link dev.hotlist.service.DatabaseLocation}); the name predates team mode.
 *
 * <p>An import refused or failed part-way leaves everything as it was: the rows, the mapping corrections (saved in
 * the import's transaction), the backups (the "before import" copy is taken aside first and kept, pruning the
 * oldest, only after the commit). Its report keeps the first {@link dev.hotlist.service.ImportReport#LISTED_SKIPS}
 * skipped rows and a count per reason ({@code SkippedRows}), so millions of skipped rows cost no memory.
 */
package dev.hotlist.service;
