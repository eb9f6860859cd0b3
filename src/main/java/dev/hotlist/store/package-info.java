/**
 * Storage behind one interface, {@link dev.hotlist.store.Store}: a SQLite file ({@link dev.hotlist.store.Database})
 * or a team's PostgreSQL server ({@link dev.hotlist.store.PostgresStore}); {@link dev.hotlist.store.Stores} opens the
 * one a location names. Both hold leads, their extra columns, the call log, import batches (with the snapshots that
 * make an import undoable), saved views and settings, in one schema.
 *
 * <p>A store owns connections, transactions, migrations ({@link dev.hotlist.store.Migrations}: Flyway, over
 * {@code resources/dev/hotlist/store/migrations/{common,sqlite,postgresql}}, skipped when the database is current),
 * change notices and backups. The other classes are stateless SQL over a connection handed to them inside that work,
 * written once for both engines ({@link dev.hotlist.store.Sql} holds what differs): the import's matching and merging
 * rules live in {@link dev.hotlist.store.LeadWriter} only, version-checked edits and claims in
 * {@link dev.hotlist.store.LeadEdits}, the server's change feed in {@link dev.hotlist.store.LeadChanges}. Reads run on
 * a connection of their own (a WAL reader; a pool) and never wait behind a write. Scores are never stored: they
 * depend on the as-of day. See {@code docs/decisions/0002} (SQLite's locks) and {@code 0005} (two engines).
 *
 * <p>{@link dev.hotlist.store.Store#prepareBackup} (on SQLite {@link dev.hotlist.store.Backups#prepare}) copies the
 * database aside under a {@code .partial} name; the caller keeps it (renamed among the backups, the oldest pruned)
 * or discards it, and a copy that fails (a full disk) is deleted at once, so a backups folder never holds a half or
 * empty copy that looks real. Inside a write transaction it copies the last commit (VACUUM INTO on the WAL reader,
 * which never sees the open transaction): an import takes its "before import" copy once its rows are written and
 * only if they added or changed a lead, before it commits.
 *
 * <p>Speed: an import announces each batch of rows ({@link dev.hotlist.store.LeadWriter#prefetch}), and the writer
 * fetches the stored leads their keys point at with a few {@code IN (...)} queries per batch
 * ({@link dev.hotlist.store.Lookahead}), one kind of key at a time and only when a row first asks for it; whatever the
 * writer then writes is forgotten and asked of the database again, so the rules see exactly what a query per row
 * would have shown (a re-import had cost three queries per row: a round trip each on a server). Leads are read by
 * column position: sqlite-jdbc looks a column name up by fetching every column's name again for each result set.
 * A lead keeps the {@link dev.hotlist.store.SheetPrint} of the last row merged into it ({@code sheet_print}, good
 * while {@code print_version = version}: every other write raises the version); a row carrying its lead's print
 * changes nothing (merging is idempotent), so it is told unchanged from the candidate row alone and the lead is
 * never read whole. The stored keys are not read up front: with leads stored, the lookahead asks. See
 * {@code docs/decisions/0008} and {@code 0010}.
 */
package dev.hotlist.store;
