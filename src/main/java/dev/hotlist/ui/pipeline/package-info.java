/**
 * The ranked pipeline: its view model, the table and the selected lead's detail with the call actions.
 *
 * <p>Reading and assessing 100,000 leads takes seconds, most of it in SQLite; the window cannot wait that long for
 * its first rows. So it keeps the ids of the rows it showed when it closed (a database preference) and on the next
 * open shows those leads at once, read by id and scored afresh ({@code Hotlist.rankOnly}, {@code Loading.FIRST_ROWS}),
 * until the whole ranking replaces them. Not on a team server, where the rows shown differ per person.
 */
package dev.hotlist.ui.pipeline;
