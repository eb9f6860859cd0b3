/**
 * The filter bar and the words for a filter. Every control writes the pipeline's one {@code LeadFilter} and follows
 * it when a view replaces it (a flag stops a control set from the filter from writing it back); the lists of
 * checks (ControlsFX {@code CheckComboBox}) take their choices from the database's distinct values and show how
 * many are ticked, the ranges are ControlsFX {@code RangeSlider}s, and the search box waits 160 ms after the last
 * key, so typing never re-ranks on every letter. {@code FilterWords} says which criteria are on when a view is empty.
 */
package dev.hotlist.ui.filters;
