/**
 * The salesperson's vocabulary as plain Java values: {@link dev.hotlist.domain.Lead}, its
 * {@link dev.hotlist.domain.CallLogEntry call log}, {@link dev.hotlist.domain.Stage stages},
 * {@link dev.hotlist.domain.Tier tiers}, {@link dev.hotlist.domain.LeadScore scores with their reasons},
 * {@link dev.hotlist.domain.LeadFilter filters} and {@link dev.hotlist.domain.SavedView saved views},
 * {@link dev.hotlist.domain.ScoringSettings scoring settings} and {@link dev.hotlist.domain.ImportBatch import batches}.
 *
 * <p>Nothing here knows about JavaFX, JDBC or spreadsheets; every other layer depends on this one and
 * an architecture test keeps it that way.
 */
package dev.hotlist.domain;
