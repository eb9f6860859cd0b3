/**
 * Team mode in the app: the dialog that shows a refused edit's two versions ({@link dev.hotlist.ui.ConflictDialog}
 * over {@link dev.hotlist.ui.ConflictViewModel}), saving edits so that a conflict always reaches that dialog
 * ({@link dev.hotlist.ui.team.TeamEdits}), and the banner that says the team server is out of reach
 * ({@link dev.hotlist.ui.team.ConnectionBanner}). The rules (versions, claims) live in the service and the database;
 * these classes only show them.
 */
package dev.hotlist.ui.team;
