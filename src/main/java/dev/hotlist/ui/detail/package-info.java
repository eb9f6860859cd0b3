/**
 * The lead pane: one lead's reasons, the call actions (the note typed here goes with the next outcome, whether the
 * key or the button logs it), stage as a menu so an arrow key never commits one, snooze and un-snooze, and every
 * field editable in place. A field saves on Enter or on leaving it; the service checks it and its refusal is shown
 * under the field in the user's language, the text left as typed so it can be corrected. The buying time shows the
 * date it was read as, and the user's own notes sit apart from the sheet's, which a re-import refreshes.
 */
package dev.hotlist.ui.detail;
