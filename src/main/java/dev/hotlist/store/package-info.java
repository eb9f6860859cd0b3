/**
 * SQLite storage: one file holds leads, their extra columns, the call log, import batches (with the snapshots
 * that make an import undoable), saved views and settings.
 *
 * <p>{@link dev.hotlist.store.Database} owns the connection, checks the file is ours, backs it up and
 * migrates it ({@code resources/dev/hotlist/store/migrations/V*.sql}, {@code PRAGMA user_version}), and runs
 * every write as one {@code BEGIN IMMEDIATE} transaction with busy waiting and retry. The other classes are
 * stateless SQL over a connection handed to them inside that work; {@link dev.hotlist.store.LeadWriter} holds
 * prepared statements for the length of an import. Scores are never stored: they depend on the as-of day.
 *
 * <p>{@link dev.hotlist.store.Backups#prepare} copies the database aside under a {@code .partial} name; the caller
 * keeps it (renamed among the backups, the oldest pruned) or discards it, and a copy that fails (a full disk) is
 * deleted at once, so a backups folder never holds a half or empty copy that looks real.
 */
package dev.hotlist.store;
