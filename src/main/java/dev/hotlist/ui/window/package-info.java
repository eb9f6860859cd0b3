/**
 * The app's window, on top of every screen: {@link dev.hotlist.ui.window.HotlistApp} starts JavaFX and builds the
 * shared {@link dev.hotlist.ui.AppContext}; {@link dev.hotlist.ui.window.MainWindow} arranges the menus, filter bar,
 * pipeline, lead detail, charts and status bar. Nothing else in the ui depends on this package, so the screens
 * (ui.pipeline, ui.detail…) and the shared pieces in {@code dev.hotlist.ui} never form a cycle with it.
 */
package dev.hotlist.ui.window;
