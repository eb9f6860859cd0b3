/**
 * The ranked pipeline: its view model, the table and the selected lead's detail with the call actions.
 *
 * <p>Reading and assessing 100,000 leads takes seconds, most of it in the store; the window cannot wait that long
 * for its first rows. On every open it first shows the leads whose ids the database keeps under
 * {@code ui.firstRows} (the best of Today, kept by every import, on a team server too; or the rows this window showed
 * when it last closed), read by id and scored afresh ({@code Hotlist.rankOnly}, {@code Loading.FIRST_ROWS}), those
 * its view shows. With none kept, the view's head comes first ({@code Hotlist.firstRows}, a narrow read). The whole
 * ranking then replaces them and the selection stays on its lead. A request overtaken before it starts (the view
 * restored as the window opens) reads nothing.
 */
package dev.hotlist.ui.pipeline;
