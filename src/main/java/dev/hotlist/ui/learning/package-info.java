/**
 * View ▸ Learning…: the learned need's state (when it was fitted, on how many leads, its held-out AUC against the
 * rules', the strongest factors up and down, the columns left out) with "Learn now" and a switch back to the rules.
 * {@link dev.hotlist.ui.learning.LearningViewModel} holds the state and talks to the service in the background, so a
 * test drives it without a window; {@link dev.hotlist.ui.learning.LearningDialog} only shows it.
 */
package dev.hotlist.ui.learning;
