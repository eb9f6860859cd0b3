/**
 * Views: the built-in ones every database has ("Today", the default, then "This week", "All open", "Snoozed",
 * "Won/Lost") and the user's saved filters, kept in the database with the key of the view shown last, so the app
 * opens on it. A view is "(changed)" once the filter differs from the one it set; Ctrl+1…9 pick the views in menu
 * order.
 */
package dev.hotlist.ui.views;
