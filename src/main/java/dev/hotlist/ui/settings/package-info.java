/** The scoring settings dialog: weights, thresholds and the timing curve, saved in the database, resettable. */
package dev.hotlist.ui.settings;
