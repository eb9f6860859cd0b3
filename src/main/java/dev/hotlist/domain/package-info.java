/**
 * The salesperson's vocabulary as plain Java values: {@link dev.hotlist.domain.Lead}, its
 * {@link dev.hotlist.domain.CallLogEntry call log}, {@link dev.hotlist.domain.Stage stages},
 * {@link dev.hotlist.domain.Tier tiers}, {@link dev.hotlist.domain.LeadScore scores with their reasons},
 * {@link dev.hotlist.domain.LeadFilter filters} and {@link dev.hotlist.domain.SavedView saved views},
 * {@link dev.hotlist.domain.ScoringSettings scoring settings} and {@link dev.hotlist.domain.ImportBatch import batches}.
 *
 * <p>Also the values and failures the service hands the app and the command line, so they never name sheets or store:
 * an import's {@link dev.hotlist.domain.SheetOptions options}, {@link dev.hotlist.domain.ColumnMapping column
 * mapping} and {@link dev.hotlist.domain.ParsedRow parsed rows}, and the two failures with their own sentence,
 * {@link dev.hotlist.domain.UnusableFileException} (a file refused) and {@link dev.hotlist.domain.StoreException} (the
 * database failed), whose words still come from the sheets' and the store's bundles (decision 0011).
 *
 * <p>Nothing here knows about JavaFX, JDBC or spreadsheets; every other layer depends on this one and
 * an architecture test keeps it that way.
 */
package dev.hotlist.domain;
