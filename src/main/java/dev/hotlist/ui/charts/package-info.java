/**
 * The chart tab beside the lead: the need-versus-timing quadrant chart of the rows shown, drawn on a canvas (a
 * node per dot would not keep up with 100,000 leads) with the quadrants at the current thresholds and their
 * tier names at the corners where the thresholds cross (leads crowd the outer corners, so names there were hidden
 * under dots), the selected lead ringed and a click selecting the nearest dot; then counts per tier and per stage
 * and the day's summary. It reads the pipeline's view model and never the database.
 */
package dev.hotlist.ui.charts;
