/** Import and export as background jobs with progress, cancel, a report and one-sentence errors. */
package dev.hotlist.ui.importer;
