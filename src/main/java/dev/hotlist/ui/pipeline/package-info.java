/** The ranked pipeline: its view model, the table and the selected lead's detail with the call actions. */
package dev.hotlist.ui.pipeline;
