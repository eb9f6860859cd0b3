/**
 * The lead pane: one lead's reasons, the call actions (the note typed here goes with the next outcome, whether the
 * key or the button logs it), stage as a menu so an arrow key never commits one, snooze and un-snooze, and every
 * field editable in place. A field saves on Enter or on leaving it; the service checks it and its refusal is shown
 * under the field in the user's language, the text left as typed so it can be corrected. The buying time shows the
 * date it was read as, and the user's own notes sit apart from the sheet's, which a re-import refreshes.
 *
 * <p>Every save (a field, the stage, a snooze) is checked against the version of the lead shown, on a file as on a
 * team server ({@code Hotlist.editLead}, {@code Hotlist.save}): a lead another window or a teammate saved meanwhile
 * comes back as a conflict and the team's dialog asks which version stays. The view model queues the saves of one
 * window and starts each from the newest version it saved, so tabbing through two fields never conflicts with
 * itself. The pane is rebuilt on every re-rank (a teammate's commit re-ranks too): text typed and not saved is kept
 * as a draft per lead and field, the box being typed in gets the focus back, and the rebuild itself never saves.
 */
package dev.hotlist.ui.detail;
