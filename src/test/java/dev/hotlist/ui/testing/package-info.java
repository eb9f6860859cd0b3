/**
 * Test doubles for the app's seams, so view models and dialogs are tested without a database or a real dialog:
 * {@code FakeHotlist} (an in-memory service), {@code TypicalLeads} (a few ranked leads), {@code
 * CurrentThreadTaskExecutor} (background work run at once), {@code FakeDialogService} (scripted answers) and
 * {@code MemoryPreferences} (a window layout that touches no user preferences).
 */
package dev.hotlist.ui.testing;
